import { z } from 'zod';
import { channel } from '../define';
import type { ExportFile } from '../define';
import { itemDraftSchema, itemQuerySchema } from '../../domain/item-schema';
import { itemJsonSchema } from '../../domain/item-json';
import type { ItemDraft } from '../../domain/item-schema';
import { itemStatuses } from '../../domain/item';
import { userRoles } from '../../domain/review';
import type { AgendaItem, ItemStatus, Person } from '../../domain/item';
import { liveValueMetrics } from '../../domain/rich-text';
import { isIsoDate } from '../../format/date';
import { layoutPresets, proposalLabelStyles } from '../../domain/settings';
import type { OrganisationSettings } from '../../domain/settings';

const id = z.object({ id: z.string().min(1).max(64) });
/** The updatedAt a form read (settings that were never saved: ''): a save over a newer save is refused with CONFLICT. */
const expectedUpdatedAt = z.string({ error: 'validation.required' }).max(40);
const isoDate = z.string().refine(isIsoDate, { error: 'validation.date.invalid' });

export interface ItemSummary {
  id: string;
  title: string;
  caseNumber: string;
  status: ItemStatus;
  meetingDate: string | null;
  updatedAt: string;
}

export const itemTemplates = ['empty', 'projectReview'] as const;
export type ItemTemplate = (typeof itemTemplates)[number];

/** Which template, and the meeting (or year) it is written for. */
const templateTarget = {
  template: z.enum(itemTemplates).default('empty'),
  meetingDate: isoDate.nullable().default(null),
  year: z.number().int().min(1900, { error: 'validation.item.yearInvalid' }).max(2200, { error: 'validation.item.yearInvalid' }).nullable().default(null),
};

export const itemChannels = {
  'items:list': channel(itemQuerySchema).returns<ItemSummary[]>(),
  'items:get': channel(id).returns<AgendaItem>(),
  /**
   * A new item from a template, or from the editor's first change of a new item (its draft, under
   * the id the editor gave it: CONFLICT when that id exists already). The project review template
   * takes its year from meetingDate, or year when no meeting is known yet; never from the clock.
   */
  'items:create': channel(z.object({ ...templateTarget, id: z.uuid().optional(), draft: itemDraftSchema.optional() })).returns<AgendaItem>(),
  /** A new item's starting draft; nothing is stored until the editor's first change creates it. */
  'items:newDraft': channel(z.object(templateTarget)).returns<ItemDraft>(),
  /** Autosave: the whole draft; expectedUpdatedAt guards against overwriting a newer save. */
  'items:update': channel(z.object({ id: z.string().min(1).max(64), draft: itemDraftSchema, expectedUpdatedAt: z.string().nullable().default(null) })).returns<AgendaItem>(),
  'items:duplicate': channel(id).returns<AgendaItem>(),
  /** A new draft from one item file (`pykala item import`); its new preparers join the people list. */
  'items:import': channel(itemJsonSchema).returns<AgendaItem>(),
  'items:delete': channel(id).returns<{ id: string }>(),
  'items:restore': channel(id).returns<AgendaItem>(),
  'items:setStatus': channel(z.object({ id: z.string().min(1).max(64), status: z.enum(itemStatuses) })).returns<AgendaItem>(),
  'items:copyProposalToDecision': channel(id).returns<AgendaItem>(),
  /** The meeting accepted the proposal as it stood: "Hyväksyttiin päätösehdotuksen mukaisesti." */
  'items:decideAsProposed': channel(id).returns<AgendaItem>(),
  /** The text of a live register figure, e.g. the number of projects running on a date. */
  'items:resolveLiveValue': channel(z.object({ metric: z.enum(liveValueMetrics), activeOn: isoDate, areas: z.array(z.string().max(50)).max(10).default([]) })).returns<{ text: string }>(),
  /**
   * The proposal or the minutes. A review copy of the proposal (issue 9) carries the open comments
   * as Word comments and, with changesSince, the changes since that version as tracked changes.
   */
  'items:export': channel(
    z.object({
      id: z.string().min(1).max(64),
      kind: z.enum(['proposal', 'minutes']),
      comments: z.boolean().default(false),
      changesSince: z.number().int().min(1).nullable().default(null),
    }),
  ).returns<ExportFile>(),
  'items:exportSummary': channel(z.object({ activeOn: isoDate, areas: z.array(z.string().max(50)).max(10).default([]) })).returns<ExportFile>(),
  /** The item's own project summary: the rows as approved once its proposal is frozen, else the register's now. */
  'items:exportItemSummary': channel(id).returns<ExportFile>(),
};

const personSchema = z.object({
  id: z.string().max(64).nullable().default(null),
  name: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.text.tooLong' }),
  title: z.string().trim().max(200, { error: 'validation.text.tooLong' }).default(''),
  phone: z.string().trim().max(50, { error: 'validation.text.tooLong' }).default(''),
  email: z.union([z.literal(''), z.email({ error: 'validation.email' })]).default(''),
  /** A user of the app (issue 9): their role; null for someone who only appears in items. */
  role: z.enum(userRoles).nullable().default(null),
  deputyPresenter: z.boolean().default(false),
  /** Required when id is set (a change of a stored person); a new person has none. */
  expectedUpdatedAt: expectedUpdatedAt.nullable().default(null),
}).refine((person) => person.id === null || person.expectedUpdatedAt !== null, { path: ['expectedUpdatedAt'], error: 'validation.required' });

export const peopleChannels = {
  'people:list': channel(z.object({})).returns<Person[]>(),
  'people:save': channel(personSchema).returns<Person>(),
  /** CONFLICT when the person was saved since the list was read: the user is asked again. */
  'people:delete': channel(z.object({ id: z.string().min(1).max(64), expectedUpdatedAt })).returns<{ id: string }>(),
};

export const settingsChannels = {
  'settings:get': channel(z.object({})).returns<OrganisationSettings>(),
  'settings:update': channel(
    z.object({
      organisation: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.text.tooLong' }),
      unit: z.string().trim().max(200, { error: 'validation.text.tooLong' }),
      bodyName: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.text.tooLong' }),
      presenterTitle: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.text.tooLong' }),
      presenterName: z.string().trim().max(200, { error: 'validation.text.tooLong' }),
      layout: z.enum(layoutPresets),
      proposalLabel: z.enum(proposalLabelStyles).default('title'),
      expectedUpdatedAt,
    }),
  ).returns<OrganisationSettings>(),
};
