// Why an item file was refused, one Finnish sentence per problem, each naming its key
// ("Avain ”proposal.points.0”: odotettiin tekstiä."), so a script's author can find it.
import type { z } from 'zod';
import { translate } from '../../shared/i18n/translate';
import type { FieldIssue } from '../../shared/ipc/define';

type Issue = z.core.$ZodIssue;

const typeWords: Record<string, string> = {
  string: 'cli.itemJson.type.string',
  number: 'cli.itemJson.type.number',
  int: 'cli.itemJson.type.number',
  array: 'cli.itemJson.type.array',
  object: 'cli.itemJson.type.object',
  boolean: 'cli.itemJson.type.boolean',
};

/** Our own messages are i18n keys; zod's built-in ones are English and get a Finnish sentence by their code. */
function ownMessage(message: string): string | null {
  const translated = translate(message);
  return translated === message ? null : translated;
}

function detailOf(issue: Issue): string {
  const own = ownMessage(issue.message);
  if (own !== null) return own;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? translate('cli.itemJson.missing') : translate('cli.itemJson.expected', { type: translate(typeWords[issue.expected] ?? 'cli.itemJson.type.other') });
    case 'invalid_union':
      return translate('cli.itemJson.noShape');
    case 'invalid_value':
      return translate('cli.itemJson.allowed', { values: issue.values.map(String).join(', ') });
    case 'too_small':
      return translate(issue.origin === 'number' ? 'cli.itemJson.tooSmall' : 'cli.itemJson.tooShort');
    case 'too_big':
      return translate(issue.origin === 'number' ? 'cli.itemJson.tooBig' : 'validation.text.tooLong');
    default:
      return translate('validation.invalid');
  }
}

const keyOf = (path: readonly PropertyKey[]) => (path.length === 0 ? translate('cli.itemJson.wholeFile') : path.map(String).join('.'));

/** One line per problem; an unknown key is named as the key itself. */
export function describeJsonIssues(issues: readonly Issue[]): string[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => translate('cli.itemJson.issue', { key: keyOf([...issue.path, key]), detail: translate('cli.itemJson.unknownKey') }))
      : [translate('cli.itemJson.issue', { key: keyOf(issue.path), detail: detailOf(issue) })],
  );
}

/** The same for a service's field issues (already i18n keys). */
export function describeFieldIssues(fields: readonly FieldIssue[]): string[] {
  return fields.map((field) => translate('cli.itemJson.issue', { key: field.path || translate('cli.itemJson.wholeFile'), detail: translate(field.message) }));
}
