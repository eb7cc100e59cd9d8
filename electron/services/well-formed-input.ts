// Every request's input, made fit for storage before validation: each string (and key) becomes
// well-formed Unicode, and a value nested absurdly deep is refused before anything recurses.
// A lone UTF-16 surrogate (half of an emoji cut in two, a broken paste) has no UTF-8 form:
// SQLite stored it as bytes no other tool can read. It is replaced with U+FFFD, as the
// platform's TextEncoder and String.prototype.toWellFormed do, rather than refusing a whole
// autosave over one character nobody can see.

/** JSON levels (objects and arrays) a request may nest; the deepest rich text the editor can make is about 200. */
export const maxInputDepth = 1000;

// With the u flag a surrogate range matches only a surrogate that is not half of a pair.
const loneSurrogate = /[\uD800-\uDFFF]/gu;

export function wellFormedText(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD');
}

type Container = Record<string, unknown> | unknown[];

function isPlainContainer(value: unknown): value is Container {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function emptyLike(value: Container): Container {
  return Array.isArray(value) ? [] : {};
}

function put(target: Container, key: string | number, value: unknown): void {
  if (Array.isArray(target)) target.push(value);
  // defineProperty, so that a "__proto__" key from JSON stays a plain own property as JSON.parse made it.
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A copy of `value` with every string well-formed, or null when it nests deeper than
 * maxInputDepth. Walks with an explicit stack, so any depth is measured without recursion.
 * Values that are not plain JSON containers (a Date over Electron's IPC) are kept as they are;
 * the contract's schema judges them.
 */
export function wellFormedInput(value: unknown): { value: unknown } | null {
  const leaf = (item: unknown): unknown => (typeof item === 'string' ? wellFormedText(item) : item);
  if (!isPlainContainer(value)) return { value: leaf(value) };
  const root = emptyLike(value);
  const stack: { source: Container; target: Container; depth: number }[] = [{ source: value, target: root, depth: 1 }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { source, target, depth } = entry;
    const entries: [string | number, unknown][] = Array.isArray(source) ? source.map((item, index) => [index, item]) : Object.entries(source);
    for (const [key, item] of entries) {
      const name = typeof key === 'string' ? wellFormedText(key) : key;
      if (!isPlainContainer(item)) {
        put(target, name, leaf(item));
        continue;
      }
      if (depth + 1 > maxInputDepth) return null;
      const child = emptyLike(item);
      put(target, name, child);
      stack.push({ source: item, target: child, depth: depth + 1 });
    }
  }
  return { value: root };
}
