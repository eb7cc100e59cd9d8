// The document's fixed words. Part labels and the agenda item's page words come from the shared
// Finnish vocabulary (the editor and its preview show the same words); the summary's own are here.
import { items } from '../../shared/i18n/fi/items';

export const docLabels = {
  ...items.parts,
  ...items.document,
  summary: 'HANKEYHTEENVETO',
  summaryTitle: items.defaults.summaryTitle,
  runningOn: 'Käynnissä',
  areas: 'Vastuualueet',
  total: 'Yhteensä',
} as const;
