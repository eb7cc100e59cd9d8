// Starting points for a new item. 'projectReview' is the seed's yearly review of development
// projects, pre-filled so that the secretary only updates what changed since last year. Its year
// comes from the meeting it is written for (or the year the user gives), never from the
// computer's clock: a 2024 item written in 2026 said "…2026" and "0 kehittämishanketta".
import type { ItemAppeal } from '../../../shared/domain/appeal';
import type { ItemDraft } from '../../../shared/domain/item-schema';
import { emptyDoc } from '../../../shared/domain/rich-text';
import type { LiveValueAttrs, RichDoc, RichNode } from '../../../shared/domain/rich-text';
import { openingWithPoints } from '../../../shared/domain/rich-text-build';
import type { OrganisationSettings } from '../../../shared/domain/settings';
import { fi } from '../../../shared/i18n/fi';
import type { ItemTemplate } from './items-types';

const paragraph = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const text = (value: string): RichNode => ({ type: 'text', text: value });

export function liveValueNode(attrs: Omit<LiveValueAttrs, 'frozenText' | 'text'>): RichNode {
  return { type: 'liveValue', attrs: { ...attrs, frozenText: null, text: '' } };
}

export interface TemplateContext {
  settings: OrganisationSettings;
  /** The meeting the item is written for, if known. */
  meetingDate: string | null;
  /** The year the item is about: the meeting's, or the one the user gave. */
  year: number | null;
  /** The appeal texts the template picks, as the body keeps them now. */
  appeal: { default: ItemAppeal; noAppeal: ItemAppeal };
}

function baseDraft({ settings, meetingDate, appeal }: TemplateContext): ItemDraft {
  return {
    title: fi.items.defaults.newTitle,
    titleSv: '',
    caseNumber: '',
    earlierHandling: '',
    bodyName: settings.bodyName,
    meetingDate,
    meetingNumber: '',
    agendaNumber: null,
    sectionNumber: null,
    preparerIds: [],
    background: emptyDoc(),
    attachments: [],
    supplementary: [],
    presenterTitle: settings.presenterTitle,
    presenterName: settings.presenterName,
    proposal: openingWithPoints(fi.items.defaults.proposalOpening, []),
    proposalSv: null,
    decision: null,
    decisionSv: null,
    forInformation: [],
    implementation: [],
    appeal: appeal.default,
    publicity: { kind: 'public' },
    yearToCheck: null,
  };
}

function reviewBackground(year: number, activeOn: string): RichDoc {
  return {
    type: 'doc',
    content: [
      paragraph(
        text(
          'Aktiivinen hanketoiminta Kokkolan varhaiskasvatus- ja opetuspalveluissa on strateginen valinta, jolla suunnataan vastuualueiden kehittämistä ja hankitaan resursseja kehittämistyöhön.',
        ),
      ),
      paragraph(
        text(`Varhaiskasvatuksessa, opetuksessa ja Kokkolan seudun opistossa käynnissä vuoden ${year} alkaessa yhteensä `),
        liveValueNode({ metric: 'runningProjectCount', activeOn, areas: [] }),
        text(' kehittämishanketta. '),
      ),
      paragraph(text(`${fi.items.defaults.summaryTitle} on oheismateriaalina.`)),
    ],
  };
}

/** The template's draft; 'projectReview' needs its year (the service refuses to guess it). */
export function templateDraft(template: ItemTemplate, context: TemplateContext, newId: () => string): ItemDraft {
  const base = baseDraft(context);
  if (template === 'empty') return base;
  const year = context.year ?? Number(context.meetingDate?.slice(0, 4));
  const activeOn = `${String(year)}-01-01`;
  return {
    ...base,
    title: `Kehittämishankkeiden ajankohtaiskatsaus ${String(year)}`,
    background: reviewBackground(year, activeOn),
    supplementary: [{ id: newId(), title: fi.items.defaults.summaryTitle, source: { kind: 'projectSummary', summary: { activeOn, areas: [] } } }],
    proposal: openingWithPoints(fi.items.defaults.proposalOpening, [
      `merkitä kehittämishankkeiden ajankohtaiskatsauksen ${String(year)} tiedoksi`,
      'lähettää asian tiedoksi kaupunginhallitukselle ja tarkastuslautakunnalle',
    ]),
    forInformation: ['Kaupunginhallitus', 'Tarkastuslautakunta'],
    appeal: context.appeal.noAppeal,
  };
}
