import { describe, expect, it } from 'vitest';
import { genitiveOfName, joinFinnish, minutesNames, surnameOf } from '../../../shared/format/finnish-names';

describe('genitiveOfName', () => {
  // Common Finnish surnames and their genitives (Kielitoimiston sanakirja's inflection of the base words).
  it.each([
    ['Virtanen', 'Virtasen'],
    ['Keronen', 'Kerosen'],
    ['Saikkonen', 'Saikkosen'],
    ['Hämäläinen', 'Hämäläisen'],
    ['Korhonen', 'Korhosen'],
    ['Niemi', 'Niemen'],
    ['Alaniemi', 'Alaniemen'],
    ['Koski', 'Kosken'],
    ['Lahti', 'Lahden'],
    ['Mäki', 'Mäen'],
    ['Kivimäki', 'Kivimäen'],
    ['Järvi', 'Järven'],
    ['Salmi', 'Salmen'],
    ['Lampi', 'Lammen'],
    ['Saari', 'Saaren'],
    ['Ahtisaari', 'Ahtisaaren'],
    ['Laine', 'Laineen'],
    ['Rinne', 'Rinteen'],
    ['Salo', 'Salon'],
    ['Heikkilä', 'Heikkilän'],
    ['Mattila', 'Mattilan'],
    ['Koivisto', 'Koiviston'],
    ['Lepistö', 'Lepistön'],
    ['Kallio', 'Kallion'],
    ['Harju', 'Harjun'],
    ['Kataja', 'Katajan'],
    ['Walls', 'Wallsin'],
    ['Grönroos', 'Grönroosin'],
    ['Lindholm', 'Lindholmin'],
    ['Sirén', 'Sirénin'],
    ['Kaisa Keronen', 'Kaisa Kerosen'],
    ['Koski-Laine', 'Koski-Laineen'],
    ['NIEMI', 'NIEMEN'],
  ])('%s → %s', (name, genitive) => {
    expect(genitiveOfName(name)).toBe(genitive);
  });

  // Where the genitive depends on the word's history the rules do not guess: the caller writes
  // a sentence with the nominative instead.
  it.each(['Ranta', 'Aalto', 'Lehto', 'Kokko', 'Virta', 'Kallas', 'Kangas', 'Kari', 'Moore', ''])('%s → not certain', (name) => {
    expect(genitiveOfName(name)).toBeNull();
  });
});

describe('surnames as minutes use them', () => {
  it('takes the last name with its particles', () => {
    expect(surnameOf('Kaisa Keronen')).toBe('Keronen');
    expect(surnameOf('Anna-Liisa Koski-Laine')).toBe('Koski-Laine');
    expect(surnameOf('Georg Henrik von Wright')).toBe('von Wright');
    expect(surnameOf('Walls')).toBe('Walls');
  });

  it('uses the full name where two people share a surname', () => {
    const names = minutesNames(new Map([['a', 'Liisa Virtanen'], ['b', 'Antti Virtanen'], ['c', 'Kaisa Keronen']]));
    expect([...names.values()]).toEqual(['Liisa Virtanen', 'Antti Virtanen', 'Keronen']);
  });

  it('joins names the Finnish way', () => {
    expect(joinFinnish([], 'ja')).toBe('');
    expect(joinFinnish(['Walls'], 'ja')).toBe('Walls');
    expect(joinFinnish(['Walls', 'Saikkonen'], 'ja')).toBe('Walls ja Saikkonen');
    expect(joinFinnish(['Walls', 'Saikkonen', 'Keronen'], 'ja')).toBe('Walls, Saikkonen ja Keronen');
  });
});
