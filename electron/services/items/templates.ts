// Starting points for a new item. 'projectReview' is the seed's yearly review of development
// projects, pre-filled so that the secretary only updates what changed since last year.
import { randomUUID } from 'node:crypto';
import type { ItemDraft } from '../../../shared/domain/item-schema';
import { emptyDoc } from '../../../shared/domain/rich-text';
import type { LiveValueAttrs, RichDoc, RichNode } from '../../../shared/domain/rich-text';
import type { OrganisationSettings } from '../../../shared/domain/settings';
import { fi } from '../../../shared/i18n/fi';
import type { ItemTemplate } from './items-types';

const paragraph = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const text = (value: string): RichNode => ({ type: 'text', text: value });

export function liveValueNode(attrs: Omit<LiveValueAttrs, 'frozenText' | 'text'>): RichNode {
  return { type: 'liveValue', attrs: { ...attrs, frozenText: null, text: '' } };
}

function baseDraft(settings: OrganisationSettings): ItemDraft {
  return {
    title: fi.items.defaults.newTitle,
    titleSv: '',
    caseNumber: '',
    earlierHandling: '',
    bodyName: settings.bodyName,
    meetingDate: null,
    meetingNumber: '',
    agendaNumber: null,
    sectionNumber: null,
    preparerIds: [],
    background: emptyDoc(),
    attachments: [],
    supplementary: [],
    presenterTitle: settings.presenterTitle,
    presenterName: settings.presenterName,
    proposal: { opening: fi.items.defaults.proposalOpening, openingSv: '', points: [] },
    decision: null,
    forInformation: [],
    implementation: [],
    appeal: 'oikaisuvaatimus',
    publicity: { kind: 'public' },
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

export function templateDraft(template: ItemTemplate, settings: OrganisationSettings, today: string): ItemDraft {
  const base = baseDraft(settings);
  if (template === 'empty') return base;
  const year = Number(today.slice(0, 4));
  const activeOn = `${year}-01-01`;
  return {
    ...base,
    title: `Kehittämishankkeiden ajankohtaiskatsaus ${year}`,
    background: reviewBackground(year, activeOn),
    supplementary: [{ id: randomUUID(), title: fi.items.defaults.summaryTitle, source: { kind: 'projectSummary', summary: { activeOn, areas: [] } } }],
    proposal: {
      opening: fi.items.defaults.proposalOpening,
      openingSv: '',
      points: [
        { id: randomUUID(), text: `merkitä kehittämishankkeiden ajankohtaiskatsauksen ${year} tiedoksi`, textSv: '' },
        { id: randomUUID(), text: 'lähettää asian tiedoksi kaupunginhallitukselle ja tarkastuslautakunnalle', textSv: '' },
      ],
    },
    forInformation: ['Kaupunginhallitus', 'Tarkastuslautakunta'],
    appeal: 'ei_muutoksenhakua',
  };
}
