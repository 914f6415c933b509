// Date-times (a publication's 发布时间): the instant when the cell has a time, and always the calendar day
// in China. A time written without a zone is China time; spreadsheet Date cells carry their wall clock.
import { ValueError } from './value-error.ts';
import { excelSerialToDate, normaliseDate } from './dates.ts';
import { displayText } from './cells.ts';

export interface DateTime {
  /** ISO 8601 with an offset, or null when the cell held only a date. */
  instant: string | null;
  /** YYYY-MM-DD in China. */
  day: string;
}

const TIME = /[\sT日](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

function pad(n: number | string): string {
  return String(n).padStart(2, '0');
}

function chinaWallClock(day: string, h: number, m: number, s: number): DateTime {
  if (h > 23 || m > 59 || s > 59) throw new ValueError(`时间不存在：${day} ${h}:${m}`);
  if (h === 0 && m === 0 && s === 0) return { instant: null, day };
  return { instant: `${day}T${pad(h)}:${pad(m)}:${pad(s)}+08:00`, day };
}

export function parseDateTime(raw: unknown): DateTime | null {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) throw new ValueError('无效日期');
    const day = raw.toISOString().slice(0, 10);
    return chinaWallClock(day, raw.getUTCHours(), raw.getUTCMinutes(), raw.getUTCSeconds());
  }
  if (typeof raw === 'number') {
    const day = excelSerialToDate(raw);
    if (!day) throw new ValueError(`无法识别的日期序号：${raw}`);
    const seconds = Math.round((raw - Math.floor(raw)) * 86_400);
    return chinaWallClock(day, Math.floor(seconds / 3600) % 24, Math.floor(seconds / 60) % 60, seconds % 60);
  }
  const day = normaliseDate(raw);
  if (day === null) return null;
  const text = displayText(raw).trim();
  const time = TIME.exec(text);
  if (!time) return { instant: null, day };
  const [, hh, mm, ss, zone] = time;
  if (!zone) return chinaWallClock(day, Number(hh), Number(mm), Number(ss ?? 0));
  // normaliseDate already moved the day into China; the instant keeps the zone it was written in.
  const offset = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const written = text.slice(0, time.index).trim().replace(/[年月/.]/g, '-').replace(/日$/, '');
  const [y, m, d] = written.split('-').map((p) => p.trim());
  const instant = `${y}-${pad(m!)}-${pad(d!)}T${pad(hh!)}:${mm}:${pad(ss ?? 0)}${offset}`;
  if (Number.isNaN(Date.parse(instant))) throw new ValueError(`无法识别的时间：${text}`);
  return { instant, day };
}
