import { z } from 'zod';
import { channel } from '../define';
import type { ExportFile } from '../define';
import { itemDraftSchema, itemQuerySchema } from '../../domain/item-schema';
import { itemStatuses } from '../../domain/item';
import type { AgendaItem, ItemStatus, Person } from '../../domain/item';
import { liveValueMetrics } from '../../domain/rich-text';
import { isIsoDate } from '../../format/date';
import { layoutPresets } from '../../domain/settings';
import type { OrganisationSettings } from '../../domain/settings';

const id = z.object({ id: z.string().min(1).max(64) });
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

export const itemChannels = {
  'items:list': channel(itemQuerySchema).returns<ItemSummary[]>(),
  'items:get': channel(id).returns<AgendaItem>(),
  'items:create': channel(z.object({ template: z.enum(itemTemplates).default('empty') })).returns<AgendaItem>(),
  /** Autosave: the whole draft; expectedUpdatedAt guards against overwriting a newer save. */
  'items:update': channel(z.object({ id: z.string().min(1).max(64), draft: itemDraftSchema, expectedUpdatedAt: z.string().nullable().default(null) })).returns<AgendaItem>(),
  'items:duplicate': channel(id).returns<AgendaItem>(),
  'items:delete': channel(id).returns<{ id: string }>(),
  'items:restore': channel(id).returns<AgendaItem>(),
  'items:setStatus': channel(z.object({ id: z.string().min(1).max(64), status: z.enum(itemStatuses) })).returns<AgendaItem>(),
  'items:copyProposalToDecision': channel(id).returns<AgendaItem>(),
  /** The text of a live register figure, e.g. the number of projects running on a date. */
  'items:resolveLiveValue': channel(z.object({ metric: z.enum(liveValueMetrics), activeOn: isoDate, areas: z.array(z.string().max(50)).max(10).default([]) })).returns<{ text: string }>(),
  'items:export': channel(z.object({ id: z.string().min(1).max(64), kind: z.enum(['proposal', 'minutes']) })).returns<ExportFile>(),
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
});

export const peopleChannels = {
  'people:list': channel(z.object({})).returns<Person[]>(),
  'people:save': channel(personSchema).returns<Person>(),
  'people:delete': channel(id).returns<{ id: string }>(),
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
    }),
  ).returns<OrganisationSettings>(),
};
