// The rules the meeting service takes from the pure domain (branch wt-logic): the body's next §,
// the handling record's validity and the standard items' texts. Kept behind this one module so
// the service reads the same rules as the screens.
import type { Body } from '../../../shared/domain/body';
import type { Meeting, SectionHandling, StandardItemKind } from '../../../shared/domain/meeting';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { docOf, paragraphNode } from '../../../shared/domain/rich-text-build';
import type { FieldIssue } from '../../../shared/ipc/define';

/** The first § of a meeting: after the body's earlier §§ of the year, or the year's start, else 1. */
export function nextSectionNumber(body: Pick<Body, 'sectionStarts'>, year: number, earlierNumbers: readonly number[]): number {
  const start = body.sectionStarts[String(year)] ?? 1;
  return earlierNumbers.length === 0 ? start : Math.max(start, Math.max(...earlierNumbers) + 1);
}

/** What is wrong in a § 's handling record, as field issues (empty when nothing is). */
export function validateHandling(meeting: Meeting, handling: SectionHandling): FieldIssue[] {
  const attendeeIds = new Set(meeting.attendees.map((attendee) => attendee.id));
  const issues: FieldIssue[] = [];
  const known = (path: string, id: string) => {
    if (!attendeeIds.has(id)) issues.push({ path, message: 'meetingService.error.attendeeUnknown' });
  };
  handling.disqualifications.forEach((entry, index) => { known(`handling.disqualifications.${String(index)}.attendeeId`, entry.attendeeId); });
  handling.counterProposals.forEach((entry, index) => {
    known(`handling.counterProposals.${String(index)}.moverId`, entry.moverId);
    entry.seconderIds.forEach((id, at) => { known(`handling.counterProposals.${String(index)}.seconderIds.${String(at)}`, id); });
  });
  handling.votes.forEach((vote, index) => {
    for (const id of Object.keys(vote.votes)) known(`handling.votes.${String(index)}.votes.${id}`, id);
  });
  handling.dissents.forEach((entry, index) => { known(`handling.dissents.${String(index)}.attendeeId`, entry.attendeeId); });
  return issues;
}

export interface StandardItemText {
  title: string;
  proposal: RichDoc;
}

const standardTitles: Record<StandardItemKind, [string, string]> = {
  avaus: ['Kokouksen avaus', 'Puheenjohtaja avaa kokouksen.'],
  laillisuus: ['Kokouksen laillisuus ja päätösvaltaisuus', 'Todetaan kokous laillisesti koolle kutsutuksi ja päätösvaltaiseksi.'],
  tarkastajat: ['Pöytäkirjan tarkastajien valinta', 'Valitaan kaksi pöytäkirjan tarkastajaa.'],
  tyojarjestys: ['Työjärjestyksen hyväksyminen', 'Hyväksytään kokouskutsun mukainen työjärjestys.'],
  ilmoitusasiat: ['Ilmoitusasiat', 'Merkitään ilmoitusasiat tiedoksi.'],
  viranhaltijapaatokset: ['Viranhaltijapäätökset', 'Merkitään viranhaltijapäätökset tiedoksi.'],
  muut_asiat: ['Muut asiat', 'Käsitellään muut esille tulevat asiat.'],
};

export function standardItemText(kind: StandardItemKind): StandardItemText {
  const [title, proposal] = standardTitles[kind];
  return { title, proposal: docOf(paragraphNode(proposal)) };
}
