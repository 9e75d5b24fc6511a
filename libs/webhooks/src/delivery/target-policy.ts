import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Webhook targets may not point into our own network (SSRF, OWASP API7): private, loopback,
 * link-local, carrier-grade NAT, multicast and unspecified addresses are refused unless the
 * configured allow-list names the host or the address (tests use it for their local receiver).
 * The same rule is enforced again at connect time by request-filtering-agent, so a DNS name that
 * later resolves inward is still refused.
 */
const INTERNAL = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  INTERNAL.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(net, prefix, 'ipv6');

export const isInternalAddress = (address: string): boolean => {
  const family = isIP(address);
  if (family === 4) return INTERNAL.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    return mapped ? INTERNAL.check(mapped[1], 'ipv4') : INTERNAL.check(address, 'ipv6');
  }
  return false;
};

export type TargetVerdict = { allowed: true; url: URL } | { allowed: false; reason: string };

export interface TargetPolicyOptions {
  /** Hosts or addresses allowed although internal (e.g. "127.0.0.1", "localhost"). */
  allowList: readonly string[];
  resolve?: (host: string) => Promise<string[]>;
}

const defaultResolve = async (host: string) => (await lookup(host, { all: true })).map((a) => a.address);

export async function checkWebhookTarget(
  raw: string,
  { allowList, resolve = defaultResolve }: TargetPolicyOptions,
): Promise<TargetVerdict> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { allowed: false, reason: 'url must be an absolute http(s) URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { allowed: false, reason: 'url must use https (or http)' };
  if (url.username || url.password) return { allowed: false, reason: 'url must not carry credentials' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (allowList.includes(host)) return { allowed: true, url };
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    return { allowed: false, reason: `host ${host} does not resolve` };
  }
  const internal = addresses.find((a) => isInternalAddress(a) && !allowList.includes(a));
  if (internal) return { allowed: false, reason: `host ${host} resolves to ${internal}, a private, loopback or link-local address` };
  return { allowed: true, url };
}
