// Structure of the agenda item export, read back from the .docx parts with an XML parser.
import { describe, expect, it } from 'vitest';
import { exportAgendaDocument, exportAgendaItem, suggestedFileName } from '../../../electron/export';
import { seedAgendaItem } from '../../../shared/demo/seed-item';
import { bodyParagraphs, findAll, first, readDocx, styleOf, textOf } from './docx-xml';
import type { DocxParts, El } from './docx-xml';
import { longItemInput, preparers, seedInput, settingsWith } from './fixtures';

const classicIndent = '2608';
const sfs2024Indent = '1304';

function numberedTexts(document: El): { numId: string; text: string }[] {
  return bodyParagraphs(document)
    .filter((paragraph) => first(paragraph, 'w:numPr'))
    .map((paragraph) => ({ numId: first(paragraph, 'w:numId')?.attrs['w:val'] ?? '', text: textOf(paragraph) }));
}

function paragraphStarting(document: El, start: string): El {
  const found = bodyParagraphs(document).find((paragraph) => textOf(paragraph).startsWith(start));
  if (!found) throw new Error(`no paragraph starting "${start}"`);
  return found;
}

/** The abstract numbering's level-0 format behind a w:num id. */
function numberFormat(numbering: El, numId: string): string | undefined {
  const num = findAll(numbering, 'w:num').find((el) => el.attrs['w:numId'] === numId);
  const abstractId = num && first(num, 'w:abstractNumId')?.attrs['w:val'];
  const abstract = findAll(numbering, 'w:abstractNum').find((el) => el.attrs['w:abstractNumId'] === abstractId);
  const level0 = abstract && findAll(abstract, 'w:lvl').find((el) => el.attrs['w:ilvl'] === '0');
  return level0 && first(level0, 'w:numFmt')?.attrs['w:val'];
}

async function seedDocx(kind: 'proposal' | 'minutes', layout: 'classic' | 'sfs2024' = 'classic'): Promise<DocxParts> {
  return readDocx(await exportAgendaItem(seedInput(kind, layout)));
}

describe('agenda item export', () => {
  it('writes the title in Heading 1 with the case number under it', async () => {
    const document = (await seedDocx('proposal')).part('word/document.xml');
    const [title, caseNumber] = bodyParagraphs(document);
    expect(title && styleOf(title)).toBe('Heading1');
    expect(title && textOf(title)).toBe('Kehittämishankkeiden ajankohtaiskatsaus 2024');
    expect(caseNumber && textOf(caseNumber)).toBe('KOK/52/12.00.01/2024');
  });

  it('numbers the proposal points with real decimal numbering and leaves the decision out of the proposal', async () => {
    const docx = await seedDocx('proposal');
    const points = numberedTexts(docx.part('word/document.xml'));
    expect(points.map((point) => point.text)).toEqual(['merkitä kehittämishankkeiden ajankohtaiskatsauksen 2024 tiedoksi', 'lähettää asian tiedoksi kaupunginhallitukselle ja tarkastuslautakunnalle']);
    expect(numberFormat(docx.part('word/numbering.xml'), points[0]?.numId ?? '')).toBe('decimal');
    expect(bodyParagraphs(docx.part('word/document.xml')).some((paragraph) => textOf(paragraph).startsWith('Päätös'))).toBe(false);
  });

  it('adds the decision in the minutes, numbered from 1 again in a list of its own', async () => {
    const docx = await seedDocx('minutes');
    const document = docx.part('word/document.xml');
    const points = numberedTexts(document);
    expect(points).toHaveLength(5);
    const [proposalId, decisionId] = [points[0]?.numId, points[2]?.numId];
    expect(points.slice(0, 2).every((point) => point.numId === proposalId)).toBe(true);
    expect(points.slice(2).every((point) => point.numId === decisionId)).toBe(true);
    expect(decisionId).not.toBe(proposalId);
    expect(points[4]?.text).toBe('tarkistaa tämän pykälän välittömästi kokouksen yhteydessä.');
    expect(textOf(paragraphStarting(document, 'Päätös'))).toBe('Päätös\tLautakunta päätti');
  });

  it('puts labels at the margin and text at 4.6 cm in the classic layout', async () => {
    const document = (await seedDocx('minutes')).part('word/document.xml');
    for (const label of ['Valmistelija', 'Sivistysjohtaja', 'Päätös', 'Tiedoksi', 'Muutoksenhaku', 'Oheismateriaali']) {
      const ind = first(paragraphStarting(document, `${label}\t`), 'w:ind');
      expect(ind?.attrs, label).toMatchObject({ 'w:left': classicIndent, 'w:hanging': classicIndent });
    }
    expect(first(paragraphStarting(document, 'Aktiivinen hanketoiminta'), 'w:ind')?.attrs['w:left']).toBe(classicIndent);
    expect(textOf(paragraphStarting(document, 'Muutoksenhaku'))).toContain('kuntalaki 136 §');
    expect(textOf(paragraphStarting(document, 'Tiedoksi'))).toBe('Tiedoksi\tKaupunginhallitus');
  });

  it('hangs labels on their own line and starts text at 2.3 cm in the 2024 layout', async () => {
    const document = (await seedDocx('minutes', 'sfs2024')).part('word/document.xml');
    const label = paragraphStarting(document, 'Sivistysjohtaja');
    expect(textOf(label)).toBe('Sivistysjohtaja');
    expect(styleOf(label)).toBe('Label');
    expect(first(paragraphStarting(document, 'Lautakunta päättää'), 'w:ind')?.attrs['w:left']).toBe(sfs2024Indent);
    expect(first(paragraphStarting(document, 'Aktiivinen hanketoiminta'), 'w:ind')?.attrs['w:left']).toBe(sfs2024Indent);
  });

  it('writes no empty paragraphs in the body', async () => {
    const document = (await readDocx(await exportAgendaItem(longItemInput()))).part('word/document.xml');
    const empty = bodyParagraphs(document).filter((paragraph) => textOf(paragraph).trim() === '');
    expect(empty).toHaveLength(0);
  });

  it('sets fi-FI as the document language and the file properties', async () => {
    const docx = await seedDocx('proposal');
    const defaults = first(docx.part('word/styles.xml'), 'w:docDefaults');
    expect(defaults && first(defaults, 'w:lang')?.attrs['w:val']).toBe('fi-FI');
    const core = docx.part('docProps/core.xml');
    expect(textOf(first(core, 'dc:title') ?? core)).toBe('Kehittämishankkeiden ajankohtaiskatsaus 2024');
    expect(textOf(first(core, 'dc:subject') ?? core)).toBe('KOK/52/12.00.01/2024');
    expect(textOf(first(core, 'dc:creator') ?? core)).toBe('Maria Esimerkki');
    expect(textOf(first(core, 'cp:lastModifiedBy') ?? core)).toBe('Maria Esimerkki');
  });

  it('has a header with the document type, its number, the date and PAGE (NUMPAGES)', async () => {
    for (const [kind, type, number] of [['proposal', 'ESITYSLISTA', 'Asianro 5'], ['minutes', 'PÖYTÄKIRJA', '§ 5']] as const) {
      const docx = await seedDocx(kind);
      const headerPath = docx.files.find((name) => /^word\/header\d+\.xml$/u.test(name));
      expect(headerPath).toBeDefined();
      const header = docx.part(headerPath ?? '');
      const instructions = findAll(header, 'w:instrText').map((el) => textOf({ ...el, name: 'x' }).trim());
      expect(instructions).toEqual(['PAGE', 'NUMPAGES']);
      const [line1, line2] = findAll(header, 'w:p').map(textOf);
      // The document type with its number, the meeting's (domain.md, "The document layout").
      expect(line1).toBe(`Kokkolan kaupunki\t${type} 1/2024\t${number}\t ()`);
      expect(line2).toBe('Sivistyslautakunta\t23.1.2024');
      const bold = findAll(header, 'w:r').find((run) => textOf(run) === type);
      expect(bold && first(bold, 'w:b')).toBeDefined();
      const meetingRun = findAll(header, 'w:r').find((run) => textOf(run) === ' 1/2024');
      expect(meetingRun && first(meetingRun, 'w:b')).toBeUndefined();
      // Nothing essential only in the header: the body names the body, date and numbers too.
      expect(textOf(bodyParagraphs(docx.part('word/document.xml'))[2] ?? header)).toBe(`Sivistyslautakunta 23.1.2024 Kokous 1/2024 ${number}`);
    }
  });

  it('leaves an unknown meeting number out and names the settings body when the item has none', async () => {
    const input = seedInput('proposal');
    input.item.meetingNumber = '';
    input.item.bodyName = '';
    const docx = await readDocx(await exportAgendaItem(input));
    const headerPath = docx.files.find((name) => /^word\/header\d+\.xml$/u.test(name)) ?? '';
    const [line1, line2] = findAll(docx.part(headerPath), 'w:p').map(textOf);
    expect(line1).toBe('Kokkolan kaupunki\tESITYSLISTA\tAsianro 5\t ()');
    expect(line2).toBe('Sivistyslautakunta\t23.1.2024');
    expect(bodyParagraphs(docx.part('word/document.xml')).map(textOf)).toContain('Sivistyslautakunta 23.1.2024 Asianro 5');
  });

  it('prints the Swedish title as the second line of the title heading, marked sv-FI', async () => {
    const input = seedInput('proposal');
    input.item.titleSv = 'Aktuell översikt över utvecklingsprojekt 2024';
    const document = (await readDocx(await exportAgendaItem(input))).part('word/document.xml');
    const [title] = bodyParagraphs(document);
    expect(title && styleOf(title)).toBe('Heading1');
    expect(findAll(title ?? document, 'w:br')).toHaveLength(1);
    const runs = findAll(title ?? document, 'w:r').filter((run) => textOf(run) !== '');
    expect(runs.map((run) => [textOf(run), first(run, 'w:lang')?.attrs['w:val']])).toEqual([
      ['Kehittämishankkeiden ajankohtaiskatsaus 2024', undefined],
      ['Aktuell översikt över utvecklingsprojekt 2024', 'sv-FI'],
    ]);
    // Only one Heading 1: the Swedish line belongs to the same title.
    expect(bodyParagraphs(document).filter((paragraph) => styleOf(paragraph) === 'Heading1')).toHaveLength(1);
  });

  it('writes the preparer with title, phone after "puh." and e-mail', async () => {
    const document = (await seedDocx('proposal')).part('word/document.xml');
    expect(textOf(paragraphStarting(document, 'Valmistelija'))).toBe('Valmistelija\tMaria Esimerkki, kehittämispäällikkö, puh. 040 123 4567, maria.esimerkki@example.fi');
  });

  it('sets A4 with margins left 2 cm, bottom 2 cm, right ≥ 1 cm and the header 1 cm from the top', async () => {
    const document = (await seedDocx('proposal')).part('word/document.xml');
    const sectPr = first(document, 'w:sectPr');
    expect(sectPr && first(sectPr, 'w:pgSz')?.attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const margin = (sectPr && first(sectPr, 'w:pgMar')?.attrs) ?? {};
    expect(margin['w:left']).toBe('1134');
    expect(margin['w:bottom']).toBe('1134');
    expect(margin['w:header']).toBe('567');
    expect(Number(margin['w:right'])).toBeGreaterThanOrEqual(567);
  });

  it('prints a confidential item as such, whole or in part, with its legal basis in bold', async () => {
    for (const [scope, words] of [['whole', 'Salassa pidettävä'], ['part', 'Osittain salassa pidettävä']] as const) {
      const input = seedInput('proposal');
      input.item.publicity = { kind: 'confidential', scope, legalBasis: 'JulkL 24.1 § 25 k' };
      const document = (await readDocx(await exportAgendaItem(input))).part('word/document.xml');
      const line = paragraphStarting(document, words);
      expect(textOf(line)).toBe(`${words}, JulkL 24.1 § 25 k`);
      expect(first(line, 'w:b')).toBeDefined();
    }
  });

  it('refuses the minutes of an item without a decision, in Finnish', async () => {
    const input = seedInput('minutes');
    input.item.decision = null;
    await expect(exportAgendaItem(input)).rejects.toThrow('Pöytäkirjanotteen voi tehdä vasta, kun päätös on kirjattu.');
  });

  it('puts several items in one document, each in its own section with its own number', async () => {
    const items = [1, 2, 3].map((agendaNumber) => ({ item: { ...seedAgendaItem(), agendaNumber }, preparers }));
    const docx = await readDocx(await exportAgendaDocument({ items, settings: settingsWith('classic'), kind: 'proposal', documentDate: '2024-01-23', author: 'A' }));
    expect(findAll(docx.part('word/document.xml'), 'w:sectPr')).toHaveLength(3);
    const headers = docx.files.filter((name) => /^word\/header\d+\.xml$/u.test(name)).map((name) => textOf(docx.part(name)));
    expect(headers.some((text) => text.includes('Asianro 3'))).toBe(true);
    expect(textOf(first(docx.part('docProps/core.xml'), 'dc:title') ?? docx.part('docProps/core.xml'))).toBe('Esityslista 23.1.2024');
  });

  it('suggests a file name with the date, the title and the kind, in safe characters', () => {
    const item = seedAgendaItem();
    expect(suggestedFileName(item, 'proposal')).toBe('2024-01-23 Kehittämishankkeiden ajankohtaiskatsaus 2024 - päätösehdotus.docx');
    expect(suggestedFileName({ ...item, title: 'A/B: "C" <D>\u0007?' }, 'minutes')).toBe('2024-01-23 A B C D - pöytäkirjanote.docx');
  });
});
