// The proposal and the decision as rich text: what counts as said, the past tense, the simple shapes.
import { describe, expect, it } from 'vitest';
import { decisionAsProposed, emptyDecision, isResolutionEmpty, proposalAsDecision, simpleShape } from '../../../shared/domain/resolution';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { richToPlainText } from '../../../shared/domain/rich-text';
import { bulletListNode, docOf, openingWithPoints, paragraphNode } from '../../../shared/domain/rich-text-build';

describe('a proposal or decision as boards write it', () => {
  it('counts a one-sentence decision as a decision, and an opening alone as none', () => {
    for (const sentence of ['Hyväksyttiin yksimielisesti.', 'Päätösehdotus hyväksyttiin.', 'Merkitsi tiedoksi.']) {
      expect(isResolutionEmpty(docOf(paragraphNode(sentence)))).toBe(false);
    }
    expect(isResolutionEmpty(null)).toBe(true);
    expect(isResolutionEmpty(docOf())).toBe(true);
    expect(isResolutionEmpty(emptyDecision())).toBe(true);
    expect(isResolutionEmpty(docOf(paragraphNode('Lautakunta päätti')))).toBe(true);
    expect(isResolutionEmpty(docOf(paragraphNode('Sivistyslautakunta päätti:')))).toBe(true);
    expect(isResolutionEmpty(openingWithPoints('Lautakunta päätti', ['merkitä tiedoksi']))).toBe(false);
    // A longer first sentence ending in the verb is not a mere opening.
    expect(isResolutionEmpty(docOf(paragraphNode('Asiasta keskusteltiin pitkään ja lautakunta päätti')))).toBe(false);
  });

  it('turns the proposal into the decision in the past tense, the rest unchanged', () => {
    expect(richToPlainText(proposalAsDecision(openingWithPoints('Lautakunta päättää', ['a', 'b'])))).toBe('Lautakunta päätti\na\nb');
    expect(richToPlainText(proposalAsDecision(docOf(paragraphNode('Lautakunta merkitsee katsauksen tiedoksi.'))))).toBe('Lautakunta merkitsi katsauksen tiedoksi.');
    expect(richToPlainText(proposalAsDecision(docOf(paragraphNode('Lautakunta hyväksyy tuntijaon. Se päättää myös…'))))).toBe('Lautakunta hyväksyi tuntijaon. Se päättää myös…');
    const withBullets = docOf(paragraphNode('Lautakunta päättää myöntää avustukset:'), bulletListNode(['Koulu A 1 000 €', 'Koulu B 2 000 €']), paragraphNode('Yhteensä 3 000 €.'));
    const decision = proposalAsDecision(withBullets);
    expect(decision.content[1]).toEqual(withBullets.content[1]);
    expect(richToPlainText(decision).startsWith('Lautakunta päätti myöntää')).toBe(true);
    // The proposal itself is not changed.
    expect(richToPlainText(withBullets).startsWith('Lautakunta päättää')).toBe(true);
    expect(richToPlainText(proposalAsDecision(docOf()))).toBe('Lautakunta päätti');
  });

  it('offers the one-line decision of a meeting that accepted the proposal', () => {
    expect(richToPlainText(decisionAsProposed())).toBe('Hyväksyttiin päätösehdotuksen mukaisesti.');
    expect(isResolutionEmpty(decisionAsProposed())).toBe(false);
  });

  it('recognises the simple shapes scripts write, and nothing richer', () => {
    expect(simpleShape(docOf(paragraphNode('Merkitsi tiedoksi.')))).toBe('Merkitsi tiedoksi.');
    expect(simpleShape(openingWithPoints('Lautakunta päättää', ['a', 'b']))).toEqual({ opening: 'Lautakunta päättää', points: ['a', 'b'] });
    expect(simpleShape(docOf(paragraphNode('a'), bulletListNode(['b'])))).toBeNull();
    const bold: RichDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'bold' }] }] }] };
    expect(simpleShape(bold)).toBeNull();
    const startAt3: RichDoc = { type: 'doc', content: [paragraphNode('a'), { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraphNode('b')] }] }] };
    expect(simpleShape(startAt3)).toBeNull();
  });
});
