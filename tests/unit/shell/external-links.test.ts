import { describe, expect, it } from 'vitest';
import { isAllowedRequestUrl, safeExternalUrl } from '../../../electron/main/external-links';

describe('safeExternalUrl (what shell.openExternal may open)', () => {
  it('passes plain http and https links, normalised', () => {
    expect(safeExternalUrl('https://www.kokkola.fi/kasvatus-ja-opetus')).toBe('https://www.kokkola.fi/kasvatus-ja-opetus');
    expect(safeExternalUrl('http://oph.fi')).toBe('http://oph.fi/');
    expect(safeExternalUrl('HTTPS://Finlex.FI/fi/laki/ajantasa/1998/19980628?x=1#p1')).toBe('https://finlex.fi/fi/laki/ajantasa/1998/19980628?x=1#p1');
  });

  it.each([
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
