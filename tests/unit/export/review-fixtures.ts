// A small item in review for the review copy's tests: three versions by the secretary, two open
// comments by the director (one with a reply), one resolved comment, one detached comment.
import type { AgendaItem } from '../../../shared/domain/item';
import type { Actor, ItemComment } from '../../../shared/domain/review';
import type { RichDoc, RichMark, RichNode } from '../../../shared/domain/rich-text';
import { seedAgendaItem } from '../../../shared/demo/seed-item';
import type { ReviewCopyExportInput, ReviewVersion } from '../../../electron/export';
import { preparers, settingsWith } from './fixtures';

export const secretary: Actor = { personId: 'p-liisa', name: 'Liisa Laatija' };
export const director: Actor = { personId: 'p-mikko', name: 'Mikko Saari' };

const comment = (id: string): RichMark => ({ type: 'comment', attrs: { id } });
const t = (text: string, marks?: RichMark[]): RichNode => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const points = (...items: RichNode[][]): RichNode => ({ type: 'orderedList', content: items.map((content) => ({ type: 'listItem', content: [p(...content)] })) });
const doc = (...content: RichNode[]): RichDoc => ({ type: 'doc', content });

/** Version 1: the first draft. */
function v1(): AgendaItem {
  const seed = seedAgendaItem();
  return {
    ...seed,
    id: 'item-review-1',
    title: 'Perusopetuksen kerhotoiminta 2024',
    decision: null,
    background: doc(
      p(t('Kerhotoimintaa järjestetään kaikissa kouluissa.')),
      p(t('Avustusta haetaan '), t('Opetushallitukselta', [{ type: 'link', attrs: { href: 'https://www.oph.fi/' } }]), t(' keväällä.')),
      p(t('Tämä kappale poistetaan myöhemmin.')),
      p(t('Kerhoja on kymmenen.')),
    ),
    proposal: doc(p(t('Lautakunta päättää')), points([t('hyväksyä kerhosuunnitelman')], [t('merkitä tiedoksi avustuksen')])),
  };
}

/** Version 2 (the secretary): a word made bold (no text change), a paragraph removed, a point changed. */
function v2(): AgendaItem {
  const item = v1();
  return {
    ...item,
    background: doc(
      p(t('Kerhotoimintaa järjestetään '), t('kaikissa', [{ type: 'bold' }]), t(' kouluissa.')),
      p(t('Avustusta haetaan '), t('Opetushallitukselta', [{ type: 'link', attrs: { href: 'https://www.oph.fi/' } }]), t(' keväällä.')),
      p(t('Kerhoja on kymmenen.')),
    ),
    proposal: doc(p(t('Lautakunta päättää')), points([t('hyväksyä kerhosuunnitelman')], [t('merkitä tiedoksi haettavan avustuksen')])),
  };
}

/** Version 3 (the exported one, by another preparer): more edits, a new paragraph and point, and the director's comment marks. */
export function v3(): AgendaItem {
  const item = v2();
  return {
    ...item,
    title: 'Perusopetuksen kerhotoiminta lukuvuonna 2024',
    background: doc(
      p(t('Kerhotoimintaa järjestetään '), t('kaikissa', [{ type: 'bold' }]), t(' alakouluissa.')),
      p(t('Avustusta haetaan '), t('Opetushallitukselta', [{ type: 'link', attrs: { href: 'https://www.oph.fi/' } }, comment('c-link')]), t(' syksyllä', [{ type: 'italic' }]), t('.')),
      p(t('Kerhoja on kymmenen.')),
      p(t('Uusi kappale kerhojen ohjaajista.')),
    ),
    proposal: doc(
      p(t('Lautakunta päättää')),
      points([t('hyväksyä '), t('kerhosuunnitelman', [comment('c-plan')])], [t('merkitä tiedoksi haettavan avustuksen')], [t('antaa tiedoksi kouluille')]),
    ),
  };
}

const at = (day: number, hour: number) => `2024-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

export function versions(): { from: ReviewVersion; between: ReviewVersion[] } {
  return {
    from: { version: 1, item: v1(), author: secretary, at: at(8, 9) },
    between: [
      { version: 2, item: v2(), author: secretary, at: at(9, 10) },
      { version: 3, item: v3(), author: { personId: 'p-olli', name: 'Olli Oikoja' }, at: at(10, 11) },
    ],
  };
}

function itemComment(id: string, field: ItemComment['field'], quote: string, body: string, author: Actor, createdAt: string, extra: Partial<ItemComment> = {}): ItemComment {
  return { id, itemId: 'item-review-1', parentId: null, field, quote, body, author, createdAt, resolvedAt: null, resolvedBy: null, detached: false, source: 'app', updatedAt: createdAt, ...extra };
}

export function comments(): ItemComment[] {
  return [
    itemComment('c-plan', 'proposal', 'kerhosuunnitelman', 'Liitetäänkö suunnitelma?\nToinen rivi.', director, at(11, 9)),
    itemComment('c-reply', 'proposal', '', 'Liitetään, lisään liitteen.', secretary, at(11, 10), { parentId: 'c-plan' }),
    itemComment('c-link', 'background', 'Opetushallitukselta', 'Tarkista haun aikataulu.', director, at(11, 8)),
    itemComment('c-title', 'title', 'lukuvuonna', 'Lukuvuosi vai kalenterivuosi?', director, at(11, 7)),
    itemComment('c-gone', 'background', 'Tämä kappale poistetaan', 'Miksi tämä poistettiin?', director, at(11, 6), { detached: true }),
    itemComment('c-done', 'background', 'kaikissa', 'Selvä.', director, at(11, 5), { resolvedAt: at(11, 12), resolvedBy: secretary }),
  ];
}

export function reviewInput(overrides: Partial<ReviewCopyExportInput> = {}): ReviewCopyExportInput {
  return {
    item: v3(),
    preparers,
    settings: { ...settingsWith('classic'), organisation: 'Esimerkin kaupunki' },
    documentDate: '2024-01-23',
    author: 'Esimerkin kaupunki',
    version: 3,
    comments: comments(),
    changes: versions(),
    ...overrides,
  };
}
