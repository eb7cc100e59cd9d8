// The appeal texts a new item starts with: the body's standard texts as kept in settings now
// (appeal_texts), copied into the item so later edits of the standard never change its minutes.
import type { Kysely } from 'kysely';
import type { AppealKind, AppealText, ItemAppeal } from '../../../shared/domain/appeal';
import { appealPreset, defaultAppealPresetId, noAppealPresetId } from '../../../shared/domain/appeal-presets';
import type { Database } from '../../../db/schema';
import { listAppealTexts } from '../../../db/repositories/appeal-texts-repository';

/** The standard text under `id`, else the body's first text of that kind, else the built-in preset. */
export function chooseAppeal(texts: readonly AppealText[], id: string, kind: AppealKind): ItemAppeal {
  const chosen = texts.find((text) => text.id === id) ?? texts.find((text) => text.kind === kind);
  if (chosen) return { textId: chosen.id, text: structuredClone(chosen.text) };
  const preset = appealPreset(id);
  return { textId: null, text: preset ? preset.text() : { type: 'doc', content: [{ type: 'paragraph' }] } };
}

export async function itemAppealDefaults(db: Kysely<Database>): Promise<{ default: ItemAppeal; noAppeal: ItemAppeal }> {
  const texts = await listAppealTexts(db);
  return { default: chooseAppeal(texts, defaultAppealPresetId, 'oikaisuvaatimus'), noAppeal: chooseAppeal(texts, noAppealPresetId, 'ei_muutoksenhakua') };
}
