// One set of value parsers for both drivers, so a query returns the same JavaScript values on PGlite and
// on PostgreSQL: a date is the string YYYY-MM-DD (never a Date, so no time-zone drift), counts (int8) and
// amounts (numeric) are numbers.
export const PG_OID = {
  INT8: 20,
  NUMERIC: 1700,
  DATE: 1082,
  DATE_ARRAY: 1182,
} as const;

const keepText = (value: string): string => value;

export const sharedParsers: Record<number, (value: string) => unknown> = {
  [PG_OID.INT8]: (value) => Number(value),
  [PG_OID.NUMERIC]: (value) => Number(value),
  [PG_OID.DATE]: keepText,
};
