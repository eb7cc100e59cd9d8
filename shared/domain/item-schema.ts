// Runtime validation of agenda items at the boundary (IPC, HTTP, CLI).
import { z } from 'zod';
import { isIsoDate } from '../format/date';
import { itemStatuses } from './item';
import type { AgendaItem } from './item';
import { richDocSchema } from './rich-text-schema';

export const itemIssue = {
  titleRequired: 'validation.item.titleRequired',
  legalBasisRequired: 'validation.item.legalBasisRequired',
  invalidDate: 'validation.date.invalid',
  tooLong: 'validation.text.tooLong',
} as const;

const text = (max: number) => z.string().max(max, { error: itemIssue.tooLong });

export const attachmentSchema = z.object({
  id: z.string().min(1).max(64),
  title: text(500),
  source: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('projectSummary'),
      summary: z.object({
        activeOn: z.string().refine(isIsoDate, { error: itemIssue.invalidDate }),
        areas: z.array(z.string().max(50)).max(10),
        // No frozen rows: the service freezes them on approval and keeps them; a draft's are dropped.
      }),
    }),
    z.object({ kind: z.literal('document'), fileName: text(300) }),
  ]),
});

export const publicitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('public') }),
  z.object({ kind: z.literal('confidential'), scope: z.enum(['whole', 'part']), legalBasis: text(300).trim().min(1, { error: itemIssue.legalBasisRequired }) }),
]);

const appealSchema = z.object({
  textId: z.string().min(1).max(64).nullable().default(null),
  text: richDocSchema,
});

/** Everything the editor may change; the service keeps id, status and timestamps. */
export const itemDraftSchema = z.object({
  title: text(500).trim().min(1, { error: itemIssue.titleRequired }),
  titleSv: text(500).default(''),
  caseNumber: text(100).default(''),
  earlierHandling: text(500).default(''),
  bodyName: text(200).default(''),
  meetingDate: z.string().refine(isIsoDate, { error: itemIssue.invalidDate }).nullable().default(null),
  meetingNumber: text(50).default(''),
  agendaNumber: z.number().int().min(1).max(9999).nullable().default(null),
  sectionNumber: z.number().int().min(1).max(9999).nullable().default(null),
  preparerIds: z.array(z.string().min(1).max(64)).max(20).default([]),
  background: richDocSchema,
  attachments: z.array(attachmentSchema).max(100).default([]),
  supplementary: z.array(attachmentSchema).max(100).default([]),
  presenterTitle: text(200).default(''),
  presenterName: text(200).default(''),
  proposal: richDocSchema,
  proposalSv: richDocSchema.nullable().default(null),
  decision: richDocSchema.nullable().default(null),
  decisionSv: richDocSchema.nullable().default(null),
  forInformation: z.array(text(300)).max(100).default([]),
  implementation: z.array(text(300)).max(100).default([]),
  appeal: appealSchema,
  publicity: publicitySchema,
  yearToCheck: z.number().int().min(1900).max(2200).nullable().default(null),
});
export type ItemDraft = z.output<typeof itemDraftSchema>;

export const itemQuerySchema = z.object({
  search: z.string().trim().max(200).default(''),
  statuses: z.array(z.enum(itemStatuses)).default([]),
  meetingDate: z.string().refine(isIsoDate, { error: itemIssue.invalidDate }).nullable().default(null),
});
export type ItemQuery = z.output<typeof itemQuerySchema>;

/** The editable part of a stored item: what the editor holds and autosave sends back. */
export function draftOf(item: AgendaItem): ItemDraft {
  return {
    title: item.title,
    titleSv: item.titleSv,
    caseNumber: item.caseNumber,
    earlierHandling: item.earlierHandling,
    bodyName: item.bodyName,
    meetingDate: item.meetingDate,
    meetingNumber: item.meetingNumber,
    agendaNumber: item.agendaNumber,
    sectionNumber: item.sectionNumber,
    preparerIds: item.preparerIds,
    background: item.background,
    attachments: item.attachments,
    supplementary: item.supplementary,
    presenterTitle: item.presenterTitle,
    presenterName: item.presenterName,
    proposal: item.proposal,
    proposalSv: item.proposalSv,
    decision: item.decision,
    decisionSv: item.decisionSv,
    forInformation: item.forInformation,
    implementation: item.implementation,
    appeal: item.appeal,
    publicity: item.publicity,
    yearToCheck: item.yearToCheck,
  };
}
