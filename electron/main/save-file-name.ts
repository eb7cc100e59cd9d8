// The save dialog's default name and filters. Pure, so the rules are tested without Electron.
import path from 'node:path';

/** Windows-reserved device names: a file called "CON.docx" cannot be created there. */
const reservedNames = /^(con|prn|aux|nul|com\d|lpt\d)$/iu;

/**
 * The services propose a meaningful name ("Esityslista 12.3.2024.docx"); keep it readable but
 * make it a plain file name on every OS: no folders, no reserved or control characters.
 */
export function safeFileName(proposed: string, fallback = 'tiedosto'): string {
  const base = proposed.split(/[\\/]/u).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
  let name = base.replace(/\s+/gu, ' ').replace(/[<>:"|?*\u0000-\u001f\u007f]/gu, '_').trim();
  name = name.replace(/^[.\s]+/u, '').replace(/[.\s]+$/u, '');
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  if (name === '' || reservedNames.test(stem)) return fallback + (path.extname(name) || '');
  return name.length > 180 ? name.slice(0, 180 - path.extname(name).length) + path.extname(name) : name;
}

export type FilterKind = 'word' | 'excel' | 'csv' | 'pdf' | 'exchange';

const kinds: Record<string, FilterKind> = {
  '.docx': 'word',
  '.xlsx': 'excel',
  '.csv': 'csv',
  '.pdf': 'pdf',
  '.pykala': 'exchange',
};

/** The dialog's file-type filter for a name: the matching kind first, "all files" after it. */
export function filterFor(fileName: string): { kind: FilterKind; extensions: string[] } | null {
  const extension = path.extname(fileName).toLowerCase();
  const kind = kinds[extension];
  return kind ? { kind, extensions: [extension.slice(1)] } : null;
}
