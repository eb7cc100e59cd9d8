// Inputs shared by the export tests: the seed item and the demo register (27 running on 1.1.2024).
import type { Person } from '../../../shared/domain/item';
import type { RichDoc, RichMark, RichNode } from '../../../shared/domain/rich-text';
import type { Project } from '../../../shared/domain/project';
import { defaultSettings } from '../../../shared/domain/settings';
import type { OrganisationSettings } from '../../../shared/domain/settings';
import { demoProjects } from '../../../shared/demo/projects';
import { seedAgendaItem, seedPreparer } from '../../../shared/demo/seed-item';
import type { AgendaExportKind, AgendaItemExportInput } from '../../../electron/export';

export function demoProjectList(): Project[] {
  return demoProjects.map(({ id, input }) => ({ ...input, id, isSample: true, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' }));
}

export function settingsWith(layout: OrganisationSettings['layout']): OrganisationSettings {
  return { ...defaultSettings, layout };
}

export const preparers: Person[] = [{ ...seedPreparer(), role: null, deputyPresenter: false, updatedAt: '2024-01-01T00:00:00.000Z' }];

export function seedInput(kind: AgendaExportKind, layout: OrganisationSettings['layout'] = 'classic'): AgendaItemExportInput {
  return { item: seedAgendaItem(), preparers, settings: settingsWith(layout), kind, documentDate: '2024-01-23', author: 'Maria Esimerkki' };
}

const t = (text: string, marks?: RichMark[]): RichNode => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const p = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const cellOf = (type: 'tableHeader' | 'tableCell', text: string): RichNode => ({ type, content: [p(t(text))] });

/** A table in the editor's JSON: a header row of tableHeader cells, then data rows. */
export function richTable(header: string[], rows: string[][]): RichNode {
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: header.map((text) => cellOf('tableHeader', text)) },
      ...rows.map((row) => ({ type: 'tableRow' as const, content: row.map((text) => cellOf('tableCell', text)) })),
    ],
  };
}

/** Every node and mark of the vocabulary at least once. */
export function richSampler(): RichDoc {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [t('Taustaa')] },
      p(t('Lihavoitu', [{ type: 'bold' }]), t(' ja '), t('kursivoitu', [{ type: 'italic' }, { type: 'comment', attrs: { id: 'c1' } }]), t(' ja '), t('alleviivattu', [{ type: 'underline' }]), t('.')),
      p(t('Linkki: '), t('Opetushallitus', [{ type: 'link', attrs: { href: 'https://www.oph.fi/' } }]), { type: 'hardBreak' }, t('toinen rivi')),
      { type: 'heading', attrs: { level: 2 }, content: [t('Alaotsikko')] },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(t('ensimmäinen luettelokohta')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('sisäkkäinen kohta'))] }] }] },
          { type: 'listItem', content: [p(t('toinen luettelokohta'))] },
        ],
      },
      { type: 'orderedList', content: [{ type: 'listItem', content: [p(t('numeroitu yksi'))] }, { type: 'listItem', content: [p(t('numeroitu kaksi'))] }] },
      richTable(['Vastuualue', 'Hankkeita'], [['Varhaiskasvatus', '7'], ['Perusopetus', '10']]),
      p(t('Käynnissä '), { type: 'liveValue', attrs: { metric: 'runningProjectCount', activeOn: '2024-01-01', areas: [], frozenText: '26', text: '27' } }, t(' hanketta.')),
    ],
  };
}

/** The seed item with a background long enough for three pages: headings, lists, a 40-row table. */
export function longItemInput(kind: AgendaExportKind = 'minutes'): AgendaItemExportInput {
  const input = seedInput(kind);
  const seed = input.item.background.content;
  const rows = Array.from({ length: 40 }, (_, index) => [`Hanke ${index + 1}`, index % 2 ? 'OKM' : 'OPH', `${(index + 1) * 1000} €`]);
  const background: RichDoc = {
    type: 'doc',
    content: [...richSampler().content, ...seed, richTable(['Hanke', 'Rahoittaja', 'Myönnetty'], rows), ...seed, ...seed],
  };
  return { ...input, item: { ...input.item, title: 'Pitkä esimerkkiasia', background } };
}
