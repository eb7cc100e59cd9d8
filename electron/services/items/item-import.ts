// items:import: an agenda item from one item file (shared/domain/item-json.ts), as `pykala item
// import` sends it. Preparers are matched to the people list by name (and title, when given) or
// added; the appeal names one of the body's texts or brings its own. Everything is checked before
// anything is written, and the new people and the item are written in one transaction: bad input
// changes nothing.
import type { AppealText, ItemAppeal } from '../../../shared/domain/appeal';
import type { AgendaItem, PersonDetails } from '../../../shared/domain/item';
import type { AppealJson, ItemJson, PersonJson } from '../../../shared/domain/item-json';
import type { ItemDraft } from '../../../shared/domain/item-schema';
import { emptyDoc } from '../../../shared/domain/rich-text';
import { docFromPlainText, openingWithPoints } from '../../../shared/domain/rich-text-build';
import { ServiceError } from '../../../shared/errors';
import { backgroundFromJson, resolutionFromJson, richFromObject } from '../../../shared/format/item-json-texts';
import { fi } from '../../../shared/i18n/fi';
import { listAppealTexts } from '../../../db/repositories/appeal-texts-repository';
import { listPeople, savePerson } from '../../../db/repositories/people-repository';
import type { ServiceDeps } from '../service-deps';
import { readOrganisationSettings } from '../settings/settings-service';
import { itemAppealDefaults } from './item-appeal';
import { ItemService } from './item-service';

const fold = (text: string) => text.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('fi-FI');

/** The people list's person of that name (and title, if the file gives one), or null. */
export function matchPerson<P extends PersonDetails>(people: readonly P[], wanted: PersonJson): P | null {
  const named = people.filter((person) => fold(person.name) === fold(wanted.name));
  if (wanted.title.trim() === '') return named[0] ?? null;
  return named.find((person) => fold(person.title) === fold(wanted.title)) ?? null;
}

function appealTextError(id: string): ServiceError {
  return new ServiceError('VALIDATION', `No appeal text ${id}`, [{ path: 'appeal', message: 'items.error.appealTextNotFound' }]);
}

function appealOf(json: AppealJson, texts: readonly AppealText[]): ItemAppeal {
  const standard = (id: string) => {
    const found = texts.find((text) => text.id === id);
    if (!found) throw appealTextError(id);
    return found;
  };
  if (typeof json === 'string') return { textId: json, text: standard(json).text };
  const textId = json.id === undefined ? null : standard(json.id).id;
  return { textId, text: 'text' in json ? docFromPlainText(json.text) : richFromObject(json) };
}

export class ItemImportService {
  constructor(private readonly deps: ServiceDeps) {}

  async importItem(json: ItemJson): Promise<AgendaItem> {
    const { db } = this.deps;
    const [settings, people, texts, defaults] = await Promise.all([readOrganisationSettings(db), listPeople(db), listAppealTexts(db), itemAppealDefaults(db)]);
    const added: PersonDetails[] = [];
    const preparerIds = (json.preparers ?? []).map((wanted) => {
      const found = matchPerson([...people, ...added], wanted);
      if (found) return found.id;
      const person: PersonDetails = { id: this.deps.newId(), name: wanted.name, title: wanted.title, phone: wanted.phone, email: wanted.email };
      added.push(person);
      return person.id;
    });
    const draft: ItemDraft = {
      title: json.title,
      titleSv: json.titleSv ?? '',
      caseNumber: json.caseNumber ?? '',
      earlierHandling: json.earlierHandling ?? '',
      bodyName: json.bodyName ?? settings.bodyName,
      meetingDate: json.meetingDate ?? null,
      meetingNumber: json.meetingNumber ?? '',
      agendaNumber: json.agendaNumber ?? null,
      sectionNumber: json.sectionNumber ?? null,
      preparerIds,
      background: json.background === undefined ? emptyDoc() : backgroundFromJson(json.background),
      attachments: json.attachments ?? [],
      supplementary: json.supplementary ?? [],
      presenterTitle: json.presenter?.title ?? settings.presenterTitle,
      presenterName: json.presenter?.name ?? settings.presenterName,
      proposal: json.proposal === undefined ? openingWithPoints(fi.items.defaults.proposalOpening, []) : resolutionFromJson(json.proposal),
      proposalSv: json.proposalSv == null ? null : resolutionFromJson(json.proposalSv),
      decision: json.decision == null ? null : resolutionFromJson(json.decision),
      decisionSv: json.decisionSv == null ? null : resolutionFromJson(json.decisionSv),
      forInformation: json.forInformation ?? [],
      implementation: json.implementation ?? [],
      appeal: json.appeal === undefined ? defaults.default : appealOf(json.appeal, texts),
      publicity: json.publicity ?? { kind: 'public' },
      yearToCheck: json.yearToCheck ?? null,
    };
    return new ItemService(this.deps).createFromDraft(draft, {
      before: async (trx) => {
        const now = this.deps.now().toISOString();
        for (const person of added) await savePerson(trx, person, now);
      },
    });
  }
}
