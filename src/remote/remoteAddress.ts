import { isIP } from 'node:net';
import { RemoteErrors } from './remoteErrors.js';

/**
 * The addresses a remote may have: https anywhere, plain http only on a loopback address (a registry next to
 * this one, or tests), never with credentials or a fragment in the URL. Returns the address normalized (as URL
 * serializes it), so that a lifecycle stage's address and a remote's compare equal.
 */
export function checkRemoteAddress(address: string): string {
  if (!URL.canParse(address)) throw RemoteErrors.addressRefused(address, 'it is not a URL');
  const url = new URL(address);
  if (url.username || url.password) throw RemoteErrors.addressRefused(address, 'it carries a user name or password; give the credential apart');
  if (url.hash) throw RemoteErrors.addressRefused(address, 'it has a fragment');
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw RemoteErrors.addressRefused(address, 'plain http is allowed to loopback addresses only; use https');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw RemoteErrors.addressRefused(address, 'only https (or http on loopback) is allowed');
  return url.toString();
}

/** Whether two addresses name the same endpoint (a stage's address and a remote's). */
export function sameAddress(a: string, b: string): boolean {
  if (!URL.canParse(a) || !URL.canParse(b)) return false;
  const strip = (u: URL) => `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  return strip(new URL(a)) === strip(new URL(b));
}

export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || host === '0:0:0:0:0:0:0:1';
  return false;
}
