import { describe, expect, it } from 'vitest';
import { sectionOutcomes } from '../../../shared/domain/meeting';
import { poolOutcomes } from '../../../shared/domain/meeting';
import { quorum, quorumOf, sectionOrderOf } from '../../../shared/domain/meeting-rules';
import { richToPlainText } from '../../../shared/domain/rich-text';
import { approvalLine, bodySubject, checkersDecision, legalityDecision, legalityLine, numberElative, openingDecision, outcomeDecision } from '../../../shared/format/meeting-decisions';
import { makeMeeting, makeSections, member, withAttendees } from './fixture';

const plain = (doc: Parameters<typeof richToPlainText>[0] | null) => (doc === null ? null : richToPlainText(doc).trim());

describe('the legality §', () => {
  it('is written from the quorum at the opening', () => {
    const meeting = withAttendees(makeMeeting(), member(7, 'absent'), member(8, 'absent'));
    expect(legalityLine(quorum(meeting, sectionOrderOf(makeSections()), null))).toBe(
      'Puheenjohtaja totesi kokouksen laillisesti koolle kutsutuksi ja päätösvaltaiseksi, koska paikalla oli 7 jäsentä 9:stä.',
    );
    expect(plain(legalityDecision(quorumOf(7, 9)))).toBe('Puheenjohtaja totesi kokouksen laillisesti koolle kutsutuksi ja päätösvaltaiseksi, koska paikalla oli 7 jäsentä 9:stä.');
  });

  it('says so when the meeting has no quorum', () => {
    expect(legalityLine(quorumOf(4, 9))).toBe('Kokous ei ollut päätösvaltainen: paikalla oli 4 jäsentä 9:stä.');
    expect(legalityLine(quorumOf(1, 2))).toBe('Kokous ei ollut päätösvaltainen: paikalla oli 1 jäsen 2:sta.');
  });

  it('writes the elative of the seats as Finnish reads the number', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 20, 21, 100, 1000].map(numberElative)).toEqual([
      '1:stä', '2:sta', '3:sta', '4:stä', '5:stä', '6:sta', '7:stä', '8:sta', '9:stä', '10:stä', '11:stä', '12:sta', '13:sta', '15:stä', '20:stä', '21:stä', '100:sta', '1000:sta',
    ]);
  });
});

describe('decision texts', () => {
  it('opens the meeting at its start time', () => {
    expect(plain(openingDecision('18.00'))).toBe('Puheenjohtaja avasi kokouksen klo 18.00.');
    expect(plain(openingDecision('8:05'))).toBe('Puheenjohtaja avasi kokouksen klo 8.05.');
    expect(plain(openingDecision(''))).toBe('Puheenjohtaja avasi kokouksen.');
  });

  it('records the checkers chosen', () => {
    expect(plain(checkersDecision(['Walls', 'Saikkonen']))).toBe('Pöytäkirjan tarkastajiksi valittiin Walls ja Saikkonen.');
  });

  it('writes the outcomes that leave the item undecided, and none for the approvals', () => {
    expect(plain(outcomeDecision('pantiin_poydalle', 'Sivistyslautakunta'))).toBe('Lautakunta päätti panna asian pöydälle.');
    expect(plain(outcomeDecision('palautettiin_valmisteluun', 'Sivistyslautakunta'))).toBe('Lautakunta päätti palauttaa asian valmisteluun.');
    expect(plain(outcomeDecision('poistettiin_esityslistalta', 'Sivistyslautakunta'))).toBe('Asia poistettiin esityslistalta.');
    expect(plain(outcomeDecision('merkittiin_tiedoksi', 'Kaupunginhallitus'))).toBe('Kaupunginhallitus merkitsi asian tiedoksi.');
    expect(outcomeDecision('hyvaksytty', 'Sivistyslautakunta')).toBeNull();
    for (const outcome of poolOutcomes) expect(outcomeDecision(outcome, 'Sivistyslautakunta')).not.toBeNull();
    expect(sectionOutcomes.filter((outcome) => outcomeDecision(outcome, 'x') === null)).toEqual(['hyvaksytty', 'hyvaksytty_muutettuna']);
  });

  it('writes an approval unanimous without a vote and with the figures after one', () => {
    expect(approvalLine('Sivistyslautakunta', null)).toBe('Lautakunta hyväksyi päätösehdotuksen yksimielisesti.');
    expect(approvalLine('Sivistyslautakunta', { jaa: 6, ei: 3, winner: 'jaa' })).toBe('Lautakunta hyväksyi päätösehdotuksen äänin 6–3.');
    expect(approvalLine('Sivistyslautakunta', { jaa: 4, ei: 5, winner: 'ei' })).toBe('Lautakunta hyväksyi vastaehdotuksen äänin 5–4.');
  });

  it('names a lautakunta "Lautakunta" and other bodies by their name', () => {
    expect(bodySubject('Sivistyslautakunta')).toBe('Lautakunta');
    expect(bodySubject('Kasvatus- ja opetuslautakunta')).toBe('Lautakunta');
    expect(bodySubject('Opetusjaosto')).toBe('Jaosto');
    expect(bodySubject('kaupunginhallitus')).toBe('Kaupunginhallitus');
    expect(bodySubject('')).toBe('Lautakunta');
  });
});
