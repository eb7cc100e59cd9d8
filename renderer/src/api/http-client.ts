// The browser-host half of the transport: the same `call(channel, input)` as the preload's
// window.api, over fetch to /api/<channel>. The token arrives once in the page URL
// (?token=…), is kept in sessionStorage (so a reload works) and removed from the address bar.
import type { Channel, InputOf, OutputOf, PykalaApi } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/define';

const tokenKey = 'pykala.hostToken';
const keepaliveLimit = 60_000;

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

export function createHttpApi(): PykalaApi {
  const token = takeToken();
  return {
    async call<C extends Channel>(channel: C, input: InputOf<C>): Promise<Envelope<OutputOf<C>>> {
      let response: Response;
      try {
        const body = JSON.stringify(input);
        response = await fetch(`./api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body,
          // A save started as the page closes must still reach the host; browsers allow
          // keepalive only for small bodies, so large drafts go without it.
          keepalive: body.length < keepaliveLimit,
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
    },
  };
}
