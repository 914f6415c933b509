// --db on every command: the option is declared on each command (so it may stand anywhere on the line)
// and the command opens and closes the database around its work.
import { Command, Option } from 'commander';
import { openDatabase, resolveDatabaseSpec, type Gk } from '../db/connection.ts';

export function databaseOption(): Option {
  return new Option(
    '--db <dir|postgres-url|memory://>',
    '数据库：嵌入式目录（默认 ./.gongkai/）、PostgreSQL 连接串或 memory://；未给出时使用 DATABASE_URL',
  );
}

/** Adds --db to a command. */
export function withDatabaseOption(command: Command): Command {
  return command.addOption(databaseOption());
}

export function databaseSpecOf(command: Command): string {
  const { db } = command.optsWithGlobals<{ db?: string }>();
  return resolveDatabaseSpec(db);
}

export async function withDatabase<T>(command: Command, work: (gk: Gk) => Promise<T>): Promise<T> {
  const gk = await openDatabase(databaseSpecOf(command));
  try {
    return await work(gk);
  } finally {
    await gk.close();
  }
}
