// "Every word of the search occurs in search_text", shared by the register and the items list.
import { sql } from 'kysely';
import type { Expression, SqlBool } from 'kysely';
import { foldedDashes, searchFold } from '../text-keys';

/**
 * One condition per word of the folded search. instr() needs no LIKE escaping of % and _.
 * Rows written by versions whose searchFold kept dashes as typed still hold "–" and the like in
 * search_text, so a word with a dash is looked for in search_text with its dashes folded here
 * too: right for old and new rows alike, with no migration. Only such words pay for replace().
 */
export function searchWordConditions(searchText: Expression<string>, search: string): Expression<SqlBool>[] {
  return searchFold(search)
    .split(' ')
    .filter(Boolean)
    .map((word) => {
      const text = word.includes('-') ? foldedDashes.reduce<Expression<string>>((inner, dash) => sql<string>`replace(${inner}, ${dash}, '-')`, searchText) : searchText;
      return sql<SqlBool>`instr(${text}, ${word}) > 0`;
    });
}
