// The browser-host half of the transport: the same `call(channel, input)` as the preload's
// window.api, over fetch to /api/<channel>. The token arrives once in the page URL
// (?token=…), is kept in sessionStorage (so a reload works) and removed from the address bar.
// A call made while the page closes (callWhileClosing) is a keepalive fetch: the browser sends it
// after the page is gone, with its token header like any other call (same origin, so no preflight;
// sendBeacon could not carry the header, and the host accepts no other credential).
import type { Channel, InputOf, OutputOf, PykalaApi } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/define';

const tokenKey = 'pykala.hostToken';
/**
 * Chromium refuses a keepalive request whose body, together with the other keepalive requests
 * still on their way, exceeds 64 KiB (measured in bytes: "ä" is two). Larger drafts go without
 * keepalive and the editor's recovery copy (recovery-copy.ts) keeps them.
 */
export const keepaliveLimitBytes = 64 * 1024;

export interface HttpApi extends PykalaApi {
  /** The same call, sent so that it outlives the page when its body is small enough. */
  callWhileClosing: PykalaApi['call'];
}

function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    window.sessionStorage.setItem(tokenKey, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return window.sessionStorage.getItem(tokenKey) ?? '';
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return (
    typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean'
  );
}

export function createHttpApi(): HttpApi {
  const token = takeToken();
  async function send<C extends Channel>(
    channel: C,
    input: InputOf<C>,
    closing: boolean,
  ): Promise<Envelope<OutputOf<C>>> {
    let response: Response;
    try {
      const body = new TextEncoder().encode(JSON.stringify(input));
      // Everything up to fetch() runs synchronously, so a call from pagehide is on its way
      // before the handler returns.
      response = await fetch(`./api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body,
        keepalive: closing && body.byteLength <= keepaliveLimitBytes,
      });
    } catch {
      return {
        ok: false,
        error: { code: 'DB_UNAVAILABLE', message: 'The browser host did not answer' },
      };
    }
    const body: unknown = await response.json().catch(() => null);
    if (!isEnvelope(body))
      return {
        ok: false,
        error: { code: 'INTERNAL', message: `Unexpected answer ${response.status}` },
      };
    return body as Envelope<OutputOf<C>>;
  }
  return {
    call: (channel, input) => send(channel, input, false),
    callWhileClosing: (channel, input) => send(channel, input, true),
  };
}
