// The project summary ("Yhteenveto hankkeista") as its own .docx: A4 landscape, the projects
// running on a date grouped by responsibility area with subtotals, then totals by funder.
import { HeadingLevel, PageOrientation, Paragraph } from 'docx';
import type { FileChild } from 'docx';
import { isRunningOn, responsibilityAreas } from '../../shared/domain/project';
import type { ResponsibilityArea } from '../../shared/domain/project';
import type { SummaryProject } from '../../shared/domain/summary-project';
import { formatFinnishDate } from '../../shared/format/date';
import { common } from '../../shared/i18n/fi/common';
import { projects as projectWords } from '../../shared/i18n/fi/projects';
import { translate } from '../../shared/i18n/translate';
import { textRuns } from './inline';
import { pageHeader } from './header';
import { docLabels } from './labels';
import { margins, pagePortrait, textWidthLandscape } from './layout';
import { packDocument } from './pack';
import { projectsByAreaTable, totalsByFunderTable } from './summary-table';
import { styleIds } from './styles';
import type { ProjectSummaryExportInput } from './types';

function isArea(value: string): value is ResponsibilityArea {
  return (responsibilityAreas as readonly string[]).includes(value);
}

/** The projects the summary lists: running on the date, in the chosen areas (all when none chosen). */
export function summaryProjects<Row extends SummaryProject>(projects: Row[], activeOn: string, areas: readonly string[] = []): Row[] {
  return projects.filter((project) => isRunningOn(project, activeOn) && (areas.length === 0 || areas.includes(project.area)));
}

function meta(text: string, bold = false): Paragraph {
  return new Paragraph({ style: styleIds.meta, children: textRuns(text, bold ? { bold: true } : {}) });
}

export async function exportProjectSummary(input: ProjectSummaryExportInput): Promise<Uint8Array> {
  const areas = (input.areas ?? []).filter(isArea);
  const rows = summaryProjects(input.projects, input.activeOn, areas);
  const title = input.title?.trim() || docLabels.summaryTitle;
  const runningOn = `${docLabels.runningOn} ${formatFinnishDate(input.activeOn)}`;
  const children: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(title) }), meta(`${runningOn}, ${translate('projects.totals.projectCount', { count: rows.length })}`)];
  if (areas.length > 0) children.push(meta(`${docLabels.areas}: ${areas.map((area) => projectWords.area[area]).join(', ')}`));
  if (rows.some((project) => project.isSample)) children.push(meta(common.sampleData, true));
  children.push(projectsByAreaTable(rows, textWidthLandscape));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(projectWords.totals.byFunder), spacing: { before: 240 } }));
  children.push(totalsByFunderTable(rows));
  return packDocument({ title, subject: runningOn, author: input.author }, 0, [
    {
      properties: {
        page: {
          // docx swaps width and height for landscape itself: give the portrait measures.
          size: { width: pagePortrait.width, height: pagePortrait.height, orientation: PageOrientation.LANDSCAPE },
          margin: margins,
        },
      },
      headers: {
        default: pageHeader(
          {
            organisation: input.settings.organisation,
            issuer: input.settings.unit || input.settings.bodyName,
            documentType: docLabels.summary,
            number: '',
            date: formatFinnishDate(input.documentDate ?? input.activeOn),
          },
          textWidthLandscape,
        ),
      },
      children,
    },
  ]);
}
