// The item file (`pykala item import` / `item show --json`): show → import reproduces any item
// (property-tested through the same dispatch as the app); scripts' simple shapes read as boards
// write them; preparers match the people list or join it; bad input names its key and writes nothing.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { itemHandlers } from '../../../electron/services/items/item-handlers';
import { appealTextHandlers } from '../../../electron/services/appeal-texts/appeal-text-service';
import { ItemService } from '../../../electron/services/items/item-service';
import type { HandlerTable } from '../../../electron/services/dispatch';
import type { AppealText } from '../../../shared/domain/appeal';
import type { AgendaItem, Person } from '../../../shared/domain/item';
import type { ItemJson, ItemJsonInput } from '../../../shared/domain/item-json';
import { draftOf } from '../../../shared/domain/item-schema';
import type { ItemDraft } from '../../../shared/domain/item-schema';
import { isSameDraft } from '../../../shared/domain/draft-changes';
import { richToPlainText } from '../../../shared/domain/rich-text';
import { docOf, paragraphNode } from '../../../shared/domain/rich-text-build';
import { itemToJson } from '../../../shared/format/item-json';
import type { AppError, Envelope } from '../../../shared/ipc/define';
import { openTestDb } from './helpers';
import type { TestDb } from './helpers';
import { richDocArbitrary, words } from './rich-arbitraries';

let t: TestDb;
let handlers: HandlerTable;

beforeEach(() => {
  t = openTestDb();
  handlers = { ...itemHandlers(() => t.deps), ...appealTextHandlers(() => t.deps) };
});
afterEach(() => {
  t.cleanup();
});

async function call<T>(channel: string, input: unknown): Promise<Envelope<T>> {
  return (await dispatch(handlers, channel, input)) as Envelope<T>;
}
async function ok<T>(channel: string, input: unknown): Promise<T> {
  const envelope = await call<T>(channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}
async function refusal(channel: string, input: unknown): Promise<AppError> {
  const envelope = await call(channel, input);
  if (envelope.ok) throw new Error(`${channel} succeeded`);
  return envelope.error;
}

async function show(id: string): Promise<ItemJson> {
  const item = await ok<AgendaItem>('items:get', { id });
  return itemToJson(item, await ok<Person[]>('people:list', {}), await ok<AppealText[]>('appealTexts:list', {}));
}

/** What a show says about the item's content: everything but identity, status and times. */
function content(json: ItemJson): ItemJson {
  return { ...json, id: undefined, status: undefined, createdAt: undefined, updatedAt: undefined };
}

const text = (max: number) => fc.string({ maxLength: max, unit: fc.constantFrom('a', 'ä', 'Ö', ' ', '2', '€', '-', '/', '"') });
const draftArbitrary: fc.Arbitrary<Partial<ItemDraft>> = fc.record({
  title: words,
  titleSv: text(20),
  caseNumber: text(20),
  earlierHandling: text(20),
  meetingDate: fc.option(fc.constantFrom('2024-01-23', '2025-12-01')),
  meetingNumber: text(8),
  agendaNumber: fc.option(fc.integer({ min: 1, max: 9999 })),
  sectionNumber: fc.option(fc.integer({ min: 1, max: 9999 })),
  background: richDocArbitrary,
  presenterTitle: text(20),
  presenterName: text(20),
  proposal: fc.oneof(richDocArbitrary, words.map((sentence) => docOf(paragraphNode(sentence)))),
  proposalSv: fc.option(richDocArbitrary),
  decision: fc.option(richDocArbitrary),
  forInformation: fc.array(text(20), { maxLength: 3 }),
  implementation: fc.array(text(20), { maxLength: 3 }),
  appeal: fc.oneof(
    fc.constant({ textId: 'appeal-ei-136', text: docOf(paragraphNode('Tähän päätökseen ei saa hakea muutosta oikaisuvaatimuksella eikä kunnallisvalituksella, koska päätös koskee vain asian valmistelua tai täytäntöönpanoa (kuntalaki 136 §).')) }),
    richDocArbitrary.map((doc) => ({ textId: null, text: doc })),
    words.map((plain) => ({ textId: 'appeal-oikaisuvaatimus', text: docOf(paragraphNode(plain)) })),
  ),
  publicity: fc.oneof(fc.constant({ kind: 'public' as const }), fc.record({ kind: fc.constant('confidential' as const), scope: fc.constantFrom('whole' as const, 'part' as const), legalBasis: words })),
  yearToCheck: fc.option(fc.integer({ min: 2000, max: 2030 })),
});

describe('the item file', () => {
  it('reproduces any item: show → import → show says the same, and the drafts mean the same', async () => {
    const items = new ItemService(t.deps);
    const base = draftOf(await items.create('empty'));
    await fc.assert(
      fc.asyncProperty(draftArbitrary, fc.boolean(), async (partial, withPreparer) => {
        const person = withPreparer ? await ok<Person>('people:save', { id: null, name: 'Outi Opettaja', title: 'rehtori', phone: '040 1', email: 'outi@example.fi' }) : null;
        const original = await items.createFromDraft({ ...base, ...partial, preparerIds: person ? [person.id] : [] });
        const shown = await show(original.id);
        // Through JSON text, as a script would save and read it.
        const imported = await ok<AgendaItem>('items:import', JSON.parse(JSON.stringify(shown)));
        expect(imported.id).not.toBe(original.id);
        expect(content(await show(imported.id))).toEqual(content(shown));
        // Preparers are matched by name (the list grows with namesakes over the runs), so compare them by name via show.
        expect(isSameDraft({ ...draftOf(imported), preparerIds: [] }, { ...draftOf(original), preparerIds: [] })).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('reads a script\'s simple shapes as boards write them', async () => {
    const file: ItemJsonInput = {
      title: 'Tuntijako 2025–2026',
      caseNumber: 'KOK/9/12.01/2025',
      meetingDate: '2025-02-11',
      preparers: [{ name: 'Maria Esimerkki', title: 'kehittämispäällikkö' }],
      presenter: { title: 'Opetus- ja kasvatusjohtaja', name: 'Mikko Saari' },
      background: '<p class=MsoNormal style="color:red">Koulujen <b>tuntikehys</b> lukuvuodelle.</p><ul><li>Koivula</li><li>Mäntylä</li></ul>',
      proposal: { opening: 'Lautakunta päättää', points: ['hyväksyä tuntijaon', 'lähettää päätöksen kouluille'] },
      decision: 'Hyväksyttiin yksimielisesti.',
      forInformation: ['Rehtorit'],
      appeal: 'appeal-ei-136',
    };
    const item = await ok<AgendaItem>('items:import', file);
    expect(item.status).toBe('luonnos');
    expect(item.presenterTitle).toBe('Opetus- ja kasvatusjohtaja');
    expect(richToPlainText(item.proposal)).toBe('Lautakunta päättää\nhyväksyä tuntijaon\nlähettää päätöksen kouluille');
    expect(item.proposal.content[1]?.type).toBe('orderedList');
    expect(richToPlainText(item.decision ?? docOf())).toBe('Hyväksyttiin yksimielisesti.');
    expect(item.background.content.map((node) => node.type)).toEqual(['paragraph', 'bulletList']);
    expect(JSON.stringify(item.background)).not.toContain('color');
    expect(item.appeal.textId).toBe('appeal-ei-136');
    const shown = await show(item.id);
    expect(shown.proposal).toEqual({ opening: 'Lautakunta päättää', points: ['hyväksyä tuntijaon', 'lähettää päätöksen kouluille'] });
    expect(shown.decision).toBe('Hyväksyttiin yksimielisesti.');
    expect(shown.appeal).toBe('appeal-ei-136');
    expect(shown.background).toBe('<p>Koulujen <strong>tuntikehys</strong> lukuvuodelle.</p><ul><li><p>Koivula</p></li><li><p>Mäntylä</p></li></ul>');
  });

  it('matches preparers to the people list by name and title, adds the others, and takes an appeal\'s own text', async () => {
    const known = await ok<Person>('people:save', { id: null, name: 'Maria Esimerkki', title: 'kehittämispäällikkö' });
    const item = await ok<AgendaItem>('items:import', {
      title: 'Asia',
      preparers: [{ name: '  maria   esimerkki ' }, { name: 'Uusi Valmistelija', title: 'suunnittelija', email: 'uusi@example.fi' }],
      appeal: { text: 'Oikaisuvaatimus 14 päivän kuluessa.\n\nOsoite: kirjaamo.' },
    });
    const people = await ok<Person[]>('people:list', {});
    expect(item.preparerIds[0]).toBe(known.id);
    expect(people.find((person) => person.id === item.preparerIds[1])).toMatchObject({ name: 'Uusi Valmistelija', title: 'suunnittelija', email: 'uusi@example.fi' });
    expect(item.appeal.textId).toBeNull();
    expect(item.appeal.text.content).toHaveLength(2);
  });

  it('refuses bad input naming its key, and writes nothing: no item and no new person', async () => {
    const peopleBefore = await ok<Person[]>('people:list', {});
    const bad = [
      { file: { caseNumber: 'x' }, path: 'title' },
      { file: { title: 'A', proposal: { opening: 'x', points: 'y' } }, path: 'proposal' },
      { file: { title: 'A', meetingDate: '23.1.2024' }, path: 'meetingDate' },
      { file: { title: 'A', colour: 'red' }, path: '' },
      { file: { title: 'A', appeal: 'appeal-no-such', preparers: [{ name: 'Ei Tallennu' }] }, path: 'appeal' },
      { file: { title: 'A', background: { doc: { type: 'doc', content: [{ type: 'blink' }] } } }, path: 'background' },
    ];
    for (const { file, path } of bad) {
      const error = await refusal('items:import', file);
      expect(error.code, JSON.stringify(file)).toBe('VALIDATION');
      expect(error.fields?.some((field) => field.path.startsWith(path)), JSON.stringify(error.fields)).toBe(true);
    }
    expect(await ok<unknown[]>('items:list', {})).toEqual([]);
    expect(await ok<Person[]>('people:list', {})).toEqual(peopleBefore);
  });
});
