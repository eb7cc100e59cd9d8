// How the import compares a file's words with the app's: case, accents (ä = a, so an id such as
// "kaynnissa" meets the label "Käynnissä"), spacing and punctuation do not count, so "EU/ESR+",
// "EU / ESR+" and the id "EU_ESR" are one value.

/** Lower case, accents off, only letters and digits left. */
export function foldKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The same without a parenthesised addition: "Vapaa sivistystyö (Kokkolan seudun opisto)" → "vapaasivistystyo". */
export function foldKeyBare(text: string): string {
  return foldKey(text.replace(/\([^)]*\)/gu, ' '));
}

/** Words kept apart by single spaces (for headers: "Myönnetty avustus (€)" → "myonnetty avustus"). */
export function foldWords(text: string): string {
  return text
    .replace(/\([^)]*\)/gu, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
