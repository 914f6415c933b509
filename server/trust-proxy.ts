// Which reverse proxies the server believes about the client's address (X-Forwarded-For). Behind a proxy
// every request arrives from the proxy's address, so without this the log-in rate limit would count every
// user as one client; trusting any sender, though, would let a client pick its own address. The value is
// what an administrator writes on the command line or in GONGKAI_TRUST_PROXY: `true` (every hop),
// `false`, a hop count, or addresses and CIDR ranges separated by commas.
import type { FastifyServerOptions } from 'fastify';

export type TrustProxy = NonNullable<FastifyServerOptions['trustProxy']>;

export const TRUST_PROXY_ENV = 'GONGKAI_TRUST_PROXY';

/** The Fastify `trustProxy` setting for a textual value; null when the value means nothing. */
export function parseTrustProxy(value: string): TrustProxy | null {
  const text = value.trim();
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) {
    // Trust the nearest `hops` proxies, as Fastify's numeric form does.
    const hops = Number(text);
    return (_address: string, hop: number) => hop < hops;
  }
  const addresses = text.split(',').map((a) => a.trim());
  if (addresses.some((a) => !/^[0-9A-Fa-f:.]+(\/\d{1,3})?$/.test(a) && !['loopback', 'linklocal', 'uniquelocal'].includes(a))) return null;
  return addresses;
}
