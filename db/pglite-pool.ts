// A pg-compatible pool over one embedded PGlite instance, so that Kysely's own PostgresDialect drives both
// databases through one code path. PGlite has a single session: the pool hands it to one client at a
// time, which is what keeps a Kysely transaction's statements together.
import type { PGlite } from '@electric-sql/pglite';

interface PgLikeResult {
  command: string;
  rowCount: number;
  rows: unknown[];
}

export class PGliteClient {
  constructor(
    private readonly pglite: PGlite,
    private readonly onRelease: () => void,
  ) {}

  async query(sql: string, parameters: readonly unknown[] = []): Promise<PgLikeResult> {
    // Like pg, a statement without parameters goes by the simple protocol, which allows several
    // statements in one string (a migration file); the last one's result is the answer.
    const result =
      parameters.length === 0
        ? ((await this.pglite.exec(sql)).at(-1) ?? { rows: [], affectedRows: 0 })
        : await this.pglite.query(sql, parameters as unknown[]);
    const command = sql.trimStart().split(/\s+/, 1)[0]?.toUpperCase() ?? '';
    return { command, rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
  }

  release(): void {
    this.onRelease();
  }
}

export class PGlitePool {
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly pglite: PGlite) {}

  /** Waits until the single session is free, then lends it until release(). */
  connect(): Promise<PGliteClient> {
    let release!: () => void;
    const freed = new Promise<void>((resolve) => (release = resolve));
    const previous = this.queue;
    this.queue = previous.then(() => freed);
    return previous.then(() => new PGliteClient(this.pglite, release));
  }

  async end(): Promise<void> {
    await this.queue;
    await this.pglite.close();
  }
}
