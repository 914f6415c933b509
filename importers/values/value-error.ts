/** A cell whose value cannot be read; the importer adds the file, row and column. */
export class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValueError';
  }
}
