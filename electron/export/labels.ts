// The document's fixed words. Part labels come from the shared Finnish vocabulary (the editor shows
// the same words); the few words only the printed document uses are here.
import { items } from '../../shared/i18n/fi/items';

export const docLabels = {
  ...items.parts,
  agenda: 'ESITYSLISTA',
  minutes: 'PÖYTÄKIRJA',
  summary: 'HANKEYHTEENVETO',
  agendaNumber: 'Asianro',
  confidentialWhole: 'Salassa pidettävä',
  confidentialPart: 'Osittain salassa pidettävä',
  phone: 'puh.',
  summaryTitle: items.defaults.summaryTitle,
  runningOn: 'Käynnissä',
  areas: 'Vastuualueet',
  total: 'Yhteensä',
} as const;
