import { describe, expect, it } from 'vitest';
import { appealPreset } from '../../../shared/domain/appeal-presets';
import { standardItemKinds } from '../../../shared/domain/meeting';
import type { StandardItemKind } from '../../../shared/domain/meeting';
import { proposalAsDecision } from '../../../shared/domain/resolution';
import { richToPlainText } from '../../../shared/domain/rich-text';
import { missingStandardKinds, ordinaryItemPosition, standardDecision, standardItemPosition, standardItemTemplate } from '../../../shared/domain/standard-items';
import { quorumOf } from '../../../shared/domain/meeting-rules';

const plain = (doc: Parameters<typeof richToPlainText>[0] | null) => (doc === null ? null : richToPlainText(doc).trim());

describe('standard item templates', () => {
  it('has the seven items with their Finnish titles in canonical order', () => {
    expect(standardItemKinds.map((kind) => standardItemTemplate(kind, 'Sivistyslautakunta').title)).toEqual([
      'Kokouksen avaus',
      'Kokouksen laillisuus ja päätösvaltaisuus',
      'Pöytäkirjan tarkastajien valinta',
      'Työjärjestyksen hyväksyminen',
      'Ilmoitusasiat',
      'Viranhaltijapäätökset',
      'Muut asiat',
    ]);
  });

  it('proposes what minutes usually say', () => {
    const proposal = (kind: StandardItemKind) => plain(standardItemTemplate(kind, 'Sivistyslautakunta').proposal);
    expect(proposal('avaus')).toBe('Puheenjohtaja avaa kokouksen.');
    expect(proposal('laillisuus')).toBe('Kokous todetaan laillisesti koolle kutsutuksi ja päätösvaltaiseksi.');
    expect(proposal('tarkastajat')).toBe('Pöytäkirjan tarkastajiksi valitaan … ja …');
    expect(proposal('tyojarjestys')).toBe('Lautakunta hyväksyy esityslistan kokouksen työjärjestykseksi.');
    expect(proposal('ilmoitusasiat')).toBe('Lautakunta merkitsee ilmoitusasiat tiedoksi.');
    expect(proposal('viranhaltijapaatokset')).toBe('Lautakunta merkitsee viranhaltijapäätökset tiedoksi. Otto-oikeutta ei käytetä.');
    expect(plain(standardItemTemplate('viranhaltijapaatokset', 'Sivistyslautakunta').background)).toContain('otto-oikeus, kuntalaki 92 §');
    expect(plain(standardItemTemplate('laillisuus', 'x').background)).toContain('kuntalaki 103 §');
  });

  it('is not appealable (KuntaL 136 §) and points at the body’s stored no-appeal text', () => {
    for (const kind of standardItemKinds) {
      const template = standardItemTemplate(kind, 'Sivistyslautakunta');
      expect(template.appealKind).toBe('ei_muutoksenhakua');
      expect(appealPreset(template.appealTextId)?.kind).toBe('ei_muutoksenhakua');
    }
  });

  it('records the decision: opening time, quorum, checkers; the template’s or the proposal in the past tense otherwise', () => {
    const context = { bodyName: 'Sivistyslautakunta', startTime: '18.00', quorum: quorumOf(8, 9), checkerNames: ['Walls', 'Saikkonen'] };
    expect(plain(standardDecision('avaus', context))).toBe('Puheenjohtaja avasi kokouksen klo 18.00.');
    expect(plain(standardDecision('laillisuus', context))).toBe('Puheenjohtaja totesi kokouksen laillisesti koolle kutsutuksi ja päätösvaltaiseksi, koska paikalla oli 8 jäsentä 9:stä.');
    expect(plain(standardDecision('tarkastajat', context))).toBe('Pöytäkirjan tarkastajiksi valittiin Walls ja Saikkonen.');
    expect(standardDecision('tarkastajat', { ...context, checkerNames: [] })).toBeNull();
    expect(plain(standardDecision('viranhaltijapaatokset', context))).toBe('Lautakunta merkitsi viranhaltijapäätökset tiedoksi. Otto-oikeutta ei käytetty.');
    expect(standardDecision('tyojarjestys', context)).toBeNull();
    expect(plain(proposalAsDecision(standardItemTemplate('tyojarjestys', 'Sivistyslautakunta').proposal))).toBe('Lautakunta hyväksyi esityslistan kokouksen työjärjestykseksi.');
    expect(plain(proposalAsDecision(standardItemTemplate('ilmoitusasiat', 'Sivistyslautakunta').proposal))).toBe('Lautakunta merkitsi ilmoitusasiat tiedoksi.');
  });
});

describe('placing standard items on the agenda', () => {
  /** Adds the kinds one by one as the service does, returning the agenda's kinds (null: an ordinary item). */
  function addAll(agenda: (StandardItemKind | null)[], kinds: readonly StandardItemKind[]): (StandardItemKind | null)[] {
    const result = [...agenda];
    for (const kind of kinds) result.splice(standardItemPosition(result, kind), 0, kind);
    return result;
  }

  it('puts the formal items first in canonical order and Muut asiat last around existing items', () => {
    expect(addAll([null, null], missingStandardKinds([null, null]))).toEqual([
      'avaus', 'laillisuus', 'tarkastajat', 'tyojarjestys', 'ilmoitusasiat', 'viranhaltijapaatokset', null, null, 'muut_asiat',
    ]);
  });

  it('adds a missing one where it belongs among those already there', () => {
    const agenda: (StandardItemKind | null)[] = ['avaus', 'tarkastajat', null, 'muut_asiat'];
    expect(missingStandardKinds(agenda)).toEqual(['laillisuus', 'tyojarjestys', 'ilmoitusasiat', 'viranhaltijapaatokset']);
    expect(standardItemPosition(agenda, 'laillisuus')).toBe(1);
    expect(standardItemPosition(agenda, 'tyojarjestys')).toBe(2);
    expect(standardItemPosition([null], 'avaus')).toBe(0);
  });

  it('adds an ordinary item before Muut asiat', () => {
    expect(ordinaryItemPosition(['avaus', null, 'muut_asiat'])).toBe(2);
    expect(ordinaryItemPosition(['avaus', null])).toBe(2);
    expect(ordinaryItemPosition([])).toBe(0);
  });
});
