// One toast at a time, in a polite live region. A toast with an action (Kumoa) takes focus so
// the keyboard user can undo with Enter, and Ctrl+Z runs the action from anywhere while the
// toast is shown. No timer closes it: a person who reads slowly must not lose the undo.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface ToastMessage {
  text: string;
  action?: ToastAction;
}

interface ToastApi {
  show: (toast: ToastMessage) => void;
  /**
   * A save failed: "Ei tallennettu." takes the place of a toast that said something was saved,
   * so that no "… tallennettu" stands beside the form's error. A toast offering undo stays.
   */
  notSaved: () => void;
  dismiss: () => void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast outside ToastProvider');
  return api;
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toast, setToast] = useState<(ToastMessage & { id: number }) | null>(null);
  const actionRef = useRef<HTMLButtonElement>(null);
  const counter = useRef(0);

  const show = useCallback((next: ToastMessage) => {
    counter.current += 1;
    setToast({ ...next, id: counter.current });
  }, []);
  const notSaved = useCallback(() => {
    counter.current += 1;
    const id = counter.current;
    setToast((current) => (current?.action ? current : { text: t('ui.toast.notSaved'), id }));
  }, [t]);
  const dismiss = useCallback(() => { setToast(null); }, []);

  useEffect(() => {
    if (toast?.action) actionRef.current?.focus();
  }, [toast]);

  useEffect(() => {
    const action = toast?.action;
    if (!action) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)) {
        event.preventDefault();
        setToast(null);
        action.run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => { window.removeEventListener('keydown', onKey); };
  }, [toast]);

  const api = useMemo(() => ({ show, notSaved, dismiss }), [show, notSaved, dismiss]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <section className="toast-region" aria-label={t('ui.toast.region')}>
        <div role="status" aria-live="polite" aria-atomic="true">
          {toast ? (
            <div className="toast" key={toast.id}>
              <span className="toast__text">{toast.text}</span>
              {toast.action ? (
                <button
                  ref={actionRef}
                  type="button"
                  className="button button--primary"
                  aria-keyshortcuts="Control+Z"
                  title={t('ui.toast.undoHint')}
                  onClick={() => {
                    const action = toast.action;
                    setToast(null);
                    action?.run();
                  }}
                >
                  {toast.action.label}
                </button>
              ) : null}
              <button type="button" className="button button--quiet toast__close" aria-label={t('ui.toast.dismiss')} onClick={dismiss}>
                ×
              </button>
            </div>
          ) : null}
        </div>
      </section>
    </ToastContext.Provider>
  );
}
