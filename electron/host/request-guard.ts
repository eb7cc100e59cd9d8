// Checks every request must pass before the host does anything for it. Kept apart from the
// server so each rule reads on its own.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** DNS rebinding defence: a page on evil.example resolving to 127.0.0.1 still sends its own Host. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/**
 * The token travels in an Authorization header. A custom header makes any cross-origin fetch a
 * preflighted request, and the host never answers a preflight with CORS headers, so no other
 * web page can reach the API even if it guessed the port.
 */
export function hasValidToken(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length), 'utf8');
  const expected = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export class BodyTooLargeError extends Error {}

export async function readBody(request: IncomingMessage, limitBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limitBytes) throw new BodyTooLargeError(`Body over ${limitBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes) throw new BodyTooLargeError(`Body over ${limitBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
