// Keys precomputed on write so that search and Finnish name order are plain indexed
// comparisons in SQL (better-sqlite3 has no API for custom collations).

/**
 * Dashes and hyphens other than "-" that Word and people type, e.g. between years
 * ("2024–2025"): ‐ ‑ ‒ – — ― −. Search folds each to "-".
 */
export const foldedDashes: readonly string[] = ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'];
const dashPattern = new RegExp(`[${foldedDashes.join('')}]`, 'gu');

/**
 * Lower-case and fold diacritics, ä/ö/å included, so "paivakoti" finds "Päiväkoti"; fold every
 * dash to "-", so "2024-2025" finds "2024–2025". Text stored before the dashes were folded still
 * holds them: the queries fold it as they read it (search-match.ts).
 */
export function searchFold(text: string): string {
  return text
    .toLocaleLowerCase('fi-FI')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(dashPattern, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

// Private-use code points encode to UTF-8 bytes above every Latin letter, so with SQLite's
// default BINARY collation they sort after z in Finnish alphabet order: å < ä < ö.
const finnishTail: Record<string, string> = { å: '\u{e001}', ä: '\u{e002}', ö: '\u{e003}' };

/** A byte-order key giving Finnish alphabetical order: … x, y, z, å, ä, ö; ü as y; é as e. */
export function finnishSortKey(text: string): string {
  const lower = text.toLocaleLowerCase('fi-FI').trim();
  let key = '';
  for (const char of lower.normalize('NFC')) {
    // ASCII needs no folding: skipping normalize() per character halves the key's cost, which
    // counts when an import writes 10,000 projects (issue 10).
    if (char.charCodeAt(0) < 0x80) {
      key += char;
      continue;
    }
    const tail = finnishTail[char];
    if (tail) {
      key += tail;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    key += char === 'ü' ? 'y' : base;
  }
  return key;
}
