// Yes/no cells: 是/否, Y/N, true/false, 1/0, and for the presence flags (身份证明, 联系方式) 有/无.
import { ValueError } from './value-error.ts';
import { displayText, isEmptyCell } from './cells.ts';

const TRUE = new Set(['是', 'y', 'yes', 'true', 't', '1', '√', '✓', '对']);
const FALSE = new Set(['否', 'n', 'no', 'false', 'f', '0', '×', '✗', '不是']);
const PRESENT = new Set(['有', '已提供', '提供', '齐全', '完整']);
const ABSENT = new Set(['无', '未提供', '没有', '缺', '缺少', '不全', '不完整']);

function key(raw: unknown): string {
  return displayText(raw).trim().normalize('NFKC').toLowerCase();
}

/** true / false, or null for an empty cell. */
export function parseBoolean(raw: unknown): boolean | null {
  if (typeof raw === 'boolean') return raw;
  if (isEmptyCell(raw)) return null;
  const k = key(raw);
  if (TRUE.has(k)) return true;
  if (FALSE.has(k)) return false;
  throw new ValueError(`应为“是”或“否”，而不是“${displayText(raw).trim()}”`);
}

/** Whether something was provided: 无 here means "not provided", not an empty cell. */
export function parsePresence(raw: unknown): boolean | null {
  if (typeof raw === 'boolean') return raw;
  const k = key(raw);
  if (ABSENT.has(k)) return false;
  if (PRESENT.has(k)) return true;
  return parseBoolean(raw);
}
