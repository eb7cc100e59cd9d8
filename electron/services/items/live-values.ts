// Live register figures inside rich text (the seed's "yhteensä 27 kehittämishanketta"):
// refreshed from the register whenever an item is read, frozen when the proposal is approved.
import { liveValueMetrics } from '../../../shared/domain/rich-text';
import type { LiveValueAttrs, LiveValueMetric, RichDoc, RichNode } from '../../../shared/domain/rich-text';

export interface LiveValueQuery {
  metric: LiveValueMetric;
  activeOn: string;
  areas: string[];
}

export type LiveValueResolver = (query: LiveValueQuery) => Promise<string>;

function isMetric(value: unknown): value is LiveValueMetric {
  return typeof value === 'string' && (liveValueMetrics as readonly string[]).includes(value);
}

/** Reads a node's attributes defensively: stored JSON may come from an older editor. */
export function readLiveValueAttrs(node: RichNode): LiveValueAttrs | null {
  const attrs = node.attrs ?? {};
  const metric = attrs.metric;
  const activeOn = attrs.activeOn;
  if (!isMetric(metric) || typeof activeOn !== 'string') return null;
  const areas = Array.isArray(attrs.areas) ? attrs.areas.filter((area): area is string => typeof area === 'string') : [];
  const frozenText = typeof attrs.frozenText === 'string' ? attrs.frozenText : null;
  const text = typeof attrs.text === 'string' ? attrs.text : '';
  return { metric, activeOn, areas, frozenText, text };
}

function mapNodes(node: RichNode, visit: (node: RichNode) => RichNode): RichNode {
  const mapped = visit(node);
  if (!mapped.content) return mapped;
  return { ...mapped, content: mapped.content.map((child) => mapNodes(child, visit)) };
}

export function mapDoc(doc: RichDoc, visit: (node: RichNode) => RichNode): RichDoc {
  return { type: 'doc', content: doc.content.map((node) => mapNodes(node, visit)) };
}

function queryKey(query: LiveValueQuery): string {
  return JSON.stringify([query.metric, query.activeOn, [...query.areas].sort()]);
}

export function collectLiveValues(doc: RichDoc): LiveValueAttrs[] {
  const found: LiveValueAttrs[] = [];
  mapDoc(doc, (node) => {
    if (node.type === 'liveValue') {
      const attrs = readLiveValueAttrs(node);
      if (attrs) found.push(attrs);
    }
    return node;
  });
  return found;
}

/** Sets each unfrozen live value's text synchronously (demo seeding); frozen ones keep theirs. */
export function applyLiveTexts(doc: RichDoc, textOf: (query: LiveValueQuery) => string): RichDoc {
  return mapDoc(doc, (node) => {
    if (node.type !== 'liveValue') return node;
    const attrs = readLiveValueAttrs(node);
    if (!attrs || attrs.frozenText !== null) return node;
    return { ...node, attrs: { ...node.attrs, text: textOf(attrs) } };
  });
}

/** Sets each unfrozen live value's text from the register; each distinct query runs once. */
export async function refreshLiveValues(doc: RichDoc, resolve: LiveValueResolver): Promise<RichDoc> {
  const pending = collectLiveValues(doc).filter((attrs) => attrs.frozenText === null);
  if (pending.length === 0) return doc;
  const texts = new Map<string, string>();
  for (const attrs of pending) {
    const key = queryKey(attrs);
    if (!texts.has(key)) texts.set(key, await resolve(attrs));
  }
  return applyLiveTexts(doc, (query) => texts.get(queryKey(query)) ?? '');
}

/** Approval: the figure stops following the register, so the approved text stays as approved. */
export function freezeLiveValues(doc: RichDoc): RichDoc {
  return mapDoc(doc, (node) => {
    if (node.type !== 'liveValue') return node;
    const attrs = readLiveValueAttrs(node);
    if (!attrs || attrs.frozenText !== null) return node;
    return { ...node, attrs: { ...node.attrs, frozenText: attrs.text } };
  });
}

/** Reopening the review (or duplicating) lets the figures follow the register again. */
export function unfreezeLiveValues(doc: RichDoc): RichDoc {
  return mapDoc(doc, (node) => {
    if (node.type !== 'liveValue') return node;
    return { ...node, attrs: { ...node.attrs, frozenText: null } };
  });
}
