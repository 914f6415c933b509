// The status page (at `/` when the dashboard has not been built): the database in use, the loaded calendar, ledger counts.
import type { FastifyPluginAsync } from 'fastify';
import { calendarRange } from '../../db/calendar/load.ts';
import { ledgerCounts } from '../../db/agencies.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const statusRoutes: FastifyPluginAsync = async (app) => {
  async function status() {
    const [calendar, counts] = await Promise.all([calendarRange(app.gk.db), ledgerCounts(app.gk.db)]);
    return { database: { kind: app.gk.kind, location: app.gk.location }, calendar, counts };
  }

  app.get('/healthz', async () => status());

  // The built dashboard owns `/` when there is one (plugins/app/dashboard.ts).
  if (app.dashboardServed) return;

  app.get('/', async (_request, reply) => {
    const s = await status();
    const rows: [string, string | number][] = [
      ['数据库', `${s.database.kind === 'pglite' ? '嵌入式 PGlite' : 'PostgreSQL'}：${s.database.location}`],
      ['工作日历', `${s.calendar.first} 至 ${s.calendar.last}（版本 ${s.calendar.version}，来源 ${s.calendar.sources.join('、')}）`],
      ['机关', s.counts.agencies],
      ['政府信息台账', s.counts.documents],
      ['依申请公开登记', s.counts.requests],
      ['网站与新媒体发布', s.counts.publications],
      ['年度报告', s.counts.annualReports],
      ['检查发现的问题', s.counts.findings],
    ];
    const body = rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(String(v))}</td></tr>`).join('');
    reply.type('text/html; charset=utf-8');
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>公开 Gongkai</title>
<style>body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem}
th{text-align:left;padding-right:1.5rem;font-weight:500;color:#555}td,th{padding:.3rem 0}</style></head>
<body><h1>公开 · 政务公开合规检查</h1><table>${body}</table></body></html>`;
  });
};

export default statusRoutes;
