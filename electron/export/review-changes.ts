// The changes since an earlier version, planned paragraph by paragraph for the review copy: which
// of the current text's paragraphs changed (word by word) or are new, which old ones are gone and
// where they stood, and who made each change when (the newest version in the range that made the
// unit what it is, or removed it; the newest version when that cannot be told).
import type { UnitKind } from '../../shared/domain/compare-types';
import type { AgendaItem } from '../../shared/domain/item';
import { alignUnits } from '../../shared/domain/item-compare';
import type { RichDoc, RichNode } from '../../shared/domain/rich-text';
import { nodeAt, richUnits } from '../../shared/domain/rich-units';
import type { RichUnit } from '../../shared/domain/rich-units';
import { wordDiff } from '../../shared/domain/word-diff';
import { reviewWord } from '../../shared/i18n/fi/review-word';
import type { FieldPlan, RemovedPlan } from './review-field';
import { emptyPlan } from './review-field';
import { diffPieces } from './review-runs';
import type { Piece, TrackInfo } from './review-runs';
import type { ReviewChangesInput, ReviewVersion } from './review-types';

export type RichField = 'background' | 'proposal' | 'decision';

function richField(item: AgendaItem, field: RichField): RichDoc | null {
  return item[field];
}

function trackOf(version: ReviewVersion): TrackInfo {
  return { author: version.author.name.trim() || reviewWord.unknownAuthor, date: version.at };
}

/** Who made a unit what it is now, or removed it, from the texts of the field in each version. */
class Authorship {
  private readonly sequence: ReviewVersion[];
  private readonly texts = new Map<number, Set<string>>();

  constructor(changes: ReviewChangesInput, private readonly textsOf: (item: AgendaItem) => string[]) {
    this.sequence = [changes.from, ...changes.between];
  }

  private has(index: number, text: string): boolean {
    const version = this.sequence[index];
    if (version === undefined) return false;
    let texts = this.texts.get(index);
    if (texts === undefined) {
      texts = new Set(this.textsOf(version.item));
      this.texts.set(index, texts);
    }
    return texts.has(text);
  }

  private newest(): TrackInfo {
    const last = this.sequence.at(-1);
    return last ? trackOf(last) : { author: reviewWord.unknownAuthor, date: new Date(0).toISOString() };
  }

  /** The version since which the text has stood unchanged (the one that wrote it last). */
  madeBy(text: string): TrackInfo {
    let index = this.sequence.length - 1;
    if (!this.has(index, text)) return this.newest();
    while (index > 1 && this.has(index - 1, text)) index -= 1;
    const version = this.sequence[index];
    return version ? trackOf(version) : this.newest();
  }

  /** The newest version that removed the text. */
  removedBy(text: string): TrackInfo {
    for (let index = this.sequence.length - 1; index >= 1; index -= 1) {
      const version = this.sequence[index];
      if (version && this.has(index - 1, text) && !this.has(index, text)) return trackOf(version);
    }
    return this.newest();
  }
}

/** The paragraph and heading nodes a unit prints (logic's units hold only printable ones). */
function blocksOf(doc: RichDoc | null, unit: RichUnit | null): RichNode[] {
  if (doc === null || unit === null) return [];
  return unit.blocks.map((block) => nodeAt(doc, block.path)).filter((node): node is RichNode => node !== undefined);
}

/**
 * The plan of one rich field from logic's unit alignment (the compare view's): a changed unit of
 * one paragraph word by word, a unit of several paragraphs (a table cell, a list item) deleted
 * and inserted whole. The current doc must be the very object the document prints (its nodes are
 * the plan's keys).
 */
export function richFieldPlan(field: RichField, changes: ReviewChangesInput, current: RichDoc | null): FieldPlan {
  const plan = emptyPlan();
  const old = richField(changes.from.item, field);
  const authorship = new Authorship(changes, (item) => richUnits(richField(item, field)).map((unit) => unit.text));
  let lastPrinted: RichNode | null = null;
  const remove = (kind: UnitKind, nodes: RichNode[], track: TrackInfo, anchor: RichNode | null) => {
    const removed: RemovedPlan[] = nodes.map((node) => ({ kind, content: node.content ?? [], track }));
    if (removed.length === 0) return;
    if (anchor === null) plan.removedAtStart.push(...removed);
    else plan.removedAfter.set(anchor, [...(plan.removedAfter.get(anchor) ?? []), ...removed]);
  };
  for (const unit of alignUnits(richUnits(old), richUnits(current))) {
    const before = blocksOf(old, unit.old);
    const printed = blocksOf(current, unit.now);
    const change = unit.diff.change;
    if (change === 'changed' && unit.now) {
      const track = authorship.madeBy(unit.now.text);
      const [oldNode] = before;
      const [newNode] = printed;
      const fine = before.length === 1 && printed.length === 1 && oldNode && newNode ? diffPieces(unit.diff.parts, oldNode.content, newNode.content) : null;
      if (fine !== null && newNode) plan.nodes.set(newNode, { parts: fine, track });
      else {
        for (const node of printed) plan.nodes.set(node, { parts: null, track });
        remove(unit.diff.place.kind, before, track, printed.at(-1) ?? lastPrinted);
      }
    } else if (change === 'added' && unit.now) {
      const track = authorship.madeBy(unit.now.text);
      for (const node of printed) plan.nodes.set(node, { parts: null, track });
    } else if (change === 'removed' && unit.old) {
      remove(unit.old.place.kind, before, authorship.removedBy(unit.old.text), lastPrinted);
    }
    lastPrinted = printed.at(-1) ?? lastPrinted;
  }
  return plan;
}

/** The title's change as pieces over the printed title's content (which carries the title comments' marks). */
export function titlePieces(changes: ReviewChangesInput, oldTitle: string, content: RichNode[]): { pieces: Piece[]; track: TrackInfo } | null {
  const now = content.map((node) => node.text ?? '').join('');
  if (oldTitle === now) return null;
  const authorship = new Authorship(changes, (item) => [item.title.trim()]);
  const pieces = diffPieces(wordDiff(oldTitle, now), [{ type: 'text', text: oldTitle }], content);
  return pieces === null ? null : { pieces, track: authorship.madeBy(now) };
}
