// A dependency-free lookup for the Node side (CLI, services) over the same messages the renderer
// uses through i18next, so that both speak with one vocabulary.
import { fi } from './fi';

export function translate(key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = fi;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  const template = typeof node === 'string' ? node : key;
  return template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(values[name] ?? ''));
}
