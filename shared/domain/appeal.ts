// Appeal instructions (muutoksenhakuohjeet): the body's own standard texts, kept in settings and
// editable there, and the text an item prints under "Muutoksenhaku" (domain.md, item part 9).
import type { RichDoc, RichNode } from './rich-text';

/** What kind of instruction a text is; publishing and the minutes' summary of appeals read it. */
export const appealKinds = [
  'oikaisuvaatimus', // rectification request to the body itself, KuntaL 134 §
  'kunnallisvalitus', // municipal appeal to the administrative court, KuntaL 135 §
  'hallintovalitus', // administrative appeal under a special act (laki oikeudenkäynnistä hallintoasioissa)
  'ei_muutoksenhakua', // no appeal: preparation or implementation only (KuntaL 136 §) or another act forbids it
  'muu',
] as const;
export type AppealKind = (typeof appealKinds)[number];

/** One of the body's standard appeal texts. */
export interface AppealText {
  id: string;
  kind: AppealKind;
  /** What the secretary picks from, e.g. "Oikaisuvaatimusohje". */
  name: string;
  text: RichDoc;
  sortOrder: number;
  /** The body whose text this is; null: a text for every body (migration 008). */
  bodyId: string | null;
  updatedAt: string;
}

/**
 * The item's instructions. `text` is what prints, a copy taken when a standard text was chosen
 * (so a later edit of the standard text never changes minutes already written); `textId` says
 * which standard text it came from, or null for the item's own text.
 */
export interface ItemAppeal {
  textId: string | null;
  text: RichDoc;
}

/** Presets carry bracketed blanks the office fills in once ("[täydennä: …]"); none may be printed. */
export const appealBlankPattern = /\[täydennä[^\]]*\]/iu;

/** The text with each blank replaced by what `fill` gives for it (its own text when fill has nothing). */
export function fillAppealBlanks(doc: RichDoc, fill: (blank: string) => string | null): RichDoc {
  const global = new RegExp(appealBlankPattern.source, 'giu');
  const visit = (node: RichNode): RichNode => {
    if (node.type === 'text' && node.text !== undefined) return { ...node, text: node.text.replace(global, (blank) => fill(blank) ?? blank) };
    return node.content ? { ...node, content: node.content.map(visit) } : node;
  };
  return { ...doc, content: doc.content.map(visit) };
}
