import type { IncomingMessage } from 'node:http';

/**
 * The client's IP: the socket address, unless the socket address is a configured trusted proxy,
 * in which case the right-most untrusted X-Forwarded-For entry (the one the proxy saw).
 */
export function clientIp(req: IncomingMessage, trustedProxies: readonly string[]): string {
  const socketIp = normalizeIp(req.socket.remoteAddress ?? 'unknown');
  if (trustedProxies.length === 0 || !trustedProxies.includes(socketIp)) return socketIp;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((s) => normalizeIp(s.trim())).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trustedProxies.includes(hops[i])) return hops[i];
  return socketIp;
}

/** `::ffff:127.0.0.1` → `127.0.0.1`, so one client has one identity for enforcement. */
export function normalizeIp(ip: string): string {
  return ip.startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip;
}
