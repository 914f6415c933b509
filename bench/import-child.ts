// The importer side of bench/import-documents.ts, in a process of its own: imports the file and prints
// its time and this process's peak resident memory.
import { openDatabase } from '../db/connection.ts';
import { importLedgerFile } from '../importers/index.ts';

const [url, file] = process.argv.slice(2);
const gk = await openDatabase(url!);
const started = performance.now();
const summary = await importLedgerFile(gk, { agency: 'bench', kind: 'documents', file: file!, user: 'bench' });
const seconds = (performance.now() - started) / 1000;
await gk.close();
console.log(JSON.stringify({ seconds, loaded: summary.loaded, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
