// 按公开属性统计: documents per disclosure attribute (主动公开 / 依申请公开 / 不予公开 / 未标注).
import { categoryBars, type CategoryCount } from './category-bars.ts';
import type { ChartSize } from './common.ts';

export function documentsByAttribute(rows: readonly CategoryCount[], { width }: ChartSize = {}) {
  return categoryBars(rows, { category: '公开属性', count: '文件数', fill: '#4f6fa8' }, width);
}
