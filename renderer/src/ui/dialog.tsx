// A modal built on the native <dialog>: the browser makes the rest of the page inert, keeps
// Tab inside, and turns Escape into a cancel event. We only add focus return to the opener.
import { useEffect, useEffectEvent, useId, useRef } from 'react';
import type { ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** 'wide' for the project form, 'narrow' for confirmations. */
  size?: 'wide' | 'narrow';
  role?: 'dialog' | 'alertdialog';
  describedBy?: string;
}

export function Dialog({ title, onClose, children, size = 'narrow', role = 'dialog', describedBy }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const requestClose = useEffectEvent(() => { onClose(); });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const onCancel = (event: Event) => {
      event.preventDefault();
      requestClose();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.close();
      // Return focus where the person was, unless something else already took it.
      if (opener?.isConnected && (document.activeElement === document.body || document.activeElement === null)) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className={`dialog dialog--${size}`} aria-labelledby={titleId} aria-describedby={describedBy} role={role === 'alertdialog' ? 'alertdialog' : undefined}>
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
