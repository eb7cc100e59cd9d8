// The minutes' appeal instructions, as municipalities print them: each distinct instruction once,
// headed by the §§ it applies to ("§§ 1–4, 6, 8: Muutoksenhakukielto").
import type { AppealText } from '../../shared/domain/appeal';
import { comparableRichDoc } from '../../shared/domain/draft-changes';
import { poolOutcomes } from '../../shared/domain/meeting';
import { hasPrintableText } from '../../shared/domain/rich-text';
import type { RichDoc } from '../../shared/domain/rich-text';
import { meetingDocuments as words } from '../../shared/i18n/fi/meeting-documents';
import type { MeetingDocumentSection } from './meeting-types';

export interface AppealGroup {
  /** "Muutoksenhakukielto": the standard text's name, else its kind's word. */
  name: string;
  /** The §§ it applies to, ascending. */
  sectionNumbers: number[];
  text: RichDoc;
}

/** "§ 5", "§§ 1–4, 6, 8": consecutive numbers as a range. */
export function sectionsText(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const number of sorted) {
    const last = runs.at(-1);
    if (last && number === last[1] + 1) last[1] = number;
    else runs.push([number, number]);
  }
  const parts = runs.map(([from, to]) => (from === to ? String(from) : `${String(from)}–${String(to)}`));
  if (sorted.length === 1) return words.oneSection.replace('{{number}}', parts.join(''));
  return words.manySections.replace('{{numbers}}', parts.join(', '));
}

/**
 * The instruction that applies to a §: a tabled, returned or removed item was not decided, so the
 * body's "no appeal" text applies (a preparatory decision, KuntaL 136 §) when the body has one;
 * otherwise the text the item carries.
 */
export function sectionAppeal(section: Pick<MeetingDocumentSection, 'outcome' | 'item'>, appealTexts: readonly AppealText[]): { textId: string | null; text: RichDoc } {
  if (section.outcome !== null && poolOutcomes.includes(section.outcome)) {
    const none = [...appealTexts].sort((a, b) => a.sortOrder - b.sortOrder).find((text) => text.kind === 'ei_muutoksenhakua');
    if (none) return { textId: none.id, text: none.text };
  }
  return section.item.appeal;
}

function nameOf(textId: string | null, text: RichDoc, appealTexts: readonly AppealText[]): string {
  const key = JSON.stringify(comparableRichDoc(text));
  const standard = appealTexts.find((candidate) => candidate.id === textId) ?? appealTexts.find((candidate) => JSON.stringify(comparableRichDoc(candidate.text)) === key);
  return standard ? standard.name.trim() || words.appealKind[standard.kind] : words.appealKind.muu;
}

/** The groups in the order of their first §; a § without a printable instruction is in none. */
export function appealGroups(sections: readonly MeetingDocumentSection[], appealTexts: readonly AppealText[]): AppealGroup[] {
  const groups = new Map<string, AppealGroup>();
  for (const section of sections) {
    if (section.sectionNumber === null) continue;
    const { textId, text } = sectionAppeal(section, appealTexts);
    if (!hasPrintableText(text.content)) continue;
    // Copies of one standard text compare equal whatever their ids: the reader sees one instruction.
    const key = JSON.stringify(comparableRichDoc(text));
    const group = groups.get(key);
    if (group) group.sectionNumbers.push(section.sectionNumber);
    else groups.set(key, { name: nameOf(textId, text, appealTexts), sectionNumbers: [section.sectionNumber], text });
  }
  return [...groups.values()]
    .map((group) => ({ ...group, sectionNumbers: [...group.sectionNumbers].sort((a, b) => a - b) }))
    .sort((a, b) => (a.sectionNumbers[0] ?? 0) - (b.sectionNumbers[0] ?? 0));
}
