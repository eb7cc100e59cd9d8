// Finnish UI text, one file per feature; Swedish (sv) will mirror this shape.
import { common } from './common';
import { errors } from './errors';
import { validation } from './validation';

export const fi = {
  common,
  error: errors,
  validation,
};

export type Messages = typeof fi;
