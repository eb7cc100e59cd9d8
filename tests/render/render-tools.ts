// Independent readers of the exported files: LibreOffice (layout → PDF), poppler (where each word
// landed, PNG pages to look at) and pandoc (structure). Missing tools fail loudly, never skip.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findAll, parseXml } from '../unit/export/docx-xml';

export const renderDir = path.resolve(import.meta.dirname, '../../.tmp/render');

const tools: Record<string, { args: string[]; install: string }> = {
  soffice: { args: ['--version'], install: 'libreoffice-writer-nogui (apt-get install libreoffice-writer-nogui)' },
  pdftotext: { args: ['-v'], install: 'poppler-utils (apt-get install poppler-utils)' },
  pdftoppm: { args: ['-v'], install: 'poppler-utils (apt-get install poppler-utils)' },
  pandoc: { args: ['--version'], install: 'pandoc (apt-get install pandoc)' },
};

/** Throws a clear message naming the package when a tool is missing (rendering tests must not pass silently). */
export function requireTools(): void {
  const missing = Object.entries(tools).filter(([name, tool]) => spawnSync(name, tool.args, { stdio: 'ignore' }).error !== undefined);
  if (missing.length > 0) {
    throw new Error(`Rendering tests need ${missing.map(([name, tool]) => `${name} from ${tool.install}`).join(', ')}. Install them; these tests never skip.`);
  }
}

function run(command: string, args: string[], timeout = 120_000): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${String(result.status)}): ${result.stderr}`);
  return result.stdout;
}

/** Writes the files and converts them all in one LibreOffice run with a profile of its own (parallel runs never share one). */
export function convertToPdf(files: Record<string, Uint8Array>, outDir = renderDir): Record<string, string> {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(path.join(tmpdir(), 'pykala-lo-'));
  try {
    const docxPaths = Object.entries(files).map(([name, bytes]) => {
      const file = path.join(outDir, `${name}.docx`);
      writeFileSync(file, bytes);
      return file;
    });
    run('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return Object.fromEntries(Object.keys(files).map((name) => [name, path.join(outDir, `${name}.pdf`)]));
}

export interface Word {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

export interface PdfLayout {
  pages: { width: number; height: number }[];
  words: Word[];
}

/** Every word with its box, from `pdftotext -bbox` (XHTML), in points from the page's top-left corner. */
export function pdfWords(pdf: string): PdfLayout {
  const root = parseXml(run('pdftotext', ['-bbox', pdf, '-']));
  const pages = findAll(root, 'page');
  return {
    pages: pages.map((page) => ({ width: Number(page.attrs.width), height: Number(page.attrs.height) })),
    words: pages.flatMap((page, index) =>
      findAll(page, 'word').map((word) => ({
        page: index + 1,
        text: word.children.map((child) => child.text).join(''),
        xMin: Number(word.attrs.xMin),
        xMax: Number(word.attrs.xMax),
        yMin: Number(word.attrs.yMin),
      })),
    ),
  };
}

/** Words on the same line (same page, baseline within 2 pt), left to right. */
export function lineOf(layout: PdfLayout, word: Word): Word[] {
  return layout.words.filter((other) => other.page === word.page && Math.abs(other.yMin - word.yMin) < 2).sort((a, b) => a.xMin - b.xMin);
}

/** PNG pages at 60 dpi beside the PDF (in .tmp/render/) for a person to look at; returns the file names. */
export function renderPngs(pdf: string, dpi = 60): string[] {
  const stem = path.basename(pdf, '.pdf');
  const dir = path.dirname(pdf);
  run('pdftoppm', ['-png', '-r', String(dpi), pdf, path.join(dir, stem)]);
  return readdirSync(dir).filter((name) => name.startsWith(`${stem}-`) && name.endsWith('.png'));
}

export type PandocBlock = { t: string; c?: unknown };

/** The document as pandoc's JSON AST; extra options such as `--track-changes=all`. */
export function pandocBlocks(docx: string, options: string[] = []): PandocBlock[] {
  const ast = JSON.parse(run('pandoc', [...options, '-f', 'docx', '-t', 'json', docx])) as { blocks: PandocBlock[] };
  return ast.blocks;
}

/** Plain text of any pandoc AST fragment. */
export function pandocText(node: unknown): string {
  if (Array.isArray(node)) return node.map(pandocText).join('');
  if (typeof node !== 'object' || node === null) return '';
  const { t, c } = node as PandocBlock;
  if (t === 'Str') return String(c);
  if (t === 'Space' || t === 'SoftBreak' || t === 'LineBreak') return ' ';
  return pandocText(c);
}

