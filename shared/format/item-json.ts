// An agenda item as the item file (shared/domain/item-json.ts) that `pykala item show` prints.
import type { AppealText } from '../domain/appeal';
import type { AgendaItem, Person } from '../domain/item';
import type { AppealJson, ItemJson } from '../domain/item-json';
import { backgroundToJson, plainTextOf, resolutionToJson, richObjectOf, sameRichText } from './item-json-texts';

function appealToJson(item: AgendaItem, appealTexts: readonly AppealText[]): AppealJson {
  const { textId, text } = item.appeal;
  const standard = appealTexts.find((candidate) => candidate.id === textId);
  // The standard text as the body keeps it now: its id says it all.
  if (standard && sameRichText(standard.text, text)) return standard.id;
  const id = textId === null ? {} : { id: textId };
  const plain = plainTextOf(text);
  return plain === null ? { ...id, ...richObjectOf(text) } : { ...id, text: plain };
}

export function itemToJson(item: AgendaItem, people: readonly Person[], appealTexts: readonly AppealText[]): ItemJson {
  const preparers = item.preparerIds
    .map((id) => people.find((person) => person.id === id))
    .filter((person): person is Person => person !== undefined)
    .map(({ name, title, phone, email }) => ({ name, title, phone, email }));
  return {
    id: item.id,
    status: item.status,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    title: item.title,
    titleSv: item.titleSv,
    caseNumber: item.caseNumber,
    earlierHandling: item.earlierHandling,
    bodyName: item.bodyName,
    meetingDate: item.meetingDate,
    meetingNumber: item.meetingNumber,
    agendaNumber: item.agendaNumber,
    sectionNumber: item.sectionNumber,
    preparers,
    presenter: { title: item.presenterTitle, name: item.presenterName },
    background: backgroundToJson(item.background),
    // The rows of an approved summary are the service's own: a new draft follows the register.
    attachments: item.attachments.map(withoutFrozenRows),
    supplementary: item.supplementary.map(withoutFrozenRows),
    proposal: resolutionToJson(item.proposal),
    proposalSv: item.proposalSv === null ? null : resolutionToJson(item.proposalSv),
    decision: item.decision === null ? null : resolutionToJson(item.decision),
    decisionSv: item.decisionSv === null ? null : resolutionToJson(item.decisionSv),
    forInformation: item.forInformation,
    implementation: item.implementation,
    appeal: appealToJson(item, appealTexts),
    publicity: item.publicity,
    yearToCheck: item.yearToCheck,
  };
}

function withoutFrozenRows(ref: AgendaItem['attachments'][number]): AgendaItem['attachments'][number] {
  if (ref.source.kind !== 'projectSummary') return ref;
  const { activeOn, areas } = ref.source.summary;
  return { ...ref, source: { kind: 'projectSummary', summary: { activeOn, areas } } };
}
