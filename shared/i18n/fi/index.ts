// Finnish UI text, one file per feature; Swedish (sv) will mirror this shape.
import { common } from './common';
import { errors } from './errors';
import { validation } from './validation';
import { ui } from './ui';
import { items } from './items';
import { shell } from './shell';
import { projects } from './projects';
import { cli } from './cli';
import { editor } from './editor';
import { meetings } from './meetings';
import { meetingSession } from './meeting-session';
import { meetingDocuments } from './meeting-documents';
import { meetingService } from './meeting-service';
import { meetingMinutes } from './meeting-minutes';
import { review } from './review';
import { reviewWord } from './review-word';
import { reviewService } from './review-service';
import { dataTransfer } from './data-transfer';
import { dataImport } from './data-import';
import { dataImportUi } from './data-import-ui';
import { backups } from './backups';
import { backupsUi } from './backups-ui';
import { exchange } from './exchange';
import { exchangeUi } from './exchange-ui';

export const fi = {
  common,
  error: errors,
  validation,
  ui,
  items,
  shell,
  projects,
  cli,
  editor,
  meetings,
  meetingSession,
  meetingDocuments,
  meetingService,
  meetingMinutes,
  review,
  reviewWord,
  reviewService,
  dataTransfer,
  dataImport,
  dataImportUi,
  backups,
  backupsUi,
  exchange,
  exchangeUi,
};

export type Messages = typeof fi;
