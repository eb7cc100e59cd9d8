// A stored rich text shown read-only the way the Word export prints it (the items preview's rendering).
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import { pointsPerCm } from '../../../../../shared/domain/page-geometry';
import { renderRich } from '../../items/preview/rich-preview';

/** The export's text column (16 cm): tables in a text take the widths they print with. */
const textWidthPt = 16 * pointsPerCm;

export function RichView({ doc, testId }: { doc: RichDoc; testId?: string }) {
  return <div className="session-rich" data-testid={testId}>{renderRich(doc, 0, textWidthPt)}</div>;
}
