import { describe, expect, it } from 'vitest';
import { appealBodyId } from './appeal-body';

describe("the body whose appeal texts an item's picker offers", () => {
  const bodies = [{ id: 'b1', name: 'Sivistyslautakunta' }, { id: 'b2', name: 'Tekninen lautakunta' }];

  it('is the body the item names, however spaced or capitalised', () => {
    expect(appealBodyId('Sivistyslautakunta', bodies)).toBe('b1');
    expect(appealBodyId('  tekninen   Lautakunta ', bodies)).toBe('b2');
  });

  it('is none (every text) when the item names no kept body', () => {
    expect(appealBodyId('', bodies)).toBeNull();
    expect(appealBodyId('Kaupunginhallitus', bodies)).toBeNull();
  });
});
