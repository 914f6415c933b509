// Timestamps come back from both drivers as Date objects (Kysely types them as the column type); the API
// writes them as ISO 8601 strings.
export function isoTimestamp(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

export function isoTimestampOrThrow(value: unknown): string {
  const iso = isoTimestamp(value);
  if (iso === null) throw new Error('missing timestamp');
  return iso;
}
