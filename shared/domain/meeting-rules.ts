// The meeting rules in one import (issue 8): attendance and quorum, vote counting, validation of a
// §'s handling record, and § numbering. Each part lives in its own small file beside this one.
export * from './meeting-rules-attendance';
export * from './meeting-rules-vote';
export * from './meeting-rules-validate';
export * from './meeting-rules-numbering';
