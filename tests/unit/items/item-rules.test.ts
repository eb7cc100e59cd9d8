import { describe, expect, it } from 'vitest';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { defaultSettings } from '../../../shared/domain/settings';
import { changedProposalFields, duplicateDraft, yearOfItem } from '../../../electron/services/items/item-rules';
import { proposalAsDecision, simpleShape } from '../../../shared/domain/resolution';
import { docOf, paragraphNode } from '../../../shared/domain/rich-text-build';
import { seedAgendaItem } from '../../../shared/demo/seed-item';
import { collectLiveValues, freezeLiveValues, refreshLiveValues, unfreezeLiveValues } from '../../../electron/services/items/live-values';
import { templateDraft } from '../../../electron/services/items/templates';

const docWithLiveValue = (text: string, frozenText: string | null = null): RichDoc => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'yhteensä ' },
        { type: 'liveValue', attrs: { metric: 'runningProjectCount', activeOn: '2024-01-01', areas: [], frozenText, text } },
      ],
    },
  ],
});

describe('live values', () => {
  it('refreshes unfrozen values, resolving each distinct query once', async () => {
    const calls: string[] = [];
    const doc: RichDoc = { type: 'doc', content: [...docWithLiveValue('1').content, ...docWithLiveValue('2').content] };
    const refreshed = await refreshLiveValues(doc, (query) => {
      calls.push(query.activeOn);
      return Promise.resolve('27');
    });
    expect(calls).toEqual(['2024-01-01']);
    expect(collectLiveValues(refreshed).map((value) => value.text)).toEqual(['27', '27']);
  });

  it('leaves frozen values alone, and freeze/unfreeze round-trip', async () => {
    const frozen = freezeLiveValues(docWithLiveValue('27'));
    expect(collectLiveValues(frozen)[0]?.frozenText).toBe('27');
    const refreshed = await refreshLiveValues(frozen, () => Promise.resolve('30'));
    expect(collectLiveValues(refreshed)[0]).toMatchObject({ frozenText: '27', text: '27' });
    expect(collectLiveValues(unfreezeLiveValues(frozen))[0]?.frozenText).toBeNull();
  });
});

const appeal = { textId: 'x', text: docOf(paragraphNode('Ohje')) };
const templateContext = (meetingDate: string | null, year: number | null) => ({ settings: defaultSettings, meetingDate, year, appeal: { default: appeal, noAppeal: appeal } });
let ids = 0;
const newId = () => `id-${String((ids += 1))}`;

describe('proposal rules', () => {
  const draft = templateDraft('projectReview', templateContext('2025-03-01', null), newId);

  it('pre-fills the project review template from the seed, with the year of its meeting', () => {
    expect(draft.title).toBe('Kehittämishankkeiden ajankohtaiskatsaus 2025');
    expect(draft.meetingDate).toBe('2025-03-01');
    expect(simpleShape(draft.proposal)).toEqual({
      opening: 'Lautakunta päättää',
      points: ['merkitä kehittämishankkeiden ajankohtaiskatsauksen 2025 tiedoksi', 'lähettää asian tiedoksi kaupunginhallitukselle ja tarkastuslautakunnalle'],
    });
    expect(draft.supplementary[0]?.source).toEqual({ kind: 'projectSummary', summary: { activeOn: '2025-01-01', areas: [] } });
    expect(collectLiveValues(draft.background)).toHaveLength(1);
  });

  it('sees a changed proposal field but not the decision, meeting data or a refreshed live text', async () => {
    expect(changedProposalFields(draft, { ...draft, title: 'Muu' })).toEqual(['title']);
    expect(changedProposalFields(draft, { ...draft, decision: proposalAsDecision(draft.proposal), meetingDate: '2025-02-01', agendaNumber: 4 })).toEqual([]);
    const refreshed = await refreshLiveValues(draft.background, () => Promise.resolve('31'));
    expect(changedProposalFields(draft, { ...draft, background: refreshed })).toEqual([]);
    // Key order and default attributes the editor adds are not edits either.
    const withDefaults = JSON.parse(JSON.stringify(draft.proposal).replace('"type":"orderedList"', '"attrs":{"type":null,"start":1},"type":"orderedList"')) as RichDoc;
    expect(changedProposalFields(draft, { ...draft, proposal: withDefaults })).toEqual([]);
    const edited = { ...draft, proposal: { ...draft.proposal, content: draft.proposal.content.slice(0, 1) } };
    expect(changedProposalFields(draft, edited)).toEqual(['proposal']);
  });

  it('takes the year from the year given when no meeting is known, never from the clock', () => {
    const byYear = templateDraft('projectReview', templateContext(null, 2024), newId);
    expect(byYear.title).toBe('Kehittämishankkeiden ajankohtaiskatsaus 2024');
    expect(byYear.meetingDate).toBeNull();
    expect(collectLiveValues(byYear.background)[0]?.activeOn).toBe('2024-01-01');
    expect(byYear.supplementary[0]?.source).toEqual({ kind: 'projectSummary', summary: { activeOn: '2024-01-01', areas: [] } });
  });

  it('duplicates for next year without last year\'s case, earlier handling, meeting or decision', () => {
    const seed = { ...seedAgendaItem(), earlierHandling: 'KH 20.6.2023 § 156' };
    const copy = duplicateDraft(seed);
    expect([copy.caseNumber, copy.earlierHandling, copy.meetingDate, copy.meetingNumber, copy.agendaNumber, copy.sectionNumber, copy.decision]).toEqual(['', '', null, '', null, null, null]);
    expect(copy.title).toBe('Kehittämishankkeiden ajankohtaiskatsaus 2024 (kopio)');
    expect(copy.preparerIds).toEqual(seed.preparerIds);
    expect(copy.proposal).toEqual(seed.proposal);
    expect(collectLiveValues(copy.background).map((value) => value.frozenText)).toEqual([null]);
  });

  it('flags a copy for its years to be checked, with the year the original was written for', () => {
    expect(duplicateDraft(seedAgendaItem()).yearToCheck).toBe(2024);
    const noMeeting = { ...seedAgendaItem(), meetingDate: null, title: 'Katsaus 2019–2023', createdAt: '2025-01-01T00:00:00.000Z' };
    expect(yearOfItem(noMeeting)).toBe(2023);
    expect(yearOfItem({ ...noMeeting, title: 'Katsaus' })).toBe(2025);
  });

  it('turns the proposal into a decision', () => {
    const decision = proposalAsDecision(draft.proposal);
    expect(simpleShape(decision)).toEqual({ opening: 'Lautakunta päätti', points: (simpleShape(draft.proposal) as { points: string[] }).points });
  });
});
