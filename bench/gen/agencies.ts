// The agencies of the synthetic city: bureau × district, each with its profile (cycled through the three
// Gongkai ships), sections, staff, and its share of the city's ledgers (log-normal: a few large bureaus,
// many small ones).
import { Rng } from './random.ts';
import { CITY, DEPARTMENTS, DISTRICTS, personName, type Department } from './vocab.ts';

export const PROFILES = ['national-2019', 'shanghai-putuo', 'suzhou-wujiang-2023'] as const;

export interface Agency {
  index: number;
  code: string;
  name: string;
  profile: (typeof PROFILES)[number];
  district: string;
  districtShort: string;
  dept: Department;
  /** 统一社会信用代码-like prefix of the catalogue's index numbers. */
  creditCode: string;
  /** The portal path of the agency: https://www.<district>.jiangzhou.gov.cn/<dept>/ */
  site: string;
  sections: string[];
  reviewers: string[];
  leaders: string[];
  editors: string[];
}

export function buildAgencies(count: number, seed: number): Agency[] {
  const agencies: Agency[] = [];
  for (let i = 0; i < count; i++) {
    const rng = new Rng(seed, `agency:${i}`);
    const [district, districtShort, districtCode] = DISTRICTS[i % DISTRICTS.length]!;
    const dept = DEPARTMENTS[Math.floor(i / DISTRICTS.length) % DEPARTMENTS.length]!;
    const round = Math.floor(i / (DISTRICTS.length * DEPARTMENTS.length));
    const suffix = round > 0 ? `-${round + 1}` : '';
    const sections = ['办公室', ...dept.sections.filter(() => rng.chance(0.85))];
    if (sections.length < 3) sections.push(...dept.sections.slice(0, 3));
    agencies.push({
      index: i,
      code: `${districtCode}-${dept.code}${suffix}`,
      name: `${district}${dept.name}${round > 0 ? `（第${round + 1}分局）` : ''}`,
      profile: PROFILES[i % PROFILES.length]!,
      district,
      districtShort,
      dept,
      creditCode: `1133${String(1000 + i).padStart(4, '0')}MB${String(100 + ((i * 37) % 900))}${'ABCDEFGHJK'[i % 10]}X`,
      site: `https://www.${districtCode}.${CITY.domain}/${dept.code}${suffix}`,
      sections: [...new Set(sections)],
      reviewers: [personName(rng), personName(rng)],
      leaders: [personName(rng), personName(rng), personName(rng)],
      editors: [personName(rng), personName(rng), personName(rng), personName(rng)],
    });
  }
  return agencies;
}

/** Splits `total` over the agencies by log-normal weights (largest remainder), deterministic in the seed. */
export function allocate(total: number, count: number, seed: number, stream: string): number[] {
  const rng = new Rng(seed, `allocate:${stream}`);
  const weights = Array.from({ length: count }, () => Math.exp(0.6 * rng.normal()));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return counts;
}
