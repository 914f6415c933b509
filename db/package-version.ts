// The installed version of a dependency, found beside its entry point (some packages do not export
// their package.json). Recorded with the data it produced: calendar source, template cache key.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function packageVersion(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (dir !== path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === name && json.version) return json.version;
    }
    dir = path.dirname(dir);
  }
  throw new Error(`cannot find the version of ${name}`);
}
