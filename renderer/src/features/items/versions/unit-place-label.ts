// "kohta 2", "taulukko 1, rivi 3, sarake 2": where a compared unit stands in its field.
// Interim: replaced by the logic helper's formatter once wt-logic is merged.
import type { TFunction } from 'i18next';
import type { ComparedField, UnitPlace } from '../../../../../shared/domain/compare-types';

export function unitPlaceLabel(place: UnitPlace, field: ComparedField, t: TFunction): string {
  const number = place.index.join('.');
  switch (place.kind) {
    case 'title':
      return t(`review.comments.field.${field}`);
    case 'paragraph':
      return `kappale ${number}`;
    case 'heading':
      return `väliotsikko ${number}`;
    case 'listItem':
      return `kohta ${number}`;
    case 'tableCell':
      return `taulukko ${number}, rivi ${String(place.row ?? 0)}, sarake ${String(place.column ?? 0)}`;
  }
}
