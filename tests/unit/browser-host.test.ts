// The browser host against a real data folder and a real (tiny) renderer folder: every guard
// is exercised over real HTTP, and "nothing written" is checked by reading the data back.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxBodyBytes, startHost } from '../../electron/host/host';
import type { RunningHost } from '../../electron/host/host';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(host: RunningHost, options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Answer> {
  const url = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: Number(url.port), method: options.method ?? 'POST', path: options.path, headers: { Host: url.host, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => { resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }); });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = (host: RunningHost) => ({ Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' });

async function projectCount(host: RunningHost): Promise<number> {
  const answer = await send(host, { path: '/api/projects:list', headers: auth(host), body: '{}' });
  const envelope = JSON.parse(answer.body) as { ok: true; value: { totals: { count: number } } };
  return envelope.value.totals.count;
}

let workDir: string;
let host: RunningHost;

beforeEach(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'pykala-host-'));
  const rendererDir = path.join(workDir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Pykälä</title>');
  writeFileSync(path.join(workDir, 'secret.txt'), 'outside the renderer folder');
  host = await startHost({ dataDir: path.join(workDir, 'data'), rendererDir });
});

afterEach(async () => {
  await host.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('browser host', () => {
  it('binds loopback only and serves the renderer with the strict CSP', async () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
    expect(host.pageUrl).toBe(`${host.url}?token=${host.token}`);
    const page = await send(host, { method: 'GET', path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Pykälä');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const probe of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const answer = await send(host, { method: 'GET', path: probe });
      expect(answer.status).toBe(404);
      expect(answer.body).not.toContain('outside the renderer folder');
    }
  });

  it('answers the API with the data when the token is right', async () => {
    const answer = await send(host, { path: '/api/app:status', headers: auth(host), body: '{}' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { state: 'ready', hasSampleData: true } });
  });

  it('refuses the API without the token or with a wrong one, and writes nothing', async () => {
    const before = await projectCount(host);
    const project = JSON.stringify({ nameFi: 'Luvaton', area: 'perusopetus', funder: 'OKM', grantType: 'valtionavustus', grantedCents: 100, ownShareValue: null, totalBudgetCents: null, startDate: null, endDate: null, scope: 'oma', status: 'haettu', decisionDate: null, reportDueDate: null });
    const attempts: Record<string, string>[] = [{}, { Authorization: 'Bearer wrong' }, { Authorization: host.token }, { Authorization: `Bearer ${host.token}x` }];
    for (const headers of attempts) {
      const answer = await send(host, { path: '/api/projects:create', headers, body: project });
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await projectCount(host)).toBe(before);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    const port = new URL(host.url).port;
    for (const hostHeader of [`evil.example:${port}`, '127.0.0.1', `127.0.0.1:${Number(port) + 1}`]) {
      const answer = await send(host, { path: '/api/app:status', headers: { ...auth(host), Host: hostHeader }, body: '{}' });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const viaLocalhost = await send(host, { path: '/api/app:status', headers: { ...auth(host), Host: `localhost:${port}` }, body: '{}' });
    expect(viaLocalhost.status).toBe(200);
  });

  it('grants no CORS preflight and allows only POST on the API', async () => {
    const preflight = await send(host, { method: 'OPTIONS', path: '/api/app:status', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' } });
    expect(preflight.status).toBe(405);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const get = await send(host, { method: 'GET', path: '/api/app:status', headers: auth(host) });
    expect(get.status).toBe(405);
    expect(JSON.parse(get.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    for (const channel of ['projects:nuke', 'files:save', '__proto__', '%E0%A4%A']) {
      const answer = await send(host, { path: `/api/${channel}`, headers: auth(host), body: '{}' });
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('answers malformed JSON, bad input and an oversized body with VALIDATION, writing nothing', async () => {
    const before = await projectCount(host);
    const malformed = await send(host, { path: '/api/projects:create', headers: auth(host), body: '{"nameFi": "Puolikas' });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const invalid = await send(host, { path: '/api/projects:create', headers: auth(host), body: JSON.stringify({ nameFi: '', grantedCents: -5 }) });
    const envelope = JSON.parse(invalid.body) as { ok: false; error: { code: string; fields: { path: string; message: string }[] } };
    expect(envelope.error.code).toBe('VALIDATION');
    expect(envelope.error.fields).toContainEqual({ path: 'nameFi', message: 'validation.project.nameRequired' });

    const huge = await send(host, { path: '/api/projects:create', headers: auth(host), body: Buffer.alloc(maxBodyBytes + 10, 0x20) });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    expect(await projectCount(host)).toBe(before);
  });
});
