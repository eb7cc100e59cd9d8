import { useEffect } from 'react';
import type { RefObject } from 'react';

/** After each failed save (attempt counts them), focus goes to the first field marked invalid inside ref. */
export function useFocusFirstInvalid(ref: RefObject<HTMLElement | null>, attempt: number): void {
  useEffect(() => {
    if (attempt > 0) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, ref]);
}
