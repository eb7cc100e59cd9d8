import { describe, expect, it } from 'vitest';
import { maxInputDepth, wellFormedInput, wellFormedText } from '../../../electron/services/well-formed-input';

function nestedArrays(depth: number): unknown {
  let value: unknown = 'pohja';
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

describe('wellFormedText', () => {
  it('replaces lone surrogates only; pairs, Finnish letters and U+FFFD itself stay', () => {
    expect(wellFormedText('a\uD800b')).toBe('a\uFFFDb');
    expect(wellFormedText('\uDC00alku')).toBe('\uFFFDalku');
    expect(wellFormedText('loppu\uD83D')).toBe('loppu\uFFFD');
    expect(wellFormedText('\uDE00\uD83D')).toBe('\uFFFD\uFFFD');
    expect(wellFormedText('Äänestys 😀 ok \uFFFD')).toBe('Äänestys 😀 ok \uFFFD');
    // What SQLite would store is then real UTF-8 that a strict decoder reads back unchanged.
    const bytes = new TextEncoder().encode(wellFormedText('x\uD800y'));
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe('x\uFFFDy');
  });
});

describe('wellFormedInput', () => {
  it('copies the value with every string and key well-formed, order and types kept', () => {
    const input = { title: 'T\uD800', list: ['a', 1, null, true, { ['k\uDC00']: 'v\uDBFF' }], nested: { deep: ['\uD83D\uDE00'] } };
    expect(wellFormedInput(input)).toEqual({ value: { title: 'T\uFFFD', list: ['a', 1, null, true, { 'k\uFFFD': 'v\uFFFD' }], nested: { deep: ['😀'] } } });
    expect(input.title).toBe('T\uD800');
    expect(wellFormedInput('\uD800')).toEqual({ value: '\uFFFD' });
    expect(wellFormedInput(undefined)).toEqual({ value: undefined });
  });

  it('keeps a "__proto__" key from JSON as a plain own property', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const result = wellFormedInput(parsed) as { value: Record<string, unknown> };
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.hasOwn(result.value, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it(`accepts ${String(maxInputDepth)} levels and refuses one more, at any depth without recursion`, () => {
    expect(wellFormedInput(nestedArrays(maxInputDepth))).not.toBeNull();
    expect(wellFormedInput(nestedArrays(maxInputDepth + 1))).toBeNull();
    expect(wellFormedInput({ a: nestedArrays(200_000) })).toBeNull();
  });

  it('leaves values that are not plain JSON containers to the schema', () => {
    const date = new Date(0);
    expect((wellFormedInput({ when: date }) as { value: { when: unknown } }).value.when).toBe(date);
  });
});
