// gongkai serve [--port] [--host] [--trust-proxy] [--no-samples]: the dashboard and the API on the chosen database. A first
// start (no account yet) loads data-samples/ into an empty database and creates the first login.
import { Command, Option } from 'commander';
import { databaseSpecOf, withDatabaseOption } from '../database-option.ts';
import { output } from '../output.ts';
import { InputError } from '../errors.ts';
import { openDatabase } from '../../db/connection.ts';
import { buildApp } from '../../server/app.ts';
import { seedSamples } from '../../server/seed-samples.ts';
import { parseTrustProxy, TRUST_PROXY_ENV } from '../../server/trust-proxy.ts';

export function serveCommand(): Command {
  return withDatabaseOption(new Command('serve'))
    .description('启动仪表盘与 HTTP 接口')
    .addOption(new Option('--port <port>', '端口').default('3000').env('PORT'))
    .addOption(new Option('--host <host>', '监听地址').default('127.0.0.1').env('HOST'))
    .addOption(
      new Option('--trust-proxy <value>', '位于反向代理之后时信任的代理：true、跳数，或以逗号分隔的地址/网段（据 X-Forwarded-For 识别客户端地址）')
        .default('false')
        .env(TRUST_PROXY_ENV),
    )
    .option('--no-samples', '首次启动时不载入示例数据（仍会创建首个管理员账号）')
    .action(async (opts: { port: string; host: string; trustProxy: string; samples: boolean }, command: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`端口无效 / bad port: ${opts.port}`);
      const trustProxy = parseTrustProxy(opts.trustProxy);
      if (trustProxy === null) throw new InputError(`--trust-proxy 无效 / bad --trust-proxy: ${opts.trustProxy}`);
      const gk = await openDatabase(databaseSpecOf(command));
      const seeded = await seedSamples(gk, { withSamples: opts.samples, log: (line) => output().out(line) });
      const app = await buildApp({ gk, trustProxy });
      const address = await app.listen({ port, host: opts.host });
      const url = `${address.replace('127.0.0.1', 'localhost')}/`;
      output().out(`公开 Gongkai 已启动：${url}`);
      output().out(`数据库：${gk.location}`);
      output().out(`接口文档：${url}docs`);
      if (seeded.admin) {
        output().out(`首个登录账号：${seeded.admin.login}  密码：${seeded.admin.password}（只显示这一次，请登录后妥善保管）`);
      }
      const stop = async () => {
        await app.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      // Keep running until a signal arrives.
      await new Promise<never>(() => {});
    });
}
