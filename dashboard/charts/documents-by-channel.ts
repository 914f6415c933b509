// 按发布渠道统计: published documents per channel (门户网站, 微信公众号, …).
import { categoryBars, type CategoryCount } from './category-bars.ts';
import type { ChartSize } from './common.ts';

export function documentsByChannel(rows: readonly CategoryCount[], { width }: ChartSize = {}) {
  return categoryBars(rows, { category: '发布渠道', count: '文件数', fill: '#6a9f58' }, width);
}
