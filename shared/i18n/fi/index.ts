// Finnish UI text, one file per feature; Swedish (sv) will mirror this shape.
import { common } from './common';
import { errors } from './errors';
import { validation } from './validation';
import { ui } from './ui';
import { items } from './items';
import { shell } from './shell';

export const fi = {
  common,
  error: errors,
  validation,
  ui,
  items,
  shell,
};

export type Messages = typeof fi;
