// The seed item reproduces the reference text exactly (line breaks and hyphenation of the text file normalised).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedAgendaItem } from '../../../shared/demo/seed-item';
import { richToPlainText } from '../../../shared/domain/rich-text';
import { simpleShape } from '../../../shared/domain/resolution';
import { docOf } from '../../../shared/domain/rich-text-build';

const referencePath = new URL('../../fixtures/seed-agenda-item.txt', import.meta.url);

/** Paragraphs of the reference background: a hyphen at a line end joins the word, other breaks are spaces. */
function referenceParagraphs(): string[] {
  const text = readFileSync(referencePath, 'utf8').replace(/\r\n?/gu, '\n');
  const background = text.slice(0, text.indexOf('Yhteenveto hankkeista on oheismateriaalina.') + 'Yhteenveto hankkeista on oheismateriaalina.'.length);
  return background
    .split(/\n[ \t]*\n/u)
    .map((paragraph) => paragraph.replace(/-[ \t]*\n/gu, '').replace(/\s*\n\s*/gu, ' ').replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
}

describe('seed agenda item', () => {
  it('has the background of the reference, word for word', () => {
    const item = seedAgendaItem();
    expect(richToPlainText(item.background).split('\n')).toEqual(referenceParagraphs());
  });

  it('keeps the 27 as a live value and the proposal and decision of the seed', () => {
    const item = seedAgendaItem();
    const live = item.background.content[1]?.content?.find((node) => node.type === 'liveValue');
    expect(live?.attrs).toEqual({ metric: 'runningProjectCount', activeOn: '2024-01-01', areas: [], frozenText: null, text: '27' });
    const proposalPoints = ['merkitä kehittämishankkeiden ajankohtaiskatsauksen 2024 tiedoksi', 'lähettää asian tiedoksi kaupunginhallitukselle ja tarkastuslautakunnalle'];
    expect(simpleShape(item.proposal)).toEqual({ opening: 'Lautakunta päättää', points: proposalPoints });
    expect(simpleShape(item.decision ?? docOf())).toEqual({ opening: 'Lautakunta päätti', points: [...proposalPoints, 'tarkistaa tämän pykälän välittömästi kokouksen yhteydessä.'] });
    expect(item.supplementary[0]?.source).toEqual({ kind: 'projectSummary', summary: { activeOn: '2024-01-01', areas: [] } });
  });
});
