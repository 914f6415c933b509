// Loads a file's accepted rows into the ledger one batch at a time, while the next batch is being read
// (PostgreSQL works on the other core). A batch whose keys the ledger does not have yet goes in by COPY;
// one that updates rows, or repeats a key, is staged and merged. The counts come out of the key probes:
// no pass over the whole file at the end.
import type { LedgerSpec } from '../ledgers/ledger.ts';
import type { LoadSession } from './session.ts';
import { clearStaging, createStaging, stageRows, type StagedRow } from './staging.ts';
import { copyIntoLedger, insertDefaults, ledgerCopyText } from './direct.ts';
import { findDuplicates, mergeStaged, probeKeys, recordSuperseded, type Duplicate, type LedgerTarget } from './merge.ts';

export class LedgerLoader {
  /** Rows that updated a row the ledger had before this import (one per key). */
  updated = 0;
  /** Rows a later row of the file with the same key replaced. */
  superseded = 0;
  /** Rows written to the ledger, by COPY or by merge (superseded ones included). */
  accepted = 0;

  private constructor(
    private readonly session: LoadSession,
    private readonly ledger: LedgerSpec,
    private readonly target: LedgerTarget,
    /** The ledger columns the file has (asked at each merge: a JSON file can name one late). */
    private readonly present: () => ReadonlySet<string>,
    private readonly defaults: Readonly<Record<string, string>>,
  ) {}

  static async open(session: LoadSession, ledger: LedgerSpec, target: LedgerTarget, present: () => ReadonlySet<string>): Promise<LedgerLoader> {
    // Imports of one ledger of one agency take turns: a key probe stays true until this one commits.
    await session.query(`select pg_advisory_xact_lock(hashtext('gongkai import ' || $1 || ' ' || $2))`, [target.agency, ledger.table]);
    await createStaging(session, ledger);
    return new LedgerLoader(session, ledger, target, present, await insertDefaults(session, ledger));
  }

  async load(rows: readonly StagedRow[]): Promise<void> {
    if (rows.length === 0) return;
    this.accepted += rows.length;
    // Staged key text is canonical (trimmed text, decimal integers), so equal strings are equal keys.
    const keys = new Set<string>();
    for (const { values } of rows) keys.add(values[this.ledger.keyColumn]!);
    const repeatedInBatch = rows.length - keys.size;
    const probe = probeKeys(this.session, this.ledger, this.target, [...keys]);
    // While the server looks the keys up, the rows are written out for the usual answer: all new.
    const direct = repeatedInBatch === 0 ? ledgerCopyText(this.ledger, { ...this.target, defaults: this.defaults }, rows) : '';
    const found = await probe;
    this.updated += found.existing;
    this.superseded += found.repeated + repeatedInBatch;
    if (found.existing === 0 && found.repeated === 0 && repeatedInBatch === 0) {
      await copyIntoLedger(this.session, this.ledger, direct);
      return;
    }
    await stageRows(this.session, this.ledger, rows);
    if (found.repeated > 0 || repeatedInBatch > 0) await recordSuperseded(this.session, this.ledger, this.target, { earlier: found.repeated > 0, inBatch: repeatedInBatch > 0 });
    await mergeStaged(this.session, this.ledger, this.target, this.present(), repeatedInBatch > 0);
    await clearStaging(this.session);
  }

  /** New rows: one per key of the file that the ledger did not have. */
  get loaded(): number {
    return this.accepted - this.superseded - this.updated;
  }

  duplicates(): Promise<{ listed: Duplicate[]; keys: number }> {
    if (this.superseded === 0) return Promise.resolve({ listed: [], keys: 0 });
    return findDuplicates(this.session, this.ledger, this.target);
  }
}
