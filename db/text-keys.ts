// Keys precomputed on write so that search and Finnish name order are plain indexed
// comparisons in SQL (better-sqlite3 has no API for custom collations).

/** Lower-case and fold diacritics, ä/ö/å included, so "paivakoti" finds "Päiväkoti". */
export function searchFold(text: string): string {
  return text
    .toLocaleLowerCase('fi-FI')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
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
