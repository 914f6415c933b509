// 评分标准: the scheme as the sheet's reader needs it — each item's maximum, standard and deductions, the
// rules each deduction counts with their titles and the articles they enforce, what counts, the grades,
// and the rules this scheme leaves unscored.
import type ExcelJS from 'exceljs';
import { RULES } from '../../rules/index.ts';
import { LEDGER_SOURCES, STATUS_ZH, maxTotal, unscoredRules, type AppraisalScheme } from '../appraisal/scheme.ts';
import { LINE_HEIGHT, wrappedLines } from '../tables/text-width.ts';
import { STYLE } from './sheet-setup.ts';

const HEADS = [
  ['考核项目', 12],
  ['满分', 7],
  ['评分标准', 40],
  ['扣分事项', 24],
  ['每次扣分', 8],
  ['计分方式', 10],
  ['规则', 26],
  ['规则名称', 26],
  ['依据条款', 36],
] as const;
const TOTAL_WIDTH = HEADS.reduce((sum, [, width]) => sum + width, 0);
/** The item's own columns (考核项目, 满分, 评分标准), merged down its rows and so measured per item. */
const ITEM_COLUMNS = 3;

// LibreOffice and WPS size no streamed row to its wrapped text: each row gets the height of its longest
// text (the evidence sheet's estimate), and an item's rows grow evenly until its merged standard fits.
function heightFor(lines: number): number {
  return lines * LINE_HEIGHT + 2;
}

export function writeSchemeSheet(sheet: ExcelJS.Worksheet, scheme: AppraisalScheme): void {
  sheet.columns = HEADS.map(([, width]) => ({ width }));
  sheet.mergeCells(1, 1, 1, HEADS.length);
  const title = sheet.getRow(1);
  title.getCell(1).value = `评分标准：${scheme.name}（第 ${scheme.version} 版）`;
  title.getCell(1).style = STYLE.title;
  title.height = 24;
  title.commit();
  const head = sheet.getRow(2);
  HEADS.forEach(([name], i) => {
    head.getCell(i + 1).value = name;
    head.getCell(i + 1).style = STYLE.head;
  });
  head.commit();

  let r = 3;
  for (const item of scheme.items) {
    const itemFirst = r;
    let itemHeight = 0;
    for (const d of item.deductions) {
      const sources = [
        ...d.rules.map((rule) => ({
          id: rule,
          title: RULES[rule]!.meta.title.zh,
          articles: [...new Set([...RULES[rule]!.meta.articles, ...item.articles])].join('、'),
        })),
        ...(d.ledger ? [{ id: `台账：${d.ledger}`, title: LEDGER_SOURCES[d.ledger as keyof typeof LEDGER_SOURCES], articles: item.articles.join('、') }] : []),
      ];
      for (const source of sources) {
        const row = sheet.getRow(r++);
        const values: ExcelJS.CellValue[] = [
          item.name,
          item.max,
          item.standard ?? '',
          d.name,
          d.points,
          d.per === 'subject' ? '每个事项' : '每条问题',
          source.id,
          source.title,
          source.articles,
        ];
        let lines = 1;
        values.forEach((value, i) => {
          row.getCell(i + 1).value = value;
          row.getCell(i + 1).style = i === 1 || i === 4 ? STYLE.number : STYLE.text;
          if (i >= ITEM_COLUMNS && typeof value === 'string') lines = Math.max(lines, wrappedLines(value, HEADS[i]![1]));
        });
        row.height = heightFor(lines);
        itemHeight += row.height;
      }
    }
    const itemLines = Math.max(wrappedLines(item.name, HEADS[0][1]), wrappedLines(item.standard ?? '', HEADS[2][1]));
    const missing = heightFor(itemLines) - itemHeight;
    if (missing > 0) for (let k = itemFirst; k < r; k++) sheet.getRow(k).height += missing / (r - itemFirst);
    // The item's own cells once, merged down its rows, as a printed standard shows them; a streamed
    // sheet can merge only rows not yet committed, so the block is committed after.
    if (r - 1 > itemFirst) for (const c of [1, 2, 3]) sheet.mergeCells(itemFirst, c, r - 1, c);
    sheet.getRow(r - 1).commit();
  }

  const notes = [
    `满分合计：${maxTotal(scheme)} 分；各项扣完为止${scheme.items.some((i) => i.cap !== undefined) ? '（部分项目另有最多扣分）' : ''}。`,
    `计入扣分的问题状态：${scheme.countStatuses.map((s) => STATUS_ZH[s]).join('、')}；已被后续导入数据消除的问题不计。`,
    `等级：${scheme.grades.map((g, i) => (i === 0 ? `${g.name}（${g.min} 分及以上）` : `${g.name}（${g.min} 分及以上，低于 ${scheme.grades[i - 1]!.min} 分）`)).join('，')}。`,
    `本评分标准未计分的规则：${unscoredRules(scheme).join('、') || '无'}。`,
    ...(scheme.basis ? [`出处：${scheme.basis}`] : []),
  ];
  r++;
  for (const note of notes) {
    sheet.mergeCells(r, 1, r, HEADS.length);
    const row = sheet.getRow(r++);
    row.getCell(1).value = note;
    row.getCell(1).style = STYLE.subtitle;
    row.height = Math.max(30, heightFor(wrappedLines(note, TOTAL_WIDTH)));
    row.commit();
  }
  sheet.commit();
}
