// An agenda item as one JSON file, for scripts and support: `pykala item import FILE.json` reads
// it and `pykala item show ID --json` prints it, in the same shape, so a show can be imported
// again (README "Command line"). Texts come as a script writes them: a proposal as one sentence,
// as { opening, points }, or as { html }; the background as HTML, cleaned as a paste from Word is.
// Where HTML cannot carry a text exactly (two spaces in a row, an attribute HTML drops), show adds
// the editor's own JSON as { doc }, which then wins over the HTML.
import { z } from 'zod';
import { isIsoDate } from '../format/date';
import { attachmentSchema, publicitySchema } from './item-schema';
import { richDocSchema } from './rich-text-schema';

const text = (max: number) => z.string().max(max, { error: 'validation.text.tooLong' });

/** { html } or { html, doc }: HTML to read, or the editor's own JSON (which wins) with HTML for people. */
const richObject = z
  .strictObject({ html: z.string().max(2_000_000, { error: 'validation.text.tooLong' }).optional(), doc: richDocSchema.optional() })
  .refine((value) => value.html !== undefined || value.doc !== undefined, { error: 'cli.itemJson.htmlOrDoc' });

/** A proposal or decision: one sentence, an opening and numbered points, or rich text. */
export const resolutionJsonSchema = z.union([
  text(20_000),
  z.strictObject({ opening: text(500), points: z.array(text(5000)).max(200) }),
  richObject,
]);
export type ResolutionJson = z.output<typeof resolutionJsonSchema>;

const backgroundJsonSchema = z.union([z.string().max(2_000_000, { error: 'validation.text.tooLong' }), richObject]);

const personJsonSchema = z.strictObject({
  name: z.string().trim().min(1, { error: 'validation.required' }).max(200),
  title: z.string().trim().max(200).default(''),
  phone: z.string().trim().max(50).default(''),
  email: z.union([z.literal(''), z.email({ error: 'validation.email' })]).default(''),
});
export type PersonJson = z.output<typeof personJsonSchema>;

/** The id of one of the body's appeal texts, or the item's own text (plain text, HTML or the editor's JSON), optionally still naming the standard text it came from. */
const appealJsonSchema = z.union([
  z.string().min(1).max(64),
  z.strictObject({ id: z.string().min(1).max(64).optional(), text: text(50_000) }),
  z
    .strictObject({ id: z.string().min(1).max(64).optional(), html: z.string().max(2_000_000).optional(), doc: richDocSchema.optional() })
    .refine((value) => value.html !== undefined || value.doc !== undefined, { error: 'cli.itemJson.htmlOrDoc' }),
]);
export type AppealJson = z.output<typeof appealJsonSchema>;

const isoDate = z.string().refine(isIsoDate, { error: 'cli.itemJson.isoDate' });
const sectionNumber = z.number().int().min(1, { error: 'validation.number.wholeNumber' }).max(9999, { error: 'validation.number.wholeNumber' }).nullable().optional();

export const itemJsonSchema = z.strictObject({
  // Printed by show for people and scripts; import makes a new draft and ignores them.
  id: z.string().max(64).optional(),
  status: z.string().max(40).optional(),
  createdAt: z.string().max(40).optional(),
  updatedAt: z.string().max(40).optional(),

  title: z.string().trim().min(1, { error: 'validation.item.titleRequired' }).max(500, { error: 'validation.text.tooLong' }),
  titleSv: text(500).optional(),
  caseNumber: text(100).optional(),
  earlierHandling: text(500).optional(),
  bodyName: text(200).optional(),
  meetingDate: isoDate.nullable().optional(),
  meetingNumber: text(50).optional(),
  agendaNumber: sectionNumber,
  sectionNumber,
  preparers: z.array(personJsonSchema).max(20).optional(),
  presenter: z.strictObject({ title: text(200).optional(), name: text(200).optional() }).optional(),
  background: backgroundJsonSchema.optional(),
  attachments: z.array(attachmentSchema).max(100).optional(),
  supplementary: z.array(attachmentSchema).max(100).optional(),
  proposal: resolutionJsonSchema.optional(),
  proposalSv: resolutionJsonSchema.nullable().optional(),
  decision: resolutionJsonSchema.nullable().optional(),
  decisionSv: resolutionJsonSchema.nullable().optional(),
  forInformation: z.array(text(300)).max(100).optional(),
  implementation: z.array(text(300)).max(100).optional(),
  appeal: appealJsonSchema.optional(),
  publicity: publicitySchema.optional(),
  yearToCheck: z.number().int().min(1900).max(2200).nullable().optional(),
});
export type ItemJson = z.output<typeof itemJsonSchema>;
export type ItemJsonInput = z.input<typeof itemJsonSchema>;
