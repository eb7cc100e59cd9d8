// Word export speed (issue 3, "Speed"): median in-process times of
//  (a) the seed item with its 27-project summary (two .docx files), target ≤ 50 ms;
//  (b) a 30-item agenda (exportAgendaDocument: 30 copies of the seed item, the first with a
//      500-row table in its background), target ≤ 300 ms;
//  (c) the whole minutes of a 40-§ meeting (issue 8): the cover with the attendance, every § with a
//      vote in its Käsittely, the first with a 500-row table, the appeal instructions; ≤ 500 ms;
// each against a floor: a minimal writer of the same text (document XML built as a string,
// zipped with jszip), and the ratio to it.
import JSZip from 'jszip';
import { appealGroups, exportAgendaDocument, exportAgendaItem, exportMeetingMinutes, sectionsText, exportProjectSummary, summaryProjects } from '../../electron/export';
import type { MeetingDocumentInput } from '../../electron/export';
import type { AgendaItem } from '../../shared/domain/item';
import { tableColumnWidthsPt } from '../../shared/domain/rich-table';
import { richToPlainText } from '../../shared/domain/rich-text';
import { formatEuros } from '../../shared/format/money';
import { demoProjectList, preparers, richTable, seedInput, settingsWith } from '../unit/export/fixtures';
import { meetingInput, voteHandling } from '../unit/export/meeting-fixtures';

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const paragraphXml = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
const tableXml = (rows: string[][]) =>
  `<w:tbl><w:tblPr><w:tblLayout w:type="fixed"/></w:tblPr>${rows.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraphXml(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;

/** The smallest valid .docx of the given body XML: the floor any writer pays for XML and zip. */
async function minimalDocx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The item's text as the minimal writer prints it: the same parts, plain paragraphs and tables. */
function itemXml(item: AgendaItem): string {
  const texts = [
    item.title, item.caseNumber, `${item.bodyName} ${item.meetingDate ?? ''}`,
    ...preparers.map((person) => `Valmistelija\t${person.name}, ${person.title}, ${person.phone}, ${person.email}`),
    ...item.supplementary.map((ref) => `Oheismateriaali\t${ref.title}`),
    `${item.presenterTitle}\t${richToPlainText(item.proposal)}`,
    `Päätös\t${item.decision === null ? '' : richToPlainText(item.decision)}`,
    ...item.forInformation, richToPlainText(item.appeal.text),
  ];
  const background = item.background.content
    .map((node) => (node.type === 'table' ? tableXml((node.content ?? []).map((row) => (row.content ?? []).map((cell) => richToPlainText(cell)))) : paragraphXml(richToPlainText(node))))
    .join('');
  return texts.slice(0, 3).map(paragraphXml).join('') + background + texts.slice(3).map(paragraphXml).join('');
}

const projects = demoProjectList();

function summaryXml(): string {
  const rows = summaryProjects(projects, '2024-01-01').map((project) => [project.nameFi, project.funder, project.grantType, formatEuros(project.grantedCents ?? 0), formatEuros(project.totalBudgetCents ?? 0), `${project.startDate ?? ''}–${project.endDate ?? ''}`, project.status]);
  return paragraphXml('Yhteenveto hankkeista') + tableXml([['Hanke', 'Rahoittaja', 'Avustuslaji', 'Myönnetty €', 'Kokonaisbudjetti €', 'Kausi', 'Tila'], ...rows]);
}

async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  for (let warm = 0; warm < 3; warm += 1) await task();
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

function report(name: string, ms: number, floor: number, target: number): void {
  const verdict = ms <= target ? 'OK' : 'OVER TARGET';
  process.stdout.write(`${name}: median ${ms.toFixed(1)} ms (target ≤ ${target} ms, ${verdict}); minimal writer ${floor.toFixed(1)} ms; ratio ${(ms / floor).toFixed(1)}×\n`);
}

export async function run(): Promise<void> {
  const seed = seedInput('minutes');
  const summaryInput = { projects, activeOn: '2024-01-01', settings: settingsWith('classic'), author: 'Bench' };
  const seedMs = await median(31, () => Promise.all([exportAgendaItem(seed), exportProjectSummary(summaryInput)]));
  const seedFloor = await median(31, () => Promise.all([minimalDocx(itemXml(seed.item)), minimalDocx(summaryXml())]));
  report('seed item + 27-project summary', seedMs, seedFloor, 50);

  const rows = Array.from({ length: 500 }, (_, index) => [`Hanke ${index + 1}`, index % 3 ? 'OKM' : 'OPH', formatEuros((index + 1) * 125_000), `1.8.2023–31.7.${2024 + (index % 2)}`]);
  const big = seedInput('minutes').item;
  big.background = { type: 'doc', content: [...big.background.content, richTable(['Hanke', 'Rahoittaja', 'Myönnetty', 'Kausi'], rows)] };
  const items = [big, ...Array.from({ length: 29 }, (_, index) => ({ ...seedInput('minutes').item, id: `bench-${index}`, sectionNumber: index + 6 }))];
  const agenda = { items: items.map((item) => ({ item, preparers })), settings: settingsWith('classic'), kind: 'minutes' as const, documentDate: '2024-01-23', author: 'Bench' };
  const bigMs = await median(9, () => exportAgendaDocument(agenda));
  const bigFloor = await median(9, () => minimalDocx(items.map(itemXml).join('')));
  report('30-item agenda with a 500-row table', bigMs, bigFloor, 300);

  // (c) the whole minutes of a 40-§ meeting: cover with the attendance, every § with a vote in its
  // Käsittely, the first § with the 500-row table, the appeal instructions; target ≤ 500 ms.
  const minutes = fortySectionMinutes(rows);
  const minutesMs = await median(9, () => exportMeetingMinutes(minutes));
  const minutesFloor = await median(9, () => minimalDocx(minutesXml(minutes)));
  report('minutes of a 40-§ meeting with votes and a 500-row table', minutesMs, minutesFloor, 500);

  // Column widths from the content (shared/domain/rich-table.ts): the export and the preview
  // measure every cell's words once per table; the preview does so on each redraw.
  const table = big.background.content.at(-1);
  if (table) {
    const widthsMs = await median(21, () => Promise.resolve(tableColumnWidthsPt(table, 365)));
    process.stdout.write(`content-based column widths of the 500-row table: median ${widthsMs.toFixed(1)} ms (share of the agenda export: ${((widthsMs / bigMs) * 100).toFixed(0)} %)\n`);
  }
}

/** 40 §§ from the meeting fixture's eight, each with the voted §'s Käsittely; the first carries the 500-row table. */
function fortySectionMinutes(rows: string[][]): MeetingDocumentInput {
  const input = meetingInput();
  const base = input.sections;
  const sections = Array.from({ length: 40 }, (_, index) => {
    const from = base[index % base.length];
    if (!from) throw new Error('empty meeting fixture');
    const item = { ...from.item, id: `bench-${String(index)}` };
    if (index === 0) item.background = { type: 'doc' as const, content: [...item.background.content, richTable(['Hanke', 'Rahoittaja', 'Myönnetty', 'Kausi'], rows)] };
    return { ...from, sectionId: `bench-section-${String(index)}`, position: index, sectionNumber: index + 1, item, handling: voteHandling };
  });
  return { ...input, sections };
}

/** The minutes' text as the minimal writer prints it: the cover's names, each § as the item's text plus its Käsittely, the appeal texts. */
function minutesXml(input: MeetingDocumentInput): string {
  const cover = input.meeting.attendees.map((attendee) => paragraphXml(`${attendee.name}\t${attendee.role}\t${attendee.deputyName}`)).join('');
  const sections = input.sections.map((section) => paragraphXml(`§ ${String(section.sectionNumber)}`) + itemXml(section.item) + paragraphXml(section.handling ? richToPlainText(section.handling) : '')).join('');
  const appeals = appealGroups(input.sections, input.appealTexts).map((group) => paragraphXml(sectionsText(group.sectionNumbers)) + paragraphXml(richToPlainText(group.text))).join('');
  return cover + sections + appeals;
}
