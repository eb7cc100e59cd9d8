// {{name}} placeholders of a message filled in, as translate() does for a key, for code that
// holds the message object itself (typed access: a renamed message fails the typecheck).
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(values[name] ?? ''));
}
