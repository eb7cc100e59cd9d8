// Migration 006 → 007: proposals and decisions stored as an opening and points become rich text
// that prints the same words in the same order; the appeal word becomes the item's own copy of the
// same sentence it printed, linked to the body's standard text of its kind; every version's
// snapshot is converted alike; the body's appeal texts start as the presets.
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { getItem } from '../../../db/repositories/items-repository';
import { listVersions } from '../../../db/repositories/item-versions-repository';
import { listAppealTexts } from '../../../db/repositories/appeal-texts-repository';
import type { Database } from '../../../db/schema';
import { appealPresets } from '../../../shared/domain/appeal-presets';
import { richDocSchema } from '../../../shared/domain/rich-text-schema';
import { richToPlainText } from '../../../shared/domain/rich-text';
import { emptyDb, migrateTo } from '../db/helpers';

const background = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Selostus' }] }] });

/** An item row as migration 002 wrote it, with plain SQL (today's repository writes another shape). */
function insertLegacyItem(db: ReturnType<typeof emptyDb>, id: string, proposal: unknown, decision: unknown, appeal: string): void {
  db.prepare(`INSERT INTO agenda_items (id, title, background, proposal, decision, appeal, publicity, status, created_at, updated_at)
    VALUES (?, 'Otsikko', ?, ?, ?, ?, '{"kind":"public"}', 'kasitelty', 't', 't')`).run(id, background, JSON.stringify(proposal), decision === null ? null : JSON.stringify(decision), appeal);
  const snapshot = { id, title: 'Otsikko', background: JSON.parse(background) as unknown, proposal, decision, appeal, status: 'kasitelty' };
  db.prepare(`INSERT INTO item_versions (item_id, version, reason, status, created_at, updated_at, snapshot) VALUES (?, 1, 'create', 'kasitelty', 't', 't', ?)`).run(id, JSON.stringify(snapshot));
}

const seedProposal = {
  opening: 'Lautakunta päättää',
  openingSv: '',
  points: [
    { id: 'p1', text: 'merkitä katsauksen tiedoksi', textSv: '' },
    { id: 'p2', text: '   ', textSv: '' },
    { id: 'p3', text: 'lähettää asian tiedoksi\nkaupunginhallitukselle', textSv: 'sända ärendet för kännedom' },
  ],
};

describe('migration 007', () => {
  it('turns an opening and points into rich text that says the same, in the same order, with Swedish kept', async () => {
    const db = emptyDb();
    migrateTo(db, 6);
    insertLegacyItem(db, 'a', seedProposal, { opening: 'Hyväksyttiin yksimielisesti.', openingSv: '', points: [] }, 'ei_muutoksenhakua');
    insertLegacyItem(db, 'b', { opening: '', openingSv: '', points: [] }, null, 'kunnallisvalitus');
    migrateTo(db, 7);
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: db }) });

    const a = await getItem(kysely, 'a');
    expect(a).toBeDefined();
    if (!a) return;
    expect(a.proposal).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Lautakunta päättää' }] },
        {
          type: 'orderedList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'merkitä katsauksen tiedoksi' }] }] },
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'lähettää asian tiedoksi' }, { type: 'hardBreak' }, { type: 'text', text: 'kaupunginhallitukselle' }] }] },
          ],
        },
      ],
    });
    expect(richToPlainText(a.proposalSv ?? { type: 'doc', content: [] })).toBe('sända ärendet för kännedom');
    // The one-sentence decision, which the old model could not count as a decision, is kept as written.
    expect(richToPlainText(a.decision ?? { type: 'doc', content: [] })).toBe('Hyväksyttiin yksimielisesti.');
    expect(a.decisionSv).toBeNull();
    expect(a.appeal).toEqual({
      textId: 'appeal-ei-136',
      text: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tähän päätökseen ei saa hakea muutosta oikaisuvaatimuksella eikä kunnallisvalituksella, koska päätös koskee vain asian valmistelua tai täytäntöönpanoa (kuntalaki 136 §).' }] }] },
    });
    expect(a.yearToCheck).toBeNull();

    const b = await getItem(kysely, 'b');
    expect(b?.proposal).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect([b?.decision, b?.proposalSv]).toEqual([null, null]);
    expect(b?.appeal.textId).toBe('appeal-kunnallisvalitus');
    expect(richToPlainText(b?.appeal.text ?? { type: 'doc', content: [] })).toContain('30 päivän kuluessa');

    // Every converted text is one the editor and the service accept.
    for (const doc of [a.proposal, a.proposalSv, a.decision, a.appeal.text, b?.proposal, b?.appeal.text]) expect(richDocSchema.safeParse(doc).success).toBe(true);

    // Versions say the same as the rows.
    const [version] = await listVersions(kysely, 'a');
    expect(version?.snapshot.proposal).toEqual(a.proposal);
    expect(version?.snapshot.appeal).toEqual(a.appeal);
    expect(version?.snapshot.yearToCheck).toBeNull();

    const texts = await listAppealTexts(kysely);
    expect(texts.map((text) => [text.id, text.kind, text.name])).toEqual(appealPresets.map((preset) => [preset.id, preset.kind, preset.name]));
    expect(texts.map((text) => text.text)).toEqual(appealPresets.map((preset) => preset.text()));
    // The old CHECK on the appeal word is gone; the new column only takes JSON.
    expect(() => db.prepare("UPDATE agenda_items SET appeal = 'x' WHERE id = 'a'").run()).toThrow(/CHECK/u);
    db.close();
  });
});
