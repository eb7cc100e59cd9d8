// Styles and numbering definitions shared by every export: one body font, fi-FI as the document
// language, spacing after paragraphs (never empty paragraphs), widow and orphan control, and real
// list numbering.
import { AlignmentType, LevelFormat, LevelSuffix } from 'docx';
import type { INumberingOptions, IParagraphPropertiesOptions, IParagraphStylePropertiesOptions, IStylesOptions } from 'docx';
import { bodyFont, bodySize, lineSpacing, paragraphAfter } from './layout';

export const styleIds = {
  label: 'Label',
  tableText: 'TableText',
  meta: 'ItemMeta',
} as const;

export const numberingRefs = {
  /** Proposal and decision points: "1", "2", "3" in the text column, as in the seed. */
  points: 'pykala-points',
  bullets: 'pykala-bullets',
  ordered: 'pykala-ordered',
} as const;

/** Space above what follows a table: Word tables have no space after of their own. */
export const afterTableGap = { before: paragraphAfter } as const;

/** Indent of one list level: the number hangs this much left of the text. */
export const listStep = 425;

const black = '000000';

/**
 * Widow and orphan control: no paragraph leaves a single line at the foot or the top of a page.
 * docx's type for style paragraphs omits widowControl, which its writer (ParagraphProperties) takes.
 */
const documentParagraph: IParagraphStylePropertiesOptions & Pick<IParagraphPropertiesOptions, 'widowControl'> = {
  spacing: { after: paragraphAfter, line: lineSpacing },
  widowControl: true,
};

export function documentStyles(): IStylesOptions {
  const font = bodyFont;
  return {
    default: {
      document: {
        run: { font, size: bodySize, language: { value: 'fi-FI', eastAsia: 'fi-FI', bidirectional: 'fi-FI' } },
        paragraph: documentParagraph,
      },
      heading1: { run: { font, size: 28, bold: true, color: black }, paragraph: { spacing: { before: 0, after: 120 }, keepNext: true, keepLines: true } },
      heading2: { run: { font, size: 24, bold: true, color: black }, paragraph: { spacing: { before: 120, after: 120 }, keepNext: true, keepLines: true } },
      heading3: { run: { font, size: 22, bold: true, color: black }, paragraph: { spacing: { before: 120, after: 120 }, keepNext: true, keepLines: true } },
      hyperlink: { run: { color: '0563C1', underline: {} } },
      listParagraph: { run: { font } },
    },
    paragraphStyles: [
      // The 2024 layout's part labels ("Päätösehdotus"): a line of their own that stays with its text.
      { id: styleIds.label, name: 'Label', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true }, paragraph: { keepNext: true, spacing: { after: 60 } } },
      { id: styleIds.tableText, name: 'Table Text', basedOn: 'Normal', run: { size: 20 }, paragraph: { spacing: { before: 20, after: 20, line: 240 } } },
      { id: styleIds.meta, name: 'Item Meta', basedOn: 'Normal', next: 'Normal', paragraph: { keepNext: true, spacing: { after: 60 } } },
    ],
  };
}

const bulletGlyphs = ['•', '–', '▪'];
const orderedFormats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

/** Numbering definitions; `pointsIndent` is where the points' numbers stand (the text column). */
export function documentNumbering(pointsIndent: number): INumberingOptions {
  const levels = Array.from({ length: 9 }, (_, level) => level);
  return {
    config: [
      {
        reference: numberingRefs.points,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1',
            alignment: AlignmentType.LEFT,
            suffix: LevelSuffix.TAB,
            style: { paragraph: { indent: { left: pointsIndent + 567, hanging: 567 } } },
          },
        ],
      },
      {
        reference: numberingRefs.bullets,
        levels: levels.map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: bulletGlyphs[level % bulletGlyphs.length] ?? '•',
          alignment: AlignmentType.LEFT,
          suffix: LevelSuffix.TAB,
          style: { paragraph: { indent: { left: listStep * (level + 1), hanging: listStep } } },
        })),
      },
      {
        reference: numberingRefs.ordered,
        levels: levels.map((level) => ({
          level,
          format: orderedFormats[level % orderedFormats.length] ?? LevelFormat.DECIMAL,
          text: `%${level + 1}.`,
          alignment: AlignmentType.LEFT,
          suffix: LevelSuffix.TAB,
          style: { paragraph: { indent: { left: listStep * (level + 1), hanging: listStep } } },
        })),
      },
    ],
  };
}
