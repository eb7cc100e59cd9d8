import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { appEntryUrl, isAppUrl, isTrustedSender, mimeTypeFor, resolveAppPath } from '../../../electron/main/app-origin';

const base = mkdtempSync(path.join(os.tmpdir(), 'pykala-origin-'));
const root = path.join(base, 'renderer');
mkdirSync(path.join(root, 'assets'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
writeFileSync(path.join(root, 'assets', 'app.js'), '');
writeFileSync(path.join(base, 'secret.txt'), 'not for the renderer');
afterAll(() => { rmSync(base, { recursive: true, force: true }); });

const inside = (file: string | null): boolean => file !== null && !path.relative(root, file).startsWith('..') && !path.isAbsolute(path.relative(root, file));

describe('resolveAppPath (the app:// path-traversal guard)', () => {
  it('serves the renderer files and index.html for the bare origin', () => {
    expect(resolveAppPath(root, 'app://pykala/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://pykala/assets/app.js?v=1#x')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveAppPath(root, 'app://pykala/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://pykala')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://pykala/assets/tiedosto%20%C3%A4.css')).toBe(path.join(root, 'assets', 'tiedosto ä.css'));
  });

  it.each([
    'app://pykala/../secret.txt',
    'app://pykala/assets/../../secret.txt',
    'app://pykala/%2e%2e/secret.txt',
    'app://pykala/%2E%2E%2Fsecret.txt',
    'app://pykala/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://pykala/..%2fsecret.txt',
    'app://pykala/..%5csecret.txt',
    'app://pykala/assets\\..\\..\\secret.txt',
    'app://pykala/%5c%5cserver%5cshare%5cfile',
    'app://pykala//etc/passwd',
    'app://pykala/%2fetc%2fpasswd',
    'app://pykala/C:/Windows/win.ini',
    'app://pykala/c%3a%5cWindows%5cwin.ini',
    'app://pykala/index.html%00.png',
    'app://pykala/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://pykala/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    const result = resolveAppPath(root, url);
    // Either refused outright or folded back into the renderer folder, never outside it.
    expect(result === null || inside(result)).toBe(true);
    expect(result).not.toBe(path.join(base, 'secret.txt'));
  });

  it('folds what the URL parser folds, and refuses what it would leave to the file system', () => {
    // WHATWG URL parsing treats "%2e%2e" as "..": it is folded at the root, so it stays inside.
    expect(resolveAppPath(root, 'app://pykala/%2e%2e/secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolveAppPath(root, 'app://pykala/..%2fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://pykala/assets\\..\\..\\secret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://pykala/%2fetc%2fpasswd')).toBeNull();
  });

  it('never resolves outside the root, whatever the path', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('..', '.', '%2e%2e', '%2f', '%5c', '\\', 'a', 'index.html', '', 'C:', '%00'), { maxLength: 8 }), (parts) => {
        const result = resolveAppPath(root, `app://pykala/${parts.join('/')}`);
        return result === null || inside(result);
      }),
    );
  });
});

describe('isAppUrl and isTrustedSender (who may call IPC)', () => {
  it('accepts the app origin only', () => {
    expect(isAppUrl(appEntryUrl)).toBe(true);
    expect(isAppUrl('app://pykala/#/hankkeet')).toBe(true);
    for (const url of ['app://pykala.evil/index.html', 'app://evil/', 'file:///work/dist/renderer/index.html', 'http://127.0.0.1:5173/', 'about:blank', 'app://user:pw@pykala/', '', null, undefined]) {
      expect(isAppUrl(url)).toBe(false);
    }
  });

  it('trusts only the main frame of the app', () => {
    expect(isTrustedSender({ url: appEntryUrl, isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: appEntryUrl, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.org/', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'data:text/html,<script>', isMainFrame: true })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('mimeTypeFor', () => {
  it('gives scripts a JavaScript type (Chromium refuses modules otherwise) and unknown files a neutral one', () => {
    expect(mimeTypeFor('/x/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/index.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/LICENSE')).toBe('application/octet-stream');
  });
});
