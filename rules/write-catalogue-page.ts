// npm run docs:rules — rewrites docs/rules.md from the rules' meta.
import { writeFile } from 'node:fs/promises';
import { renderCataloguePage } from './catalogue-page.ts';

const target = new URL('../docs/rules.md', import.meta.url);
await writeFile(target, renderCataloguePage());
console.log(`已生成 ${target.pathname}`);
