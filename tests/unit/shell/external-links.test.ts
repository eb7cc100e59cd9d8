import { describe, expect, it } from 'vitest';
import { isAllowedRequestUrl, safeExternalUrl } from '../../../electron/main/external-links';

describe('safeExternalUrl (what shell.openExternal may open)', () => {
  it('passes https links, normalised', () => {
    expect(safeExternalUrl('https://www.kokkola.fi/kasvatus-ja-opetus')).toBe('https://www.kokkola.fi/kasvatus-ja-opetus');
    expect(safeExternalUrl('HTTPS://Finlex.FI/fi/laki/ajantasa/1998/19980628?x=1#p1')).toBe('https://finlex.fi/fi/laki/ajantasa/1998/19980628?x=1#p1');
  });

  it('passes a mailto link with one plain address', () => {
    expect(safeExternalUrl('mailto:kirjaamo@kokkola.fi')).toBe('mailto:kirjaamo@kokkola.fi');
    expect(safeExternalUrl('mailto:maija.meikalainen@kokkola.fi?subject=Sivistyslautakunta')).toBe('mailto:maija.meikalainen@kokkola.fi?subject=Sivistyslautakunta');
  });

  it.each([
    // Plain http: anyone on the way can read and change the page.
    'http://oph.fi',
    'HTTP://www.kokkola.fi/',
    'mailto:',
    'mailto:ei-osoite',
    'mailto:a@kokkola.fi,b@kokkola.fi',
    'mailto:a@kokkola.fi%20--help',
    'mailto:%ZZ@kokkola.fi',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'file:///etc/passwd',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'app://pykala/index.html',
    'https://user:secret@example.org/',
    'https://user@example.org/',
    'https://',
    '//example.org/protocol-relative',
    'www.example.org',
    '',
  ])('refuses %s', (url) => {
    expect(safeExternalUrl(url)).toBeNull();
  });

  it('refuses absurdly long links', () => {
    expect(safeExternalUrl(`https://example.org/${'a'.repeat(3000)}`)).toBeNull();
  });
});

describe('isAllowedRequestUrl (session-wide request filter)', () => {
  it('lets the app, data: images and DevTools through', () => {
    expect(isAllowedRequestUrl('app://pykala/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
  });

  it('cancels remote and local-file requests', () => {
    for (const url of ['https://fonts.googleapis.com/css', 'http://127.0.0.1:8080/api', 'ws://127.0.0.1:1/', 'file:///etc/passwd', 'app://other/index.html', 'ftp://example.org/', 'garbage']) {
      expect(isAllowedRequestUrl(url)).toBe(false);
    }
  });
});
