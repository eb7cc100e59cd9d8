// Whose appeal texts an item's picker offers: the body the item names (its bodyName, the body
// field of its heading) matched to a kept body by name, so its own texts come with the shared
// ones; an item naming no kept body (or a name typed otherwise) is offered every text.
import type { Body } from '../../../../../shared/domain/body';

const comparable = (name: string) => name.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('fi');

/** The id of the body named `bodyName`, or null when none is (the picker then lists every text). */
export function appealBodyId(bodyName: string, bodies: readonly Pick<Body, 'id' | 'name'>[]): string | null {
  const wanted = comparable(bodyName);
  if (wanted === '') return null;
  return bodies.find((body) => comparable(body.name) === wanted)?.id ?? null;
}
