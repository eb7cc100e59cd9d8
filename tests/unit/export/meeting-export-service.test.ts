// The export channels' service on a real database (electron/services/meetings/meeting-export.ts):
// a meeting taken through the services from planned to handled, its documents read back. What
// prints is what the record holds: the § numbers given at the opening, the Käsittely written from
// the handling record unless the secretary edited it, the decision; and what cannot print yet is
// refused with the reason.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeetingExportService } from '../../../electron/services/meetings/meeting-export';
import { emptyHandling } from '../../../shared/domain/meeting';
import { docOf, paragraphNode } from '../../../shared/domain/rich-text-build';
import type { ExportFile } from '../../../shared/ipc/define';
import type { MeetingDetail } from '../../../shared/ipc/channels/meetings';
import { openTestDb, rejection } from '../items/helpers';
import type { TestDb } from '../items/helpers';
import { approvedItem, setup } from '../meetings/meeting-fixtures';
import type { MeetingSetup } from '../meetings/meeting-fixtures';
import { bodyParagraphs, readDocx, styleOf, textOf } from './docx-xml';

async function paragraphs(file: ExportFile): Promise<string[]> {
  const docx = await readDocx(Buffer.from(file.dataBase64, 'base64'));
  return bodyParagraphs(docx.part('word/document.xml')).map(textOf);
}

async function headings(file: ExportFile): Promise<string[]> {
  const docx = await readDocx(Buffer.from(file.dataBase64, 'base64'));
  return bodyParagraphs(docx.part('word/document.xml')).filter((paragraph) => styleOf(paragraph) === 'Heading1').map(textOf);
}

describe('meetings:export* on the database', () => {
  let t: TestDb;
  let s: MeetingSetup;
  let exports: MeetingExportService;
  let detail: MeetingDetail;

  beforeEach(async () => {
    t = openTestDb();
    s = await setup(t);
    exports = new MeetingExportService(t.deps);
    const meeting = await s.meetings.create({ bodyId: s.body.id, number: null, date: '2024-03-12', startTime: '18.00', place: null });
    for (const title of ['Kouluverkko', 'Lukiokoulutuksen tuntijako', 'Kirjaston aukioloajat']) await s.meetings.addItem(meeting.id, (await approvedItem(t.deps, title)).id, null);
    detail = await s.meetings.get(meeting.id);
  });
  afterEach(() => {
    t.cleanup();
  });

  it('exports the agenda of a planned meeting with its items in order, named by date, body and number', async () => {
    const file = await exports.exportAgenda(detail.meeting.id);
    expect(file.fileName).toBe(`2024-03-12 ${detail.meeting.bodyName} 1-2024 - esityslista.docx`);
    expect((await headings(file)).slice(1)).toEqual(['Asianro 1\tKouluverkko', 'Asianro 2\tLukiokoulutuksen tuntijako', 'Asianro 3\tKirjaston aukioloajat']);
    const texts = await paragraphs(file);
    expect(texts).toContain('Kokousaika\t12.3.2024 klo 18.00');
    expect(texts.filter((text) => /^\d\t/u.test(text) || text.startsWith('Käsiteltävät asiat\t'))).toHaveLength(3);
  });

  it('refuses the minutes before the §§ are numbered and while a § has no decision, saying which', async () => {
    const unnumbered = await rejection(exports.exportMinutes(detail.meeting.id));
    expect(unnumbered.fields?.[0]?.message).toBe('meetingDocuments.error.minutesNeedNumbers');
    await s.meetings.setStatus({ id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'kokouksessa', minutesChecked: null });
    const undecided = await rejection(exports.exportMinutes(detail.meeting.id));
    expect(undecided.fields?.[0]?.message).toBe('meetingDocuments.error.minutesNeedDecisions');
    expect(undecided.message).toContain('§ 1, 2, 3');
  });

  it('prints the handled meeting: §§ from the opening, the Käsittely from the record or as edited, the decisions', async () => {
    let open = await s.meetings.setStatus({ id: detail.meeting.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'kokouksessa', minutesChecked: null });
    const [first, second, third] = open.sections;
    if (!first || !second || !third) throw new Error('three sections');
    open = await s.meetings.updateSection({ sectionId: first.id, expectedUpdatedAt: first.updatedAt, handling: { ...emptyHandling(), checkedAtMeeting: true }, outcome: 'hyvaksytty' });
    open = await s.meetings.updateSection({ sectionId: second.id, expectedUpdatedAt: open.sections[1]?.updatedAt ?? '', outcome: 'hyvaksytty', handlingText: docOf(paragraphNode('Sihteerin muokkaama käsittely.')) });
    open = await s.meetings.updateSection({ sectionId: third.id, expectedUpdatedAt: open.sections[2]?.updatedAt ?? '', outcome: 'pantiin_poydalle' });

    const minutes = await exports.exportMinutes(detail.meeting.id);
    expect(minutes.fileName).toBe(`2024-03-12 ${detail.meeting.bodyName} 1-2024 - pöytäkirja.docx`);
    expect((await headings(minutes)).slice(1, 4)).toEqual(['§ 1\tKouluverkko', '§ 2\tLukiokoulutuksen tuntijako', '§ 3\tKirjaston aukioloajat']);
    const texts = await paragraphs(minutes);
    expect(texts).toContain('Käsittely\tPykälä tarkastettiin kokouksessa.');
    expect(texts).toContain('Käsittely\tSihteerin muokkaama käsittely.');
    expect(texts.filter((text) => text.startsWith('Päätös\t'))).toHaveLength(3);
    const tabled = texts.slice(texts.indexOf('§ 3\tKirjaston aukioloajat'));
    expect(tabled.find((text) => text.startsWith('Päätös\t'))).toMatch(/pöydälle/u);

    const extract = await exports.exportExtract(second.id);
    expect(extract.fileName).toBe(`2024-03-12 ${detail.meeting.bodyName} 1-2024 § 2 Lukiokoulutuksen tuntijako - pöytäkirjanote.docx`);
    const extractTexts = await paragraphs(extract);
    expect(extractTexts[0]).toBe('§ 2\tLukiokoulutuksen tuntijako');
    // Certified by the meeting's secretary on the day it is made (the test clock: 1.3.2025).
    expect(extractTexts).toContain('Otteen oikeaksi todistaa\t1.3.2025');
  });

  it('answers NOT_FOUND for a meeting or a § that does not exist', async () => {
    expect((await rejection(exports.exportMinutes('ei-ole'))).code).toBe('NOT_FOUND');
    const missing = await rejection(exports.exportExtract('ei-ole'));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.fields?.[0]?.message).toBe('meetingDocuments.error.sectionNotFound');
  });
});
