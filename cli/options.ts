// Parsing command-line values into typed ones, with messages that name the option.
import { InputError } from './errors.ts';
import { normaliseDate } from '../importers/values/dates.ts';

export function dateOption(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  let day: string | null = null;
  try {
    day = normaliseDate(value);
  } catch {
    // reported below
  }
  if (!day) throw new InputError(`${name} 不是有效日期 / ${name} is not a date: ${value}`);
  return day;
}

/** Commander collector for options that may be given several times. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** A four-digit year, as --year takes it. */
export function yearOption(name: string, value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new InputError(`${name} 应为四位年份 / ${name} is not a year: ${value}`);
  return Number(value.trim());
}

/** A period written from..to, e.g. 2024-01-01..2024-06-30 (--period). */
export function periodOption(value: string): { from: string; to: string } {
  const parts = value.split('..');
  if (parts.length !== 2) throw new InputError(`--period 应写作 起始日期..截止日期，如 2024-01-01..2024-06-30 / bad period: ${value}`);
  const from = dateOption('--period 起始日期', parts[0]!.trim())!;
  const to = dateOption('--period 截止日期', parts[1]!.trim())!;
  if (from > to) throw new InputError(`--period 起始日期 ${from} 晚于截止日期 ${to}`);
  return { from, to };
}
