// A minimal Finnish menu: the roles give the standard shortcuts (Ctrl+Z, Ctrl+C, …). Tallenna
// asks the renderer to save now (it says "Tallennettu" or why not); Ctrl+S itself is the
// renderer's (it is the same in the browser host), so the menu only shows it.
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { translate } from '../../shared/i18n/translate';

const t = (key: string): string => translate(`shell.menu.${key}`);

export function installFinnishMenu(actions: { save: () => void }): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('file'),
      submenu: [
        { label: t('save'), accelerator: 'CmdOrCtrl+S', registerAccelerator: false, click: actions.save },
        { type: 'separator' },
        { role: 'quit', label: t('quit') },
      ],
    },
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
