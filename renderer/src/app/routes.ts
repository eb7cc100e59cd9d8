// The app's screens. Adding one (e.g. the agenda items, ui.nav.items) is one line here.
import type { ComponentType } from 'react';
import { RegisterPage } from '../features/projects/register-page';
import { ItemsPage } from '../features/items/items-page';
import { SettingsPage } from '../features/settings/settings-page';

export interface AppRoute {
  /** The part after "#/" in the address. */
  path: string;
  /** i18n key of the navigation label. */
  labelKey: string;
  Component: ComponentType;
}

export const routes: readonly AppRoute[] = [
  { path: 'projects', labelKey: 'ui.nav.projects', Component: RegisterPage },
  { path: 'items', labelKey: 'ui.nav.items', Component: ItemsPage },
  { path: 'settings', labelKey: 'editor.settings.heading', Component: SettingsPage },
];
