// Builds the embedded-database template once, before the workers start, so they never race to build it.
import { openDatabase } from '../../db/connection.ts';

export default async function setup(): Promise<void> {
  const gk = await openDatabase('memory://');
  await gk.close();
}
