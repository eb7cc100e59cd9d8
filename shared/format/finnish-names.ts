// Names as minutes write them: surnames ("Keronen teki Wallsin ja Saikkosen kannattamana …").
//
// The genitive of a Finnish surname. No kept inflection library exists on npm (the Finnish
// morphology tools are C/Python: Voikko, Omorfi; the old JS ones are unmaintained), and a
// surname needs only one case, so this is a small rule set for the patterns that are certain:
// -nen → -sen (Virtanen → Virtasen), the common e-stem last parts (-niemi → -niemen, -mäki →
// -mäen, -lahti → -lahden, -laine → -laineen), a final a/ä/o/ö/u/y without consonant gradation
// (Salo → Salon, Heikkilä → Heikkilän), and a consonant (Walls → Wallsin, Lindholm → Lindholmin).
// Where the form depends on the word's history (Ranta → Rannan, Aalto → Aallon, Kallas →
// Kallaksen, Kari → Karin), it answers null and the caller writes a sentence that needs only the
// nominative, which is always correct.

/** e-stem and gradating last parts of common surnames whose genitive is known. */
const knownEndings: readonly (readonly [string, string])[] = [
  ['niemi', 'niemen'],
  ['koski', 'kosken'],
  ['lahti', 'lahden'],
  ['mäki', 'mäen'],
  ['salmi', 'salmen'],
  ['järvi', 'järven'],
  ['kivi', 'kiven'],
  ['lampi', 'lammen'],
  ['vuori', 'vuoren'],
  ['saari', 'saaren'],
  ['nurmi', 'nurmen'],
  ['lehti', 'lehden'],
  ['tuomi', 'tuomen'],
  ['suomi', 'suomen'],
  ['joki', 'joen'],
  ['laine', 'laineen'],
  ['halme', 'halmeen'],
  ['rinne', 'rinteen'],
];

const vowels = 'aeiouyäöå';
const isVowel = (char: string | undefined): boolean => char !== undefined && vowels.includes(char);

/** The genitive of one word (no spaces or hyphens), or null when the rules are not sure. */
function wordGenitive(word: string): string | null {
  const lower = word.toLocaleLowerCase('fi-FI');
  if (lower.length < 2) return null;
  if (lower.endsWith('nen')) return `${word.slice(0, -3)}sen`;
  for (const [ending, genitive] of knownEndings) {
    if (lower.endsWith(ending)) return word.slice(0, word.length - ending.length) + matchCase(word.slice(word.length - ending.length), genitive);
  }
  const last = lower.at(-1);
  const before = lower.at(-2);
  if (last === undefined || before === undefined) return null;
  if (!isVowel(last)) {
    // -s: Walls, Grönroos are foreign or Swedish (+in); Kallas, Kangas are Finnish (Kallaksen, Kankaan).
    const foreignS = !isVowel(before) || before === lower.at(-3);
    if (last === 's' && !foreignS) return null;
    return `${word}in`;
  }
  if (last === 'i' || last === 'e') return null;
  // A k, p or t opening the last syllable may grade (Ranta → Rannan, Lehto → Lehdon, Kokko → Kokon);
  // after s it does not (Koivisto → Koiviston), nor in tk (Matka → Matkan).
  const third = lower.at(-3);
  if ('kpt'.includes(before) && third !== 's' && !(before === 'k' && third === 't')) return null;
  return `${word}n`;
}

/** The ending in the original's letter case, letter by letter ("Niemi" → "Niemen", "NIEMI" → "NIEMEN"). */
function matchCase(original: string, ending: string): string {
  const allCaps = original === original.toLocaleUpperCase('fi-FI') && original !== original.toLocaleLowerCase('fi-FI');
  return Array.from(ending)
    .map((char, index) => {
      const source = Array.from(original)[index];
      const upper = allCaps || (source !== undefined && source !== source.toLocaleLowerCase('fi-FI'));
      return upper ? char.toLocaleUpperCase('fi-FI') : char;
    })
    .join('');
}

/**
 * The genitive of a name as minutes use it (a surname, or a full name whose last word inflects:
 * "Kaisa Keronen" → "Kaisa Kerosen", "Koski-Laine" → "Koski-Laineen"); null when not certain.
 */
export function genitiveOfName(name: string): string | null {
  const trimmed = name.trim();
  const match = /^(.*?)([^\s-]+)$/u.exec(trimmed);
  if (match === null) return null;
  const [, head = '', last = ''] = match;
  const genitive = wordGenitive(last);
  return genitive === null ? null : `${head}${genitive}`;
}

/** Name particles that belong to the surname: "von Wright", "af Forselles", "de la Chapelle". */
const particles = new Set(['von', 'af', 'de', 'la', 'van', 'der', 'den', 'di', 'da', 'du', 'le']);

/** "Kaisa Keronen" → "Keronen"; "Georg Henrik von Wright" → "von Wright". */
export function surnameOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/u);
  let start = words.length - 1;
  while (start > 1 && particles.has((words[start - 1] ?? '').toLocaleLowerCase('fi-FI'))) start -= 1;
  return words.slice(Math.max(start, 0)).join(' ');
}

/**
 * The names minutes call people by: the surname, or the full name when two people of the
 * meeting share it (two Virtanens are told apart).
 */
export function minutesNames(fullNames: ReadonlyMap<string, string>): Map<string, string> {
  const counts = new Map<string, number>();
  for (const fullName of fullNames.values()) {
    const surname = surnameOf(fullName).toLocaleLowerCase('fi-FI');
    counts.set(surname, (counts.get(surname) ?? 0) + 1);
  }
  const names = new Map<string, string>();
  for (const [id, fullName] of fullNames) {
    const surname = surnameOf(fullName);
    names.set(id, (counts.get(surname.toLocaleLowerCase('fi-FI')) ?? 0) > 1 ? fullName.trim() : surname);
  }
  return names;
}

/** "Walls", "Walls ja Saikkonen", "Walls, Saikkonen ja Keronen". */
export function joinFinnish(parts: readonly string[], and: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1) ?? ''}`;
}
