// The body's standard appeal texts (settings → Muutoksenhakuohjeet).
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
  /** What the form read: the save is refused with CONFLICT if the text changed since. */
  expectedUpdatedAt: z.string().max(40).nullable().default(null),
});
export type AppealTextInput = z.output<typeof appealTextInputSchema>;

export const appealTextChannels = {
  'appealTexts:list': channel(z.object({})).returns<AppealText[]>(),
  'appealTexts:save': channel(appealTextInputSchema).returns<AppealText>(),
  'appealTexts:delete': channel(z.object({ id: z.string().min(1).max(64) })).returns<{ id: string }>(),
};
