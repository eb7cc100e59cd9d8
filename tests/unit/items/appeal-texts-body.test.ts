// A body keeps its own appeal texts (issue 8, migration 008's appeal_texts.body_id): an item's
// picker lists the body's texts and those for every body, never another body's; settings list all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphsDoc } from '../../../shared/domain/rich-text';
import { AppealTextService } from '../../../electron/services/appeal-texts/appeal-text-service';
import { BodyService } from '../../../electron/services/meetings/body-service';
import { openTestDb, rejection } from './helpers';
import type { TestDb } from './helpers';

describe('appeal texts per body', () => {
  let t: TestDb;
  beforeEach(() => { t = openTestDb(); });
  afterEach(() => { t.cleanup(); });

  const body = (name: string) => new BodyService(t.deps).save({ id: null, name, nameSv: '', defaultPlace: '', termStart: null, termEnd: null, members: [], others: [], sectionStarts: {}, expectedUpdatedAt: null });
  const text = (name: string, bodyId: string | null) => new AppealTextService(t.deps).save({ id: null, kind: 'muu', name, text: paragraphsDoc([`${name}.`]), bodyId, expectedUpdatedAt: null });

  it("lists a body's own texts and the shared ones, not another body's; without a body every text", async () => {
    const service = new AppealTextService(t.deps);
    const shared = (await service.list()).map((entry) => entry.name);
    expect(shared.length).toBeGreaterThan(0);
    const education = await body('Koulutuslautakunta');
    const youth = await body('Nuorisolautakunta');
    await text('Koulutuslautakunnan oikaisuvaatimusohje', education.id);
    await text('Nuorisolautakunnan oikaisuvaatimusohje', youth.id);

    const forEducation = await service.list(education.id);
    expect(forEducation.map((entry) => entry.name)).toEqual(expect.arrayContaining([...shared, 'Koulutuslautakunnan oikaisuvaatimusohje']));
    expect(forEducation.map((entry) => entry.name)).not.toContain('Nuorisolautakunnan oikaisuvaatimusohje');
    expect(forEducation.find((entry) => entry.name === 'Koulutuslautakunnan oikaisuvaatimusohje')?.bodyId).toBe(education.id);
    expect((await service.list()).map((entry) => entry.name)).toEqual(expect.arrayContaining(['Koulutuslautakunnan oikaisuvaatimusohje', 'Nuorisolautakunnan oikaisuvaatimusohje', ...shared]));
  });

  it('moves a text between a body and every body, and refuses a body that does not exist, writing nothing', async () => {
    const service = new AppealTextService(t.deps);
    const education = await body('Koulutuslautakunta');
    const youth = await body('Nuorisolautakunta');
    const own = await text('Oma ohje', education.id);
    const shared = await service.save({ ...own, bodyId: null, expectedUpdatedAt: own.updatedAt });
    expect((await service.list(youth.id)).map((entry) => entry.name)).toContain('Oma ohje');
    const error = await rejection(service.save({ ...shared, bodyId: 'no-such-body', expectedUpdatedAt: shared.updatedAt }));
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual([{ path: 'bodyId', message: 'items.error.appealTextBodyUnknown' }]);
    expect((await service.list()).find((entry) => entry.id === own.id)?.bodyId).toBeNull();
  });
});
