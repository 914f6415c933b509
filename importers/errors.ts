// A file that cannot be imported at all: unreadable, empty, truncated, of an unknown encoding, or missing a
// required column. Nothing of it is written, and the command line exits 2 (InputError).
import { InputError } from '../cli/errors.ts';

export class ImportFileError extends InputError {
  constructor(
    readonly file: string,
    problem: string,
    gloss: string,
  ) {
    super(`${file}：${problem} / ${gloss}`);
    this.name = 'ImportFileError';
  }
}
