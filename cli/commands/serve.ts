// gongkai serve [--port] [--host]: the dashboard and the API on the chosen database.
import { Command, Option } from 'commander';
import { databaseSpecOf, withDatabaseOption } from '../database-option.ts';
import { output } from '../output.ts';
import { InputError } from '../errors.ts';
import { openDatabase } from '../../db/connection.ts';
import { buildApp } from '../../server/app.ts';

export function serveCommand(): Command {
  return withDatabaseOption(new Command('serve'))
    .description('启动仪表盘与 HTTP 接口')
    .addOption(new Option('--port <port>', '端口').default('3000').env('PORT'))
    .addOption(new Option('--host <host>', '监听地址').default('127.0.0.1').env('HOST'))
    .action(async (opts: { port: string; host: string }, command: Command) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`端口无效 / bad port: ${opts.port}`);
      const gk = await openDatabase(databaseSpecOf(command));
      const app = await buildApp({ gk });
      const address = await app.listen({ port, host: opts.host });
      output().out(`公开 Gongkai 已启动：${address.replace('127.0.0.1', 'localhost')}/`);
      output().out(`数据库：${gk.location}`);
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
