// The bodies' standard appeal texts (settings → Muutoksenhakuohjeet): each a body's own, or for every body.
import { z } from 'zod';
import { appealKinds } from '../../domain/appeal';
import type { AppealText } from '../../domain/appeal';
import { richDocSchema } from '../../domain/rich-text-schema';
import { channel } from '../define';

export const appealTextInputSchema = z.object({
  /** null adds a text; an id updates that text. */
  id: z.string().min(1).max(64).nullable().default(null),
  kind: z.enum(appealKinds),
  name: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.text.tooLong' }),
  text: richDocSchema,
  /** The body whose text this is; null: every body's. */
  bodyId: z.string().min(1).max(64).nullable().default(null),
  /** What the form read: the save is refused with CONFLICT if the text changed since. */
  expectedUpdatedAt: z.string().max(40).nullable().default(null),
});
export type AppealTextInput = z.output<typeof appealTextInputSchema>;

export const appealTextChannels = {
  /** bodyId null: every text (settings); a body: its own texts and those for every body (an item's picker). */
  'appealTexts:list': channel(z.object({ bodyId: z.string().min(1).max(64).nullable().default(null) })).returns<AppealText[]>(),
  'appealTexts:save': channel(appealTextInputSchema).returns<AppealText>(),
  'appealTexts:delete': channel(z.object({ id: z.string().min(1).max(64) })).returns<{ id: string }>(),
};
