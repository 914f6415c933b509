// Numbers in ledgers: fees in yuan (元, ￥, thousands separators), whole numbers of working days, years,
// and the annual report's figures.
import { ValueError } from './value-error.ts';
import { displayText, isEmptyCell } from './cells.ts';

/** numeric(12, 2) holds up to this; a larger "fee" is a typo, not a fee. */
const MAX_FEE = 9_999_999_999.99;

function numericText(raw: unknown): string {
  return displayText(raw)
    .trim()
    .normalize('NFKC')
    .replace(/^[¥￥]\s*/, '')
    .replace(/\s*(元|人民币|rmb|cny)$/i, '')
    .replace(/(\d),(?=\d{3}(\D|$))/g, '$1')
    .trim();
}

/** A fee in yuan: at least 0, at most two decimals' worth; null for an empty cell. */
export function parseAmount(raw: unknown): number | null {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw new ValueError(`不是有效金额：${raw}`);
  } else if (isEmptyCell(raw)) {
    return null;
  }
  const text = typeof raw === 'number' ? String(raw) : numericText(raw);
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) throw new ValueError(`不是有效金额：${displayText(raw).trim()}`);
  const value = Number(text);
  if (value < 0) throw new ValueError(`金额不能为负数：${displayText(raw).trim()}`);
  if (value > MAX_FEE) throw new ValueError(`金额过大：${displayText(raw).trim()}`);
  return Math.round(value * 100) / 100;
}

/** A whole number within [min, max], with an optional unit (个工作日, 天, 年 …) after it. */
export function parseWholeNumber(raw: unknown, min: number, max: number, units: RegExp = /$^/): number | null {
  if (typeof raw !== 'number' && typeof raw !== 'bigint' && isEmptyCell(raw)) return null;
  const text = numericText(raw).replace(units, '').trim();
  if (!/^[+-]?\d+(\.0+)?$/.test(text)) throw new ValueError(`应为整数：${displayText(raw).trim()}`);
  const value = Number(text);
  if (value < min || value > max) throw new ValueError(`应在 ${min} 至 ${max} 之间：${displayText(raw).trim()}`);
  return value;
}

/** A figure of the annual report table: a number, an empty cell being 0. */
export function parseFigure(raw: unknown): number {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw new ValueError(`不是有效数字：${raw}`);
    return raw;
  }
  if (typeof raw === 'bigint') return Number(raw);
  if (isEmptyCell(raw)) return 0;
  const text = numericText(raw);
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) throw new ValueError(`不是有效数字：${displayText(raw).trim()}`);
  return Number(text);
}
