// Typing in the background editor of a ~30-page item in Chromium via the browser host: 200
// characters typed with page.keyboard, latency of each keystroke measured inside the page.
// Target ≤ 16 ms at the 95th percentile. Prints figures; never fails on time.
//
// Per keystroke, two clocks start at the keydown's own timestamp:
//  - "input → layout": ends when the editor has taken the character (ProseMirror transaction,
//    React updates) and the page has been laid out again; the main-thread cost of a keystroke.
//  - "input → next frame": ends at the next requestAnimationFrame, so it also contains the wait
//    for the display's frame (0–16.7 ms at 60 Hz) and is shown for reference.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { startHost } from '../../electron/host/host';
import type { RunningHost } from '../../electron/host/host';
import { dispatch } from '../../electron/services/dispatch';
import { draftOf } from '../../electron/services/items/item-rules';
import type { AgendaItem } from '../../shared/domain/item';
import type { RichDoc, RichNode } from '../../shared/domain/rich-text';

const targetMs = 16;
const characters = 200;
const root = path.resolve(import.meta.dirname, '../..');
const rendererDir = path.join(root, 'dist', 'renderer');
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const sentence = 'Hankkeiden avulla kehitetään varhaiskasvatuksen, perusopetuksen ja lukiokoulutuksen toimintakulttuuria sekä vahvistetaan alueellisia yhteistyöverkostoja. ';
const text = (value: string, bold = false): RichNode => ({ type: 'text', text: value, ...(bold ? { marks: [{ type: 'bold' }] } : {}) });
const paragraph = (value: string): RichNode => ({ type: 'paragraph', content: [text(value)] });

/** About `pages` A4 pages at 11 pt: each a heading, 8 paragraphs of ~600 characters, a list, a 6-row table. */
export function longBackground(pages: number): RichDoc {
  const content: RichNode[] = [];
  for (let page = 1; page <= pages; page += 1) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [text(`Luku ${String(page)}: hankkeiden tilanne`)] });
    for (let p = 0; p < 8; p += 1) content.push({ type: 'paragraph', content: [text(sentence.repeat(2)), text('Merkittävimmät avustukset', true), text(` ${sentence.repeat(2)}`)] });
    content.push({ type: 'bulletList', content: ['Varhaiskasvatus', 'Perusopetus', 'Lukiokoulutus'].map((area) => ({ type: 'listItem', content: [paragraph(`${area}: ${sentence}`)] })) });
    const row = (cells: string[], header: boolean): RichNode => ({ type: 'tableRow', content: cells.map((cell) => ({ type: header ? 'tableHeader' : 'tableCell', content: [paragraph(cell)] })) });
    content.push({ type: 'table', content: [row(['Hanke', 'Rahoittaja', 'Myönnetty'], true), ...Array.from({ length: 5 }, (_, i) => row([`Hanke ${String(page)}.${String(i + 1)}`, 'OKM', '12 500 €'], false))] });
  }
  return { type: 'doc', content };
}

/**
 * Runs in the page (a string, since this file compiles without the DOM library). Event Timing
 * reports each keystroke whose input-to-next-paint took 16 ms or more, grouped by interaction;
 * the rAF clock gives every keystroke a figure that includes waiting for the next frame.
 */
const installProbe = `(() => {
  const slow = new Map();
  const frame = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      slow.set(entry.interactionId, Math.max(slow.get(entry.interactionId) ?? 0, entry.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  const work = [];
  let began = 0;
  window.addEventListener('keydown', (event) => {
    began = event.timeStamp;
    const start = began;
    requestAnimationFrame(() => { frame.push(performance.now() - start); });
  }, { capture: true });
  const dom = document.querySelector('.ProseMirror');
  dom.addEventListener('input', () => {
    const start = began;
    // ProseMirror reads the typed text in its MutationObserver microtask (queued before this
    // one) and React flushes in a microtask queued by it; two hops land after both.
    queueMicrotask(() => queueMicrotask(() => {
      void dom.offsetHeight;
      work.push(performance.now() - start);
    }));
  });
  window.typingLatency = { frame, result: () => ({ eventTiming: [...slow.values()], frame, work }) };
})()`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

async function call<T>(handlers: Parameters<typeof dispatch>[0], channel: string, input: unknown): Promise<T> {
  const envelope = await dispatch(handlers, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

interface Figures {
  blocks: number;
  kib: number;
  slow: number[];
  frame: number[];
  work: number[];
}

async function measure(host: RunningHost, browser: Browser, pages: number): Promise<Figures> {
  const created = await call<AgendaItem>(host.context.handlers, 'items:create', { template: 'empty' });
  const draft = draftOf(created);
  const background = longBackground(pages);
  await call(host.context.handlers, 'items:update', { id: created.id, draft: { ...draft, title: `Kirjoitusnopeus, ${String(pages)} sivua`, background }, expectedUpdatedAt: created.updatedAt });

  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(`${host.url}?token=${host.token}&item=${created.id}#/items`);
    const editor = page.getByRole('textbox', { name: 'Selostus' });
    const paragraphs = editor.locator(':scope > p');
    await editor.locator('h2').nth(pages - 1).waitFor();
    // The cursor at the end of a paragraph in the middle of the text.
    await paragraphs.nth(Math.floor((await paragraphs.count()) / 2)).click();
    await page.keyboard.press('End');
    await page.evaluate(installProbe);
    // ASCII only: Playwright types letters outside the US layout (ä, ö) as text insertion without
    // key events, and every keystroke here must be a real keydown/keypress/keyup.
    const typed = 'Lisays: '.concat('kehittamishanke '.repeat(20)).slice(0, characters);
    await page.keyboard.type(typed);
    // Polled with evaluate (not waitForFunction, which the page's CSP refuses as eval).
    while ((await page.evaluate<number>('window.typingLatency.frame.length')) < characters) await page.waitForTimeout(20);
    // Event Timing needs a moment to report the last frames.
    await page.waitForTimeout(300);
    const result = await page.evaluate<{ eventTiming: number[]; frame: number[]; work: number[] }>('window.typingLatency.result()');
    if (!(await editor.textContent())?.includes(typed)) throw new Error('The typed text did not reach the editor');
    await page.getByTestId('save-status').filter({ hasText: 'Tallennettu' }).waitFor();
    return { blocks: background.content.length, kib: Math.round(JSON.stringify(background).length / 1024), slow: result.eventTiming, frame: result.frame, work: result.work };
  } finally {
    await page.close();
  }
}

function report(label: string, figures: Figures): void {
  // Keystrokes Event Timing did not report took under its 16 ms threshold; they count as 0 here,
  // which is exact for the question "is the 95th percentile within 16 ms".
  const work = figures.work;
  const workP95 = percentile(work, 95);
  process.stdout.write(`${label}: ${String(figures.blocks)} blocks, ${String(figures.kib)} KiB JSON\n`);
  process.stdout.write(`  keystroke → text in the DOM and laid out (main thread): n=${String(work.length)}, median ${percentile(work, 50).toFixed(1)} ms, p95 ${workP95.toFixed(1)} ms, max ${Math.max(...work).toFixed(1)} ms (target p95 ≤ ${String(targetMs)} ms: ${workP95 <= targetMs ? 'OK' : 'OVER'})\n`);
  const all = [...figures.slow, ...Array<number>(Math.max(0, characters - figures.slow.length)).fill(0)];
  const p95 = percentile(all, 95);
  const shown = (ms: number) => (ms === 0 ? '< 16' : ms.toFixed(0));
  // Includes the compositor's presentation delay, which in headless software rendering is two
  // frames even for an empty page (compare the 1-page floor).
  process.stdout.write(`  keystroke → next paint (Event Timing): ${String(figures.slow.length)}/${String(characters)} keystrokes ≥ 16 ms; p95 ${shown(p95)} ms, max ${shown(Math.max(0, ...figures.slow))} ms\n`);
  const frame = figures.frame;
  process.stdout.write(`  keydown → next animation frame (includes waiting for the 60 Hz frame): median ${percentile(frame, 50).toFixed(1)} ms, p95 ${percentile(frame, 95).toFixed(1)} ms, max ${Math.max(...frame).toFixed(1)} ms\n`);
}

export async function run(): Promise<void> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) spawnSync('npm', ['run', '--silent', 'build:renderer'], { cwd: root, stdio: 'inherit' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-typing-bench-'));
  const host = await startHost({ dataDir, rendererDir, seedDemoIfNew: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  try {
    process.stdout.write(`Chromium ${browser.version()} (software rendering), ${String(characters)} characters typed mid-text\n`);
    // One page is the floor: what this browser and machine need per keystroke at all.
    report('1-page background (floor)', await measure(host, browser, 1));
    report('30-page background', await measure(host, browser, 30));
  } finally {
    await browser.close();
    await host.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) await run();
