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
};

export type Messages = typeof fi;
