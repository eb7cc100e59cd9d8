// A meeting's whole documents (issue 8), read back from the .docx parts: the § order and their
// heading style, the headers of every section, the attendance table's repeating header row, no
// empty paragraphs, fi-FI and the file properties, the appeal grouping, and the refusals.
import { describe, expect, it } from 'vitest';
import { appealGroups, exportMeetingAgenda, exportMeetingExtract, exportMeetingMinutes, extractFileName, meetingFileName, printedDecision, sectionsText } from '../../../electron/export';
import type { MeetingDocumentInput } from '../../../electron/export';
import { ServiceError } from '../../../shared/errors';
import { docOf, paragraphNode } from '../../../shared/domain/rich-text-build';
import { bodyParagraphs, findAll, first, readDocx, styleOf, textOf } from './docx-xml';
import type { DocxParts, El } from './docx-xml';
import { agendaInput, appealTexts, meeting, meetingInput } from './meeting-fixtures';

async function minutesDocx(input: MeetingDocumentInput = meetingInput()): Promise<DocxParts> {
  return readDocx(await exportMeetingMinutes(input));
}

const headingTexts = (document: El, style = 'Heading1') => bodyParagraphs(document).filter((paragraph) => styleOf(paragraph) === style).map(textOf);

/** The headers' texts in the order the sections use them (document.xml's headerReference ids → header parts). */
function sectionHeaders(docx: DocxParts): string[] {
  const rels = findAll(docx.part('word/_rels/document.xml.rels'), 'Relationship');
  const target = new Map(rels.map((rel) => [rel.attrs.Id, rel.attrs.Target]));
  return findAll(docx.part('word/document.xml'), 'w:headerReference').map((reference) => textOf(docx.part(`word/${target.get(reference.attrs['r:id'] ?? '') ?? ''}`)));
}

/** A paragraph that only draws a line to sign on (underlined tabs): content, not spacing. */
const isSignatureLine = (paragraph: El) => findAll(paragraph, 'w:r').every((run) => first(run, 'w:u') !== undefined && textOf(run).trim() === '' || textOf(run) === '\t') && findAll(paragraph, 'w:u').length > 0;

const fieldCodes = (header: El) => findAll(header, 'w:instrText').map((el) => textOf({ ...el, name: 'x' }).trim());

describe('the whole minutes', () => {
  it('prints the cover heading, then every § in order as a Heading 1 with its number, then the appeal instructions', async () => {
    const document = (await minutesDocx()).part('word/document.xml');
    expect(headingTexts(document)).toEqual([
      'Sivistyslautakunta, kokous 1/2024',
      '§ 1\tKokouksen avaus',
      '§ 2\tKokouksen laillisuus ja päätösvaltaisuus',
      '§ 3\tPöytäkirjan tarkastajien valinta',
      '§ 4\tTyöjärjestyksen hyväksyminen',
      '§ 5\tKehittämishankkeiden ajankohtaiskatsaus 2024',
      '§ 6\tLukuvuoden 2024–2025 työ- ja loma-ajat',
      '§ 7\tKoulukuljetusten hankinta',
      '§ 8\tIlmoitusasiat',
      'Muutoksenhakuohjeet',
    ]);
  });

  it('orders the §§ by their position, whatever order they are given in', async () => {
    const input = meetingInput();
    input.sections.reverse();
    const titles = headingTexts((await minutesDocx(input)).part('word/document.xml')).filter((text) => text.startsWith('§'));
    expect(titles.map((text) => text.split('\t')[0])).toEqual(['§ 1', '§ 2', '§ 3', '§ 4', '§ 5', '§ 6', '§ 7', '§ 8']);
  });

  it('gives every section a header with PÖYTÄKIRJA, the meeting number, its § and the page fields counted over the whole document', async () => {
    const docx = await minutesDocx();
    const headers = sectionHeaders(docx);
    expect(headers).toHaveLength(10);
    for (const header of headers) expect(header).toContain('PÖYTÄKIRJA 1/2024');
    expect(headers.slice(1, 9).map((text) => /§ \d+/u.exec(text)?.[0])).toEqual(['§ 1', '§ 2', '§ 3', '§ 4', '§ 5', '§ 6', '§ 7', '§ 8']);
    const headerParts = docx.files.filter((name) => /^word\/header\d+\.xml$/u.test(name));
    for (const name of headerParts) {
      const codes = fieldCodes(docx.part(name));
      expect(codes.some((code) => code.startsWith('PAGE')), name).toBe(true);
      expect(codes.some((code) => code.startsWith('NUMPAGES')), name).toBe(true);
    }
    // No section restarts the page numbers: "N (M)" runs over the whole document.
    expect(findAll(docx.part('word/document.xml'), 'w:pgNumType').filter((el) => el.attrs['w:start'] !== undefined)).toHaveLength(0);
  });

  it('writes the attendance as a table whose header row repeats on every page, with the groups and the events', async () => {
    const document = (await minutesDocx()).part('word/document.xml');
    const table = findAll(document, 'w:tbl')[0];
    if (!table) throw new Error('no attendance table');
    const rows = findAll(table, 'w:tr');
    expect(rows.map((row) => first(row, 'w:tblHeader') !== undefined).indexOf(false)).toBe(1);
    const texts = rows.map((row) => findAll(row, 'w:tc').map(textOf));
    expect(texts[0]).toEqual(['Nimi', 'Tehtävä', 'Merkinnät']);
    expect(texts).toContainEqual(['Saapuvilla olleet jäsenet']);
    expect(texts).toContainEqual(['Jussi Peltonen', 'jäsen', 'saapui klo 18.20, § 3']);
    expect(texts).toContainEqual(['Eeva Lahti', 'varajäsen (Tuomas Heino)', '']);
    expect(texts).toContainEqual(['Tuomas Heino', 'jäsen', 'tilalla Eeva Lahti']);
    expect(texts).toContainEqual(['Ville Korhonen', 'jäsen', '']);
    expect(texts).toContainEqual(['Paula Nyström', 'kaupunginhallituksen edustaja', 'poistui klo 19.40, § 7']);
    expect(texts).toContainEqual(['Mikko Saari', 'sivistysjohtaja', '']);
    // Groups: present, deputies, absent (the replaced member too), others; Heino never among those present.
    const groups = texts.filter((row) => row.length === 1).map((row) => row[0]);
    expect(groups).toEqual(['Saapuvilla olleet jäsenet', 'Saapuvilla olleet varajäsenet', 'Poissa olleet jäsenet', 'Muut saapuvilla olleet']);
    const absentAt = texts.findIndex((row) => row[0] === 'Poissa olleet jäsenet');
    expect(texts.findIndex((row) => row[0] === 'Tuomas Heino')).toBeGreaterThan(absentAt);
  });

  it('prints the §§, the signatures, the checking with place and date, and the public display on the cover', async () => {
    const texts = bodyParagraphs((await minutesDocx()).part('word/document.xml')).map(textOf);
    expect(texts).toContain('Asiat\t§§ 1–8');
    expect(texts).toContain('Anna Keronen\tMaria Esimerkki');
    expect(texts).toContain('Puheenjohtaja\tPöytäkirjanpitäjä');
    expect(texts).toContain('Pöytäkirjan tarkastus\tPöytäkirja on tarkastettu ja hyväksytty.Kokkola 26.1.2024');
    expect(texts).toContain('Liisa Saikkonen\tKaisa Rantanen');
    expect(texts).toContain('Nähtävänä pito\tPöytäkirja on pidetty yleisesti nähtävänä kaupungin verkkosivuilla 30.1.2024.');
  });

  it('leaves lines to fill for checkers not yet chosen and minutes not yet checked', async () => {
    const input = { ...meetingInput(), meeting: meeting({ checkerIds: [], minutesChecked: null, publicDisplay: '' }) };
    const texts = bodyParagraphs((await minutesDocx(input)).part('word/document.xml')).map(textOf);
    expect(texts).toContain('Pöytäkirjan tarkastus\tPaikka ja aika');
    expect(texts.filter((text) => text === 'Pöytäkirjantarkastaja\tPöytäkirjantarkastaja')).toHaveLength(1);
    expect(texts.some((text) => text.includes('Pöytäkirja on tarkastettu'))).toBe(false);
  });

  it('prints Käsittely before Päätös where there is one, none where it is empty, and the outcome\'s own decision for a tabled §', async () => {
    const texts = bodyParagraphs((await minutesDocx()).part('word/document.xml')).map(textOf);
    const at = (start: string) => texts.findIndex((text) => text.startsWith(start));
    const six = at('§ 6\t');
    const seven = at('§ 7\t');
    const handling = texts.findIndex((text, index) => index > six && text.startsWith('Käsittely\t'));
    const decision = texts.findIndex((text, index) => index > six && text.startsWith('Päätös\t'));
    expect(handling).toBeGreaterThan(six);
    expect(decision).toBeGreaterThan(handling);
    expect(decision).toBeLessThan(seven);
    expect(texts.slice(handling, decision)).toContain('Äänestyksessä annettiin 6 jaa-ääntä ja 2 ei-ääntä. Puheenjohtaja totesi lautakunnan päättäneen päätösehdotuksen mukaisesti.');
    expect(texts.slice(handling, decision)).toContain('Jaa: Walls, Rantanen, Lahti, Lindqvist, Peltonen, Ström');
    expect(texts.slice(seven)).toContain('Päätös\tLautakunta päätti panna asian pöydälle.');
    const eight = at('§ 8\t');
    expect(texts.slice(eight).some((text) => text.startsWith('Käsittely'))).toBe(false);
    // The appeal is printed once at the end, not under each §.
    expect(texts.filter((text) => text.startsWith('Muutoksenhaku\t'))).toHaveLength(0);
  });

  it('writes no empty paragraphs (a line to sign on is a drawn line, not a spacer)', async () => {
    for (const layout of ['classic', 'sfs2024'] as const) {
      const document = (await minutesDocx(meetingInput(layout))).part('word/document.xml');
      const empty = bodyParagraphs(document).filter((paragraph) => textOf(paragraph).trim() === '' && !isSignatureLine(paragraph));
      expect(empty, layout).toHaveLength(0);
      expect(bodyParagraphs(document).filter(isSignatureLine), layout).toHaveLength(2);
    }
  });

  it('labels on lines of their own in the 2024 layout, at the margin beside the text in the classic one', async () => {
    const classic = bodyParagraphs((await minutesDocx()).part('word/document.xml'));
    const sfs = bodyParagraphs((await minutesDocx(meetingInput('sfs2024'))).part('word/document.xml'));
    expect(classic.map(textOf)).toContain('Kokousaika\t23.1.2024 klo 18.00–20.15');
    const label = sfs.findIndex((paragraph) => textOf(paragraph) === 'Kokousaika');
    const [labelParagraph, text] = sfs.slice(label, label + 2);
    if (!labelParagraph || !text) throw new Error('no Kokousaika label in the 2024 layout');
    expect(styleOf(labelParagraph)).toBe('Label');
    expect(textOf(text)).toBe('23.1.2024 klo 18.00–20.15');
  });

  it('sets fi-FI and the file properties', async () => {
    const docx = await minutesDocx();
    const defaults = first(docx.part('word/styles.xml'), 'w:docDefaults');
    expect(defaults && first(defaults, 'w:lang')?.attrs['w:val']).toBe('fi-FI');
    const core = docx.part('docProps/core.xml');
    expect(textOf(first(core, 'dc:title') ?? core)).toBe('Pöytäkirja Sivistyslautakunta 1/2024');
    expect(textOf(first(core, 'dc:creator') ?? core)).toBe('Kokkolan kaupunki, Sivistyspalvelut');
  });

  it('refuses minutes with a § not decided or not numbered, naming nothing half-written', async () => {
    const undecided = meetingInput();
    const six = undecided.sections[5];
    if (six) six.decision = null;
    const refusal = await exportMeetingMinutes(undecided).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ServiceError);
    expect((refusal as ServiceError).fields?.[0]?.message).toBe('meetingDocuments.error.minutesNeedDecisions');
    expect((refusal as ServiceError).message).toContain('§ 6');
    const unnumbered = meetingInput();
    const first = unnumbered.sections[0];
    if (first) first.sectionNumber = null;
    const refused = await exportMeetingMinutes(unnumbered).catch((error: unknown) => error);
    expect((refused as ServiceError).fields?.[0]?.message).toBe('meetingDocuments.error.minutesNeedNumbers');
  });
});

describe('appeal instructions grouped by §§', () => {
  it('writes "§§ 1–4, 6, 8" from the numbers, ranges for consecutive ones', () => {
    expect(sectionsText([8, 1, 2, 3, 4, 6])).toBe('§§ 1–4, 6, 8');
    expect(sectionsText([5])).toBe('§ 5');
    expect(sectionsText([12, 13])).toBe('§§ 12–13');
  });

  it('prints each distinct text once with its §§; a tabled § takes the body\'s "no appeal" text', () => {
    const groups = appealGroups(meetingInput().sections, appealTexts);
    expect(groups.map((group) => [group.name, sectionsText(group.sectionNumbers)])).toEqual([
      ['Ei muutoksenhakuoikeutta (valmistelu tai täytäntöönpano, KuntaL 136 §)', '§§ 1–5, 7–8'],
      ['Oikaisuvaatimusohje', '§ 6'],
    ]);
    // Without the body's texts the tabled § keeps its own (here the rectification request).
    const bare = appealGroups(meetingInput().sections, []);
    expect(bare.map((group) => sectionsText(group.sectionNumbers))).toEqual(['§§ 1–5, 8', '§§ 6–7']);
    expect(bare.map((group) => group.name)).toEqual(['Muutoksenhakuohje', 'Muutoksenhakuohje']);
  });

  it('heads each group in the document, the § list alone when the text opens with a heading of the same name', async () => {
    const document = (await minutesDocx()).part('word/document.xml');
    expect(headingTexts(document, 'Heading2').filter((text) => text.startsWith('§'))).toEqual(['§§ 1–5, 7–8: Ei muutoksenhakuoikeutta (valmistelu tai täytäntöönpano, KuntaL 136 §)', '§ 6']);
  });
});

describe('the whole agenda', () => {
  it('opens with the meeting data, the members to mark with their deputies, the others and the list of items', async () => {
    const docx = await readDocx(await exportMeetingAgenda(agendaInput()));
    const document = docx.part('word/document.xml');
    const texts = bodyParagraphs(document).map(textOf);
    expect(texts).toContain('Kokousaika\t23.1.2024 klo 18.00');
    expect(texts).toContain('Kokouspaikka\tKaupungintalo, kokoushuone Kruunu');
    const [members, others, ...more] = findAll(document, 'w:tbl').map((table) => findAll(table, 'w:tr').map((row) => findAll(row, 'w:tc').map(textOf)));
    expect(more).toEqual([]);
    expect(members?.[0]).toEqual(['Nimi', 'Tehtävä', 'Henkilökohtainen varajäsen', 'Läsnä']);
    expect(members?.[1]).toEqual(['Anna Keronen', 'puheenjohtaja', 'Pekka Laine', '']);
    expect(members).toHaveLength(10);
    expect(others?.slice(1).map((row) => row[0])).toEqual(['Mikko Saari', 'Maria Esimerkki', 'Paula Nyström']);
    const listAt = texts.findIndex((text) => text.startsWith('Käsiteltävät asiat'));
    expect(texts.slice(listAt, listAt + 8)).toEqual([
      'Käsiteltävät asiat\t1\tKokouksen avaus',
      '2\tKokouksen laillisuus ja päätösvaltaisuus',
      '3\tPöytäkirjan tarkastajien valinta',
      '4\tTyöjärjestyksen hyväksyminen',
      '5\tKehittämishankkeiden ajankohtaiskatsaus 2024',
      '6\tLukuvuoden 2024–2025 työ- ja loma-ajat',
      '7\tKoulukuljetusten hankinta',
      '8\tIlmoitusasiat',
    ]);
    for (const table of findAll(document, 'w:tbl')) expect(first(findAll(table, 'w:tr')[0] ?? table, 'w:tblHeader')).toBeDefined();
  });

  it('then each item as its decision proposal, under ESITYSLISTA and its Asianro, without a decision', async () => {
    const docx = await readDocx(await exportMeetingAgenda(agendaInput()));
    const document = docx.part('word/document.xml');
    expect(headingTexts(document).slice(1, 3)).toEqual(['Asianro 1\tKokouksen avaus', 'Asianro 2\tKokouksen laillisuus ja päätösvaltaisuus']);
    const texts = bodyParagraphs(document).map(textOf);
    expect(texts).toContain('Sivistysjohtaja\tLautakunta päättää vahvistaa lukuvuoden 2024–2025 työajat liitteen mukaisesti.');
    expect(texts.some((text) => text.startsWith('Päätös\t'))).toBe(false);
    const headers = sectionHeaders(docx);
    expect(headers).toHaveLength(9);
    expect(headers.every((text) => text.includes('ESITYSLISTA 1/2024'))).toBe(true);
    expect(headers[8]).toContain('Asianro 8');
    expect(textOf(first(docx.part('docProps/core.xml'), 'dc:title') ?? document)).toBe('Esityslista Sivistyslautakunta 1/2024');
    for (const layout of ['classic', 'sfs2024'] as const) {
      const paragraphs = bodyParagraphs((await readDocx(await exportMeetingAgenda(agendaInput(layout)))).part('word/document.xml'));
      expect(paragraphs.filter((paragraph) => textOf(paragraph).trim() === ''), layout).toHaveLength(0);
    }
  });

  it('lists a confidential item by its descriptive title alone', async () => {
    const input = agendaInput();
    const seven = input.sections[6];
    if (!seven) throw new Error('no § 7');
    seven.item = { ...seven.item, title: 'Oppilaan erityisen tuen päätös', caseNumber: 'KOK/9/12.01.00/2024', publicity: { kind: 'confidential', scope: 'whole', legalBasis: 'JulkL 24.1 § 30 k' } };
    const texts = bodyParagraphs((await readDocx(await exportMeetingAgenda(input))).part('word/document.xml')).map(textOf);
    const listAt = texts.findIndex((text) => text.startsWith('Käsiteltävät asiat'));
    expect(texts[listAt + 6]).toBe('7\tOppilaan erityisen tuen päätös');
  });
});

describe('an extract of one §', () => {
  const extractOf = (index: number) => {
    const input = meetingInput();
    const section = input.sections[index];
    if (!section) throw new Error(`no section ${index}`);
    return exportMeetingExtract({ settings: input.settings, meeting: input.meeting, section, appealTexts, certifier: { name: 'Maria Esimerkki', title: 'pöytäkirjanpitäjä', date: '2024-01-29' }, author: input.author });
  };

  it('prints the § as in the minutes under PÖYTÄKIRJANOTE, with its appeal instructions and the certification', async () => {
    const docx = await readDocx(await extractOf(5));
    const texts = bodyParagraphs(docx.part('word/document.xml')).map(textOf);
    expect(sectionHeaders(docx)).toHaveLength(1);
    expect(sectionHeaders(docx)[0]).toContain('PÖYTÄKIRJANOTE\t§ 6');
    expect(sectionHeaders(docx)[0]).toContain('§ 6');
    expect(texts[0]).toBe('§ 6\tLukuvuoden 2024–2025 työ- ja loma-ajat');
    expect(texts.some((text) => text.startsWith('Käsittely\t'))).toBe(true);
    expect(texts.some((text) => text.startsWith('Päätös\t'))).toBe(true);
    expect(texts.some((text) => text.startsWith('Muutoksenhaku'))).toBe(true);
    expect(texts).toContain('Oikaisuvaatimusaika');
    expect(texts).toContain('Otteen oikeaksi todistaa\t29.1.2024');
    expect(texts).toContain('Maria Esimerkki');
    expect(texts).toContain('pöytäkirjanpitäjä');
  });

  it('gives a tabled § the body\'s "no appeal" text', async () => {
    const texts = bodyParagraphs((await readDocx(await extractOf(6))).part('word/document.xml')).map(textOf);
    expect(texts.some((text) => text.includes('koska päätös koskee vain asian valmistelua'))).toBe(true);
    expect(texts.some((text) => text.includes('Oikaisuvaatimus'))).toBe(false);
  });

  it('refuses a § with no decision yet', async () => {
    const input = meetingInput();
    const section = input.sections[5];
    if (!section) throw new Error('no § 6');
    const refusal = await exportMeetingExtract({ ...input, section: { ...section, decision: null }, certifier: { name: '', title: '', date: '2024-01-29' } }).catch((error: unknown) => error);
    expect((refusal as ServiceError).fields?.[0]?.message).toBe('meetingDocuments.error.extractNeedsDecision');
  });
});

describe('file names and the printed decision', () => {
  it('names the files by date, body and number in safe characters', () => {
    expect(meetingFileName(meeting(), 'minutes')).toBe('2024-01-23 Sivistyslautakunta 1-2024 - pöytäkirja.docx');
    expect(meetingFileName(meeting(), 'agenda')).toBe('2024-01-23 Sivistyslautakunta 1-2024 - esityslista.docx');
    expect(extractFileName(meeting(), 6, 'Työajat: "2024/2025"')).toBe('2024-01-23 Sivistyslautakunta 1-2024 § 6 Työajat 2024 2025 - pöytäkirjanote.docx');
  });

  it('prints the outcome\'s decision when there is one, else the item\'s', () => {
    const tabled = docOf(paragraphNode('Lautakunta päätti panna asian pöydälle.'));
    const own = docOf(paragraphNode('Hyväksyttiin.'));
    expect(printedDecision({ outcomeDecision: tabled }, { decision: own })).toBe(tabled);
    expect(printedDecision({ outcomeDecision: null }, { decision: own })).toBe(own);
    expect(printedDecision({ outcomeDecision: null }, { decision: null })).toBeNull();
  });
});
