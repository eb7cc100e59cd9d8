// A meeting's whole documents as LibreOffice lays them out and pandoc reads them (issue 8): the
// minutes of eight §§ (cover with the attendance, a § with a vote, a tabled §, the appeal page),
// the agenda's first page and list, an extract; "N (M)" on every page of each.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportMeetingAgenda, exportMeetingExtract, exportMeetingMinutes } from '../../electron/export';
import { agendaInput, appealTexts, meetingInput } from '../unit/export/meeting-fixtures';
import { convertToPdf, lineOf, pandocBlocks, pandocText, pdfWords, renderDir, renderPngs, requireTools } from './render-tools';
import type { PdfLayout } from './render-tools';

// A folder of its own: export-render.test.ts empties renderDir when it starts.
const outDir = path.resolve(renderDir, '../render-meeting');
const pointsPerCm = 72 / 2.54;
const margin = 2 * pointsPerCm;
const tolerance = 0.1 * pointsPerCm;
// The header stands 1 cm from the top edge in two lines; the body starts at 3.2 cm (a word box at 3.1).
const headerBottom = 2.5 * pointsPerCm;

let pdfs: Record<string, string> = {};
const layouts = new Map<string, PdfLayout>();
const layoutOf = (name: string): PdfLayout => {
  const known = layouts.get(name);
  if (known) return known;
  const layout = pdfWords(pdfs[name] ?? '');
  layouts.set(name, layout);
  return layout;
};

/** The body text of a page (below the header), line by line, words joined by spaces. */
function pageLines(layout: PdfLayout, page: number): string[] {
  const words = layout.words.filter((word) => word.page === page && word.yMin > headerBottom).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  const lines: string[] = [];
  const seen: number[] = [];
  for (const word of words) {
    // One entry per line: words within 2 pt of a line already taken belong to it (lineOf's rule).
    if (seen.some((y) => Math.abs(y - word.yMin) < 2)) continue;
    seen.push(word.yMin);
    lines.push(lineOf(layout, word).map((found) => found.text).join(' '));
  }
  return lines;
}

const bodyText = (layout: PdfLayout) => layout.pages.map((_, index) => pageLines(layout, index + 1).join('\n')).join('\n');

/** The header line of each page: "PÖYTÄKIRJA 1/2024 § 6 7 (11)". */
function headerLines(layout: PdfLayout): string[] {
  return layout.pages.map((_, index) => {
    const top = layout.words.filter((word) => word.page === index + 1 && word.yMin < headerBottom);
    const first = top.find((word) => /^\(\d+\)$/u.test(word.text));
    return first ? lineOf(layout, first).map((word) => word.text).join(' ') : '';
  });
}

/** "1 (11)" … "11 (11)": the page number and count read from each page's header. */
function pageNumbers(layout: PdfLayout): string[] {
  return headerLines(layout).map((line) => /(\d+) (\(\d+\))$/u.exec(line)?.slice(1).join(' ') ?? '?');
}

const expectedNumbers = (count: number) => Array.from({ length: count }, (_, index) => `${String(index + 1)} (${String(count)})`);

beforeAll(async () => {
  requireTools();
  rmSync(outDir, { recursive: true, force: true });
  const minutes = meetingInput();
  const six = minutes.sections[5];
  if (!six) throw new Error('no § 6 in the fixture');
  pdfs = convertToPdf(
    {
      minutes: await exportMeetingMinutes(minutes),
      'minutes-sfs2024': await exportMeetingMinutes(meetingInput('sfs2024')),
      agenda: await exportMeetingAgenda(agendaInput()),
      extract: await exportMeetingExtract({ settings: minutes.settings, meeting: minutes.meeting, section: six, appealTexts, certifier: { name: 'Maria Esimerkki', title: 'pöytäkirjanpitäjä', date: '2024-01-29' }, author: minutes.author }),
    },
    outDir,
  );
  for (const pdf of Object.values(pdfs)) renderPngs(pdf, 70);
}, 240_000);

describe('rendered minutes', () => {
  it('reads "N (M)" in the header of every page, counted over the whole document, with PÖYTÄKIRJA 1/2024', () => {
    for (const name of ['minutes', 'minutes-sfs2024']) {
      const layout = layoutOf(name);
      expect(layout.pages.length, name).toBeGreaterThanOrEqual(10);
      expect(pageNumbers(layout), name).toEqual(expectedNumbers(layout.pages.length));
      for (const line of headerLines(layout)) expect(line, name).toContain('PÖYTÄKIRJA 1/2024');
    }
  });

  it('prints the §§ in order, each § starting its own page with the § in the header', () => {
    const layout = layoutOf('minutes');
    const text = bodyText(layout);
    const titles = ['Kokouksen avaus', 'Kokouksen laillisuus ja päätösvaltaisuus', 'Pöytäkirjan tarkastajien valinta', 'Työjärjestyksen hyväksyminen', 'Kehittämishankkeiden ajankohtaiskatsaus 2024', 'Lukuvuoden 2024–2025 työ- ja loma-ajat', 'Koulukuljetusten hankinta', 'Ilmoitusasiat'];
    const at = titles.map((title, index) => text.indexOf(`§ ${String(index + 1)} ${title}`));
    expect(at.every((position) => position >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const headers = headerLines(layout);
    for (let number = 1; number <= 8; number += 1) {
      const page = headers.findIndex((line) => line.includes(`§ ${String(number)} `));
      expect(pageLines(layout, page + 1)[0], `§ ${String(number)}`).toBe(`§ ${String(number)} ${titles[number - 1] ?? ''}`);
    }
  });

  it('puts the cover labels at the margin and their text at 4.6 cm, and lists the attendance by name', () => {
    const layout = layoutOf('minutes');
    const label = layout.words.find((word) => word.page === 1 && word.text === 'Kokousaika');
    if (!label) throw new Error('no Kokousaika on page 1');
    expect(Math.abs(label.xMin - margin)).toBeLessThanOrEqual(tolerance);
    const value = lineOf(layout, label).find((word) => word.xMin > label.xMax);
    expect(value?.text).toBe('23.1.2024');
    expect(Math.abs((value?.xMin ?? 0) - (margin + 4.6 * pointsPerCm))).toBeLessThanOrEqual(tolerance);
    const cover = pageLines(layout, 1).join('\n');
    for (const name of ['Anna Keronen', 'Mikael Walls', 'Eeva Lahti', 'Tuomas Heino', 'Ville Korhonen', 'Mikko Saari', 'Paula Nyström']) expect(cover).toContain(name);
    expect(cover).toContain('saapui klo 18.20, § 3');
    expect(cover).toContain('Asiat §§ 1–8');
    expect(cover).toContain('Pöytäkirja on pidetty yleisesti nähtävänä kaupungin verkkosivuilla');
  });

  it('prints the vote result and the Jaa and Ei lists under Käsittely of § 6, before its Päätös', () => {
    const layout = layoutOf('minutes');
    const page = headerLines(layout).findIndex((line) => line.includes('§ 6 '));
    const lines = pageLines(layout, page + 1);
    const vote = lines.findIndex((line) => line.includes('Äänestyksessä annettiin 6 jaa-ääntä ja 2 ei-ääntä.'));
    const yes = lines.indexOf('Jaa: Walls, Rantanen, Lahti, Lindqvist, Peltonen, Ström');
    const no = lines.indexOf('Ei: Keronen, Saikkonen');
    const handling = lines.findIndex((line) => line.startsWith('Käsittely '));
    const decision = lines.findIndex((line) => line.startsWith('Päätös '));
    expect(handling).toBeGreaterThanOrEqual(0);
    expect([handling < vote, vote < yes, yes < no, no < decision]).toEqual([true, true, true, true]);
  });

  it('ends with the appeal instructions, each text once under the §§ it applies to', () => {
    const layout = layoutOf('minutes');
    const headers = headerLines(layout);
    const first = headers.findIndex((line) => line.includes('§ 8 ')) + 2;
    const appealText = layout.pages.slice(first - 1).map((_, index) => pageLines(layout, first + index).join('\n')).join('\n');
    expect(appealText.startsWith('Muutoksenhakuohjeet')).toBe(true);
    expect(appealText).toContain('§§ 1–5, 7–8: Ei muutoksenhakuoikeutta');
    expect(appealText.split('\n')).toContain('§ 6');
    expect(appealText.split('koska päätös koskee vain asian valmistelua')).toHaveLength(2);
    expect(appealText).toContain('Oikaisuvaatimusaika');
  });

  it('reads in pandoc as headings in § order and the attendance as a table', () => {
    const blocks = pandocBlocks(path.join(outDir, 'minutes.docx'));
    const headings = blocks.filter((block) => block.t === 'Header').map((block) => pandocText((block.c as unknown[])[2]));
    expect(headings.slice(0, 10)).toEqual([
      'Sivistyslautakunta, kokous 1/2024',
      '§ 1 Kokouksen avaus',
      '§ 2 Kokouksen laillisuus ja päätösvaltaisuus',
      '§ 3 Pöytäkirjan tarkastajien valinta',
      '§ 4 Työjärjestyksen hyväksyminen',
      '§ 5 Kehittämishankkeiden ajankohtaiskatsaus 2024',
      '§ 6 Lukuvuoden 2024–2025 työ- ja loma-ajat',
      '§ 7 Koulukuljetusten hankinta',
      '§ 8 Ilmoitusasiat',
      'Muutoksenhakuohjeet',
    ]);
    const table = blocks.find((block) => block.t === 'Table');
    const tableText = pandocText(table?.c);
    for (const name of ['Nimi', 'Tehtävä', 'Anna Keronen', 'Eeva Lahti', 'varajäsen (Tuomas Heino)', 'Poissa olleet jäsenet']) expect(tableText).toContain(name);
  });
});

describe('rendered agenda and extract', () => {
  it('opens the agenda with the meeting data, the members to mark and the list of items on page 1', () => {
    const layout = layoutOf('agenda');
    expect(pageNumbers(layout)).toEqual(expectedNumbers(layout.pages.length));
    expect(layout.pages).toHaveLength(9 + 2);
    const lines = pageLines(layout, 1);
    expect(lines).toContain('Kokousaika 23.1.2024 klo 18.00');
    expect(lines.some((line) => line.startsWith('Anna Keronen puheenjohtaja Pekka Laine'))).toBe(true);
    const list = lines.findIndex((line) => line.startsWith('Käsiteltävät asiat'));
    expect(lines.slice(list, list + 8)).toEqual([
      'Käsiteltävät asiat 1 Kokouksen avaus',
      '2 Kokouksen laillisuus ja päätösvaltaisuus',
      '3 Pöytäkirjan tarkastajien valinta',
      '4 Työjärjestyksen hyväksyminen',
      '5 Kehittämishankkeiden ajankohtaiskatsaus 2024',
      '6 Lukuvuoden 2024–2025 työ- ja loma-ajat',
      '7 Koulukuljetusten hankinta',
      '8 Ilmoitusasiat',
    ]);
    const headers = headerLines(layout);
    expect(headers.every((line) => line.includes('ESITYSLISTA 1/2024'))).toBe(true);
    expect(pageLines(layout, headers.findIndex((line) => line.includes('Asianro 6 ')) + 1)[0]).toBe('Asianro 6 Lukuvuoden 2024–2025 työ- ja loma-ajat');
  });

  it('prints the extract under PÖYTÄKIRJANOTE with its certification', () => {
    const layout = layoutOf('extract');
    expect(pageNumbers(layout)).toEqual(expectedNumbers(layout.pages.length));
    expect(headerLines(layout).every((line) => /^Kokkolan kaupunki PÖYTÄKIRJANOTE § 6 \d+ \(\d+\)$/u.test(line)), headerLines(layout).join(' | ')).toBe(true);
    const text = bodyText(layout);
    expect(text).toContain('Otteen oikeaksi todistaa 29.1.2024');
    expect(text).toContain('Jaa: Walls, Rantanen, Lahti, Lindqvist, Peltonen, Ström');
  });
});
