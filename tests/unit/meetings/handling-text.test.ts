import { describe, expect, it } from 'vitest';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { defaultVoteMeanings, generateHandlingText, sectionHandlingText } from '../../../shared/format/handling-text';
import { docOf, paragraphNode } from '../../../shared/domain/rich-text-build';
import { event, handling, makeMeeting, makeSections, member, votesOf, withAttendees } from './fixture';

/** Each paragraph as text, a hard line break as "\n". */
function lines(doc: RichDoc | null): string[] {
  return (doc?.content ?? []).map((node) => (node.content ?? []).map((child) => (child.type === 'hardBreak' ? '\n' : (child.text ?? ''))).join(''));
}

const sections = makeSections();

describe('generateHandlingText', () => {
  it('writes a seconded counter-proposal, the vote 6–3 and the names under Jaa and Ei', () => {
    const record = handling({
      counterProposals: [{ id: 'c1', moverId: 'm2', seconderIds: ['m1', 'm3'], text: 'Lautakunta päättää siirtää hankkeen alkamisen syksyyn 2024' }],
      votes: [{ id: 'v1', yesMeans: 'päätösehdotus', noMeans: 'Kerosen vastaehdotus', counterProposalId: 'c1', votes: votesOf('jejjjjeej') }],
    });
    expect(lines(generateHandlingText(makeMeeting(), sections, 's5', record))).toEqual([
      'Keronen teki Wallsin ja Saikkosen kannattamana seuraavan vastaehdotuksen: Lautakunta päättää siirtää hankkeen alkamisen syksyyn 2024.',
      'Puheenjohtaja totesi, että oli tehty kannatettu vastaehdotus, joten asiasta oli äänestettävä.',
      'Puheenjohtaja ehdotti äänestystavaksi nimenhuutoäänestystä siten, että päätösehdotusta kannattavat äänestävät jaa ja Kerosen vastaehdotusta kannattavat ei.',
      'Äänestyksessä annettiin 6 jaa-ääntä ja 3 ei-ääntä. Puheenjohtaja totesi, että lautakunta oli päättänyt päätösehdotuksen mukaisesti.',
      'Jaa:\nWalls\nSaikkonen\nVirtanen\nNiemi\nLaine\nSalo',
      'Ei:\nKeronen\nHeikkilä\nMäki',
    ]);
  });

  it('writes an unseconded counter-proposal as fallen, with no vote', () => {
    const record = handling({ counterProposals: [{ id: 'c1', moverId: 'm2', seconderIds: [], text: 'Asia palautetaan valmisteluun.' }] });
    expect(lines(generateHandlingText(makeMeeting(), sections, 's2', record))).toEqual([
      'Keronen teki seuraavan vastaehdotuksen: Asia palautetaan valmisteluun. Ehdotus raukesi kannattamattomana.',
    ]);
  });

  it('writes a disqualification with the ground and the times, and excludes the disqualified from the vote', () => {
    const record = handling({
      disqualifications: [{ id: 'd1', attendeeId: 'm3', ground: 'hallintolaki 28.1 § 5 k, yhteisöjäävi', leftAt: '18.30', returnedAt: '18.45' }],
      votes: [{ id: 'v1', yesMeans: 'päätösehdotus', noMeans: 'vastaehdotus', counterProposalId: null, votes: votesOf('jjjjjjjje') }],
    });
    const text = lines(generateHandlingText(makeMeeting(), sections, 's4', record));
    expect(text[0]).toBe(
      'Saikkonen ilmoitti olevansa esteellinen (hallintolaki 28.1 § 5 k, yhteisöjäävi) ja poistui kokoushuoneesta asian käsittelyn ja päätöksenteon ajaksi klo 18.30. Hän palasi klo 18.45.',
    );
    expect(text).toContain('Äänestyksessä annettiin 7 jaa-ääntä ja 1 ei-ääni. Puheenjohtaja totesi, että lautakunta oli päättänyt päätösehdotuksen mukaisesti.');
    expect(text.find((line) => line.startsWith('Jaa:'))).not.toContain('Saikkonen');
  });

  it('writes a tie decided by the chair’s vote, with the blank votes', () => {
    const record = handling({
      counterProposals: [{ id: 'c1', moverId: 'm2', seconderIds: ['m4'], text: 'Hylätään.' }],
      votes: [{ id: 'v1', yesMeans: 'päätösehdotus', noMeans: 'Kerosen vastaehdotus', counterProposalId: 'c1', votes: votesOf('eejjjeejt') }],
    });
    const text = lines(generateHandlingText(makeMeeting(), sections, 's6', record));
    expect(text[0]).toBe('Keronen teki Virtasen kannattamana seuraavan vastaehdotuksen: Hylätään.');
    expect(text[3]).toBe(
      'Äänestyksessä annettiin 4 jaa-ääntä ja 4 ei-ääntä (1 tyhjä). Äänet menivät tasan, joten puheenjohtajan ääni ratkaisi (kuntalaki 104 §). Puheenjohtaja totesi, että lautakunta oli päättänyt Kerosen vastaehdotuksen mukaisesti.',
    );
    expect(text.slice(4)).toEqual(['Jaa:\nSaikkonen\nVirtanen\nNiemi\nMäki', 'Ei:\nWalls\nKeronen\nLaine\nHeikkilä', 'Tyhjä:\nSalo']);
  });

  it('says so when a tie is left unresolved by a chair who voted tyhjä', () => {
    const record = handling({ votes: [{ id: 'v1', yesMeans: 'päätösehdotus', noMeans: 'vastaehdotus', counterProposalId: null, votes: votesOf('tjjjjeeee') }] });
    expect(lines(generateHandlingText(makeMeeting(), sections, 's6', record))[1]).toBe(
      'Äänestyksessä annettiin 4 jaa-ääntä ja 4 ei-ääntä (1 tyhjä). Äänet menivät tasan, eikä puheenjohtaja äänestänyt jaa tai ei, joten äänestys ei ratkaissut asiaa (kuntalaki 104 §).',
    );
  });

  it('quotes sides the chair worded otherwise, and the winner of an ei majority', () => {
    const record = handling({ votes: [{ id: 'v1', yesMeans: 'hankkeeseen haetaan avustusta', noMeans: 'hankkeeseen ei haeta avustusta', counterProposalId: null, votes: votesOf('eeeeejjj') }] });
    expect(lines(generateHandlingText(makeMeeting(), sections, 's6', record)).slice(0, 2)).toEqual([
      'Puheenjohtaja ehdotti äänestystavaksi nimenhuutoäänestystä ja äänestysesitykseksi: jaa = hankkeeseen haetaan avustusta, ei = hankkeeseen ei haeta avustusta.',
      'Äänestyksessä annettiin 3 jaa-ääntä ja 5 ei-ääntä. Puheenjohtaja totesi, että lautakunta oli päättänyt ei-äänten mukaisesti (hankkeeseen ei haeta avustusta).',
    ]);
  });

  it('falls back to nominatives when a seconder’s genitive is not certain', () => {
    const meeting = withAttendees(makeMeeting(), { ...member(3), name: 'Anna Ranta' });
    const record = handling({ counterProposals: [{ id: 'c1', moverId: 'm2', seconderIds: ['m1', 'm4'], text: 'Hylätään.' }] });
    expect(lines(generateHandlingText(meeting, sections, 's2', record))).toEqual(['Keronen teki seuraavan vastaehdotuksen, jota kannattivat Walls ja Ranta: Hylätään.']);
  });

  it('writes arrivals and departures at their § only, the experts, dissents and the check at the meeting', () => {
    const meeting = { ...withAttendees(makeMeeting(), member(5, 'deputy', 'Ville Varamies')), events: [event('m6', 'left', 's3', '19.05'), event('m2', 'arrived', 's3', '18.20'), event('m9', 'left', 's4', '20.00')] };
    const record = handling({
      experts: [{ id: 'x1', name: 'Maija Malli', title: 'rehtori' }, { id: 'x2', name: 'Olli Ojala', title: 'talouspäällikkö' }],
      dissents: [{ id: 'ds1', attendeeId: 'm2', written: true, statement: 'Perustelut' }, { id: 'ds2', attendeeId: 'm4', written: false, statement: '' }],
      checkedAtMeeting: true,
    });
    expect(lines(generateHandlingText(meeting, sections, 's3', record))).toEqual([
      'Keronen saapui kokoukseen klo 18.20 tämän pykälän käsittelyn aikana.',
      'Varamies poistui kokouksesta klo 19.05 tämän pykälän käsittelyn aikana.',
      'Kokouksessa olivat kuultavina asiantuntijoina rehtori Maija Malli ja talouspäällikkö Olli Ojala.',
      'Keronen jätti eriävän mielipiteen, joka on pöytäkirjan liitteenä.',
      'Virtanen ilmoitti eriävän mielipiteensä.',
      'Pykälä tarkastettiin kokouksessa.',
    ]);
  });

  it('uses full names where two people share a surname', () => {
    const meeting = withAttendees(makeMeeting(), { ...member(4), name: 'Antti Virtanen' });
    const record = handling({ dissents: [{ id: 'ds1', attendeeId: 'm4', written: false, statement: '' }] });
    expect(lines(generateHandlingText(meeting, sections, 's3', record))).toEqual(['Liisa Virtanen ilmoitti eriävän mielipiteensä.']);
  });

  it('has nothing to say for an empty record, and prints the secretary’s edited text instead of the generated one', () => {
    expect(generateHandlingText(makeMeeting(), sections, 's1', handling())).toBeNull();
    const edited = docOf(paragraphNode('Keskusteltiin.'));
    const record = handling({ checkedAtMeeting: true });
    expect(sectionHandlingText(makeMeeting(), sections, { id: 's1', handling: record, handlingText: edited })).toBe(edited);
    expect(lines(sectionHandlingText(makeMeeting(), sections, { id: 's1', handling: record, handlingText: null }))).toEqual(['Pykälä tarkastettiin kokouksessa.']);
  });
});

describe('defaultVoteMeanings', () => {
  it('is the proposal against the mover’s counter-proposal', () => {
    expect(defaultVoteMeanings(makeMeeting(), { moverId: 'm2' })).toEqual({ yesMeans: 'päätösehdotus', noMeans: 'Kerosen vastaehdotus' });
    const meeting = withAttendees(makeMeeting(), { ...member(1), name: 'Kari Aalto' });
    expect(defaultVoteMeanings(meeting, { moverId: 'm2' })).toEqual({ yesMeans: 'päätösehdotus', noMeans: 'vastaehdotus' });
  });
});
