// Channel names as SQL predicates. A government portal (门户网站, 政府网站, 官网 …) is the first publication
// platform (吴江规定第十四条); everything else (微信公众号, 微博, 抖音, 头条号 …) is new media.
import { sql } from 'kysely';
import type { Sql } from '../types.ts';

export const PORTAL_CHANNEL_PATTERN = '门户|网站|官网|政府网|政务网|gov\\.cn';

export function isPortalChannel(channel: Sql<string | null>): Sql<boolean> {
  return sql<boolean>`coalesce(${channel} ~ ${PORTAL_CHANNEL_PATTERN}, false)`;
}
