import { describe, expect, it } from 'vitest';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { defaultSettings } from '../../../shared/domain/settings';
import { changedProposalFields, duplicateDraft, isDecisionEmpty, proposalAsDecision } from '../../../electron/services/items/item-rules';
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

describe('proposal rules', () => {
  const draft = templateDraft('projectReview', defaultSettings, '2025-03-01');

  it('pre-fills the project review template from the seed', () => {
    expect(draft.title).toBe('Kehittämishankkeiden ajankohtaiskatsaus 2025');
    expect(draft.proposal.points.map((point) => point.text)).toEqual([
      'merkitä kehittämishankkeiden ajankohtaiskatsauksen 2025 tiedoksi',
      'lähettää asian tiedoksi kaupunginhallitukselle ja tarkastuslautakunnalle',
    ]);
    expect(draft.supplementary[0]?.source).toEqual({ kind: 'projectSummary', summary: { activeOn: '2025-01-01', areas: [] } });
    expect(collectLiveValues(draft.background)).toHaveLength(1);
  });

  it('sees a changed proposal field but not the decision, meeting data or a refreshed live text', async () => {
    expect(changedProposalFields(draft, { ...draft, title: 'Muu' })).toEqual(['title']);
    expect(changedProposalFields(draft, { ...draft, decision: proposalAsDecision(draft.proposal), meetingDate: '2025-02-01', agendaNumber: 4 })).toEqual([]);
    const refreshed = await refreshLiveValues(draft.background, () => Promise.resolve('31'));
    expect(changedProposalFields(draft, { ...draft, background: refreshed })).toEqual([]);
    // Key order and null attributes the editor adds are not edits either.
    const reordered = JSON.parse(JSON.stringify({ ...draft, proposal: { points: draft.proposal.points, openingSv: '', opening: draft.proposal.opening } })) as typeof draft;
    expect(changedProposalFields(draft, reordered)).toEqual([]);
    const edited = { ...draft, proposal: { ...draft.proposal, points: draft.proposal.points.slice(1) } };
    expect(changedProposalFields(draft, edited)).toEqual(['proposal']);
  });

  it('duplicates for next year without last year\'s case, earlier handling, meeting or decision', () => {
    const seed = { ...seedAgendaItem(), earlierHandling: 'KH 20.6.2023 § 156' };
    const copy = duplicateDraft(seed);
    expect([copy.caseNumber, copy.earlierHandling, copy.meetingDate, copy.meetingNumber, copy.agendaNumber, copy.sectionNumber, copy.decision]).toEqual(['', '', null, '', null, null, null]);
    expect(copy.title).toBe('Kehittämishankkeiden ajankohtaiskatsaus 2024 (kopio)');
    expect(copy.preparerIds).toEqual(seed.preparerIds);
    expect(copy.proposal.points.map((point) => point.text)).toEqual(seed.proposal.points.map((point) => point.text));
    expect(copy.proposal.points.some((point, index) => point.id === seed.proposal.points[index]?.id)).toBe(false);
    expect(collectLiveValues(copy.background).map((value) => value.frozenText)).toEqual([null]);
  });

  it('turns the proposal into a decision with new point ids', () => {
    const decision = proposalAsDecision(draft.proposal);
    expect(decision.opening).toBe('Lautakunta päätti');
    expect(decision.points.map((point) => point.text)).toEqual(draft.proposal.points.map((point) => point.text));
    const proposalIds = new Set(draft.proposal.points.map((point) => point.id));
    expect(decision.points.some((point) => proposalIds.has(point.id))).toBe(false);
    expect(isDecisionEmpty(null)).toBe(true);
    expect(isDecisionEmpty({ opening: 'Lautakunta päätti', openingSv: '', points: [{ id: 'a', text: '  ', textSv: '' }] })).toBe(true);
    expect(isDecisionEmpty(decision)).toBe(false);
  });
});
