// Calls a channel like context.call, but tells the user the field's own Finnish message when
// the service gave one ("Pöytäkirjanotteen voi tehdä vasta, kun päätös on kirjattu.").
import { translate } from '../../../shared/i18n/translate';
import type { Channel, InputOf, OutputOf } from '../../../shared/ipc/contract';
import type { AppContext } from '../../services/app-context-types';
import { dispatch } from '../../services/dispatch';
import { CliError, exitCodeFor } from '../cli-io';

export async function callWithDetail<C extends Channel>(context: AppContext, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const envelope = await dispatch(context.handlers, channel, input);
  if (envelope.ok) return envelope.value as OutputOf<C>;
  const { code, fields = [] } = envelope.error;
  const details = fields.map((field) => translate(field.message, field.params)).filter((text, index, all) => all.indexOf(text) === index);
  const message = details.length > 0 ? details.join(' ') : translate(`error.${code}`);
  throw new CliError(message, exitCodeFor(code));
}
