// A minimal Finnish menu: the roles give the standard shortcuts (Ctrl+Z, Ctrl+C, …).
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { translate } from '../../shared/i18n/translate';

const t = (key: string): string => translate(`shell.menu.${key}`);

export function installFinnishMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    { label: t('file'), submenu: [{ role: 'quit', label: t('quit') }] },
    {
      label: t('edit'),
      submenu: [
        { role: 'undo', label: t('undo') },
        { role: 'redo', label: t('redo') },
        { type: 'separator' },
        { role: 'cut', label: t('cut') },
        { role: 'copy', label: t('copy') },
        { role: 'paste', label: t('paste') },
        { role: 'selectAll', label: t('selectAll') },
      ],
    },
    {
      label: t('view'),
      submenu: [
        { role: 'zoomIn', label: t('zoomIn') },
        { role: 'zoomOut', label: t('zoomOut') },
        { role: 'resetZoom', label: t('resetZoom') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('fullScreen') },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
