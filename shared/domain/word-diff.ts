// Word-level differences of two texts with jsdiff, tokenised for Finnish administrative text.
// jsdiff's diffWordsWithSpace already counts ä, ö and å as letters, but it splits "lukio-opetus"
// at the hyphen, "12.3.2024" at the dots and "12 500 €" into two numbers, so a changed sum reads
// "12→13 500→000". This tokenizer (on jsdiff's own Diff engine) keeps as one word: letters and
// digits joined by a hyphen, dash, slash, colon, apostrophe, dot or comma ("EU-hanke", "OKM:n",
// "12,5", "12.3.2024", "ja/tai"), and a number with its thousands groups ("12 500", also with a
// no-break or thin space). Whitespace runs and each line break are tokens of their own, and every
// other character (€, %, "(") is one token, as in diffWordsWithSpace.
import { Diff } from 'diff';
import type { DiffPart } from './compare-types';

const wordChar = '\\p{L}\\p{M}\\p{N}_\\u00AD';
const groupedNumber = '\\p{N}{1,3}(?:[ \\u00A0\\u202F]\\p{N}{3})+(?:,\\p{N}+)?(?![\\p{N}])';
const word = `[${wordChar}]+(?:[-‐‑–/:'’.,][${wordChar}]+)*`;
const tokens = new RegExp(`${groupedNumber}|${word}|\\r?\\n|[^\\S\\r\\n]+|[^${wordChar}\\s]|\\s`, 'gu');

class FinnishWordDiff extends Diff<string, string> {
  override tokenize(value: string): string[] {
    return value.match(tokens) ?? [];
  }
}

const finnishWordDiff = new FinnishWordDiff();

/** The split into words as the diff sees it (tests show what counts as one word). */
export function diffTokens(text: string): string[] {
  return finnishWordDiff.tokenize(text);
}

/** Word-level parts from `before` to `after`; their 'same' + 'del' texts make `before`, 'same' + 'ins' make `after`. */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ op: 'same', text: before }];
  return finnishWordDiff.diff(before, after).map((change) => ({ op: change.added ? 'ins' : change.removed ? 'del' : 'same', text: change.value }));
}
