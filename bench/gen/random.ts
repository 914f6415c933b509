// The bench generator's random streams: the samples' seeded source (data-samples/gen/random.ts), one
// independent stream per seed and name, so that the documents of one agency never shift when another agency
// or another ledger changes size, and the same seed always gives the same bytes.
import { SeededRandom } from '../../data-samples/gen/random.ts';

export class Rng extends SeededRandom {
  constructor(seed: number, stream: string) {
    super(`gongkai-bench:${seed}:${stream}`);
  }
}
