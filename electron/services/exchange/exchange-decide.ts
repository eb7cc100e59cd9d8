// What the import does with one incoming record, from four hashes: this machine's copy L, the
// incoming I, this machine's base Bl (what it last agreed on) and the sender's base Bi (from the
// manifest). Nothing is ever overwritten silently: a change on both sides is a conflict.
export type Decision =
  | { action: 'added' }
  | { action: 'updated' }
  | { action: 'skipped'; why: 'unchanged' | 'newerHere' }
  | { action: 'conflict' };

export interface Hashes {
  local: string | null;
  incoming: string;
  localBase: string | null;
  senderBase: string | null;
}

export function decide({ local, incoming, localBase, senderBase }: Hashes): Decision {
  if (local === null) return { action: 'added' };
  if (local === incoming) return { action: 'skipped', why: 'unchanged' };
  // The file carries what we last agreed on: only this machine changed it since.
  if (incoming === localBase) return { action: 'skipped', why: 'newerHere' };
  // This copy is what the sender started from, or what we last agreed on: only the other side changed.
  if (local === senderBase || local === localBase) return { action: 'updated' };
  return { action: 'conflict' };
}

/** After an add, an update or the same content, this machine agrees with the incoming record. */
export function agrees(decision: Decision): boolean {
  return decision.action === 'added' || decision.action === 'updated' || (decision.action === 'skipped' && decision.why === 'unchanged');
}
