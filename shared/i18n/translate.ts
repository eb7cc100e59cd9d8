// A dependency-free lookup for the Node side (CLI, services) over the same messages the renderer
// uses through i18next, so that both speak with one vocabulary.
import { fi } from './fi';

const finnishPlural = new Intl.PluralRules('fi-FI');

function lookup(key: string): unknown {
  let node: unknown = fi;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return node;
}

/**
 * The message under key with {{name}} filled in. With a numeric `count`, a key_one / key_other
 * pair is chosen by Finnish plural rules, as i18next does in the renderer ("1 hanke", "2 hanketta").
 */
export function translate(key: string, values: Record<string, string | number> = {}): string {
  const count = values.count;
  const plural = typeof count === 'number' ? lookup(`${key}_${finnishPlural.select(count)}`) : undefined;
  const node = typeof plural === 'string' ? plural : lookup(key);
  const template = typeof node === 'string' ? node : key;
  return template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(values[name] ?? ''));
}
