// Rules of the proposal and the decision as rich text (AgendaItem.proposal / .decision): when one
// says something, how the proposal becomes the decision, and the seed's "opening + points" shape.
import { fi } from '../i18n/fi';
import type { RichDoc, RichNode } from './rich-text';
import { richToPlainText } from './rich-text';
import { docOf, paragraphNode } from './rich-text-build';
import { stripCommentMarks } from './comment-marks';

/** "Lautakunta päättää", "Sivistyslautakunta päätti:": a short first line that only introduces what follows. */
const openingLine = /^(?:\S+\s+){0,3}(?:päättää|päätti|beslutar|beslutade)\s*:?$/iu;

function isOpeningParagraph(node: RichNode | undefined): boolean {
  return node?.type === 'paragraph' && openingLine.test(richToPlainText(node).trim());
}

/**
 * Whether a proposal or decision says anything beyond its opening line. "Hyväksyttiin
 * yksimielisesti." alone is a decision; "Lautakunta päätti" with no points is not yet one.
 */
export function isResolutionEmpty(doc: RichDoc | null): boolean {
  if (doc === null) return true;
  const [first, ...rest] = doc.content;
  const body = isOpeningParagraph(first) ? rest : doc.content;
  return body.every((node) => richToPlainText(node).trim() === '');
}

function mapFirstParagraphText(doc: RichDoc, change: (text: string) => string): RichDoc {
  const [first, ...rest] = doc.content;
  if (first?.type !== 'paragraph') return doc;
  const content = (first.content ?? []).map((node) => (node.type === 'text' && node.text !== undefined ? { ...node, text: change(node.text) } : node));
  return { ...doc, content: [{ ...first, content }, ...rest] };
}

/** The present-tense verbs a proposal's first sentence opens with, and the past tense a decision records. */
const pastTense: Readonly<Record<string, string>> = {
  päättää: 'päätti',
  hyväksyy: 'hyväksyi',
  merkitsee: 'merkitsi',
  esittää: 'esitti',
  antaa: 'antoi',
  valitsee: 'valitsi',
  myöntää: 'myönsi',
  beslutar: 'beslutade',
};
const presentVerb = new RegExp(`(?<![\\p{L}])(${Object.keys(pastTense).join('|')})(?![\\p{L}])`, 'u');

/**
 * The proposal as the decision: "Lautakunta päättää" becomes "Lautakunta päätti" (the first
 * verb of the first paragraph, from a short list of the verbs proposals open with); the rest is
 * the proposal unchanged but for the review comments' anchors.
 */
export function proposalAsDecision(proposal: RichDoc): RichDoc {
  // The review comments stay on the proposal: the decision starts without their anchors.
  const copy = stripCommentMarks(JSON.parse(JSON.stringify(proposal)) as RichDoc);
  if (isResolutionEmpty(copy) && copy.content.length <= 1) return docOf(paragraphNode(fi.items.defaults.decisionOpening));
  let done = false;
  return mapFirstParagraphText(copy, (text) => {
    if (done) return text;
    return text.replace(presentVerb, (verb: string) => {
      done = true;
      return pastTense[verb] ?? verb;
    });
  });
}

/** The one-click decision of a meeting that accepted the proposal as it stood. */
export function decisionAsProposed(): RichDoc {
  return docOf(paragraphNode(fi.items.defaults.decidedAsProposed));
}

/** An empty decision to write into: the opening and one empty point. */
export function emptyDecision(): RichDoc {
  return { type: 'doc', content: [paragraphNode(fi.items.defaults.decisionOpening), { type: 'orderedList', content: [{ type: 'listItem', content: [paragraphNode('')] }] }] };
}

function plainParagraphText(node: RichNode | undefined): string | null {
  if (node?.type !== 'paragraph') return null;
  const content = node.content ?? [];
  if (!content.every((child) => child.type === 'text' && (child.marks ?? []).length === 0)) return null;
  return content.map((child) => child.text ?? '').join('');
}

/**
 * The simple shapes a script writes (`pykala item import`): one plain sentence, or an opening
 * and plain numbered points; null for anything richer (lists of bullets, marks, tables).
 */
export function simpleShape(doc: RichDoc): string | { opening: string; points: string[] } | null {
  const [first, second, ...rest] = doc.content;
  const opening = plainParagraphText(first);
  if (opening === null || rest.length > 0) return null;
  if (second === undefined) return opening;
  if (second.type !== 'orderedList' || second.attrs !== undefined && Object.keys(second.attrs).some((key) => !(key === 'start' && second.attrs?.start === 1) && !(key === 'type' && second.attrs?.type === null))) return null;
  const points: string[] = [];
  for (const item of second.content ?? []) {
    const [only, ...more] = item.content ?? [];
    const text = plainParagraphText(only);
    if (item.type !== 'listItem' || more.length > 0 || text === null) return null;
    points.push(text);
  }
  return { opening, points };
}

/**
 * A § approved as amended whose decision is still the proposal as it stood (copied when the
 * outcome was set) or "as proposed": the minutes would print the unamended text as the decision.
 */
export function isUnamendedDecision(outcome: string | null, item: { proposal: RichDoc; decision: RichDoc | null }): boolean {
  if (outcome !== 'hyvaksytty_muutettuna' || item.decision === null) return false;
  const decision = JSON.stringify(item.decision);
  return decision === JSON.stringify(proposalAsDecision(item.proposal)) || decision === JSON.stringify(decisionAsProposed());
}
