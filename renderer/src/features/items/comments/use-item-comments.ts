// The open item's review comments and the current user, read from the services; every change
// (a new comment, a reply, resolve, delete) reads the list again, so "Irrallaan" and the counts
// are always the service's word.
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../../api';
import type { Person } from '../../../../../shared/domain/item';
import type { ItemComment } from '../../../../../shared/domain/review';
import type { AppError, Envelope } from '../../../../../shared/ipc/define';

export interface CommentsModel {
  /** Null until the first read. */
  comments: ItemComment[] | null;
  error: AppError | null;
  /** The current user (null: nobody chosen, or a database without users). */
  user: Person | null;
  reload: () => Promise<void>;
}

export function useItemComments(itemId: string, stored: boolean): CommentsModel {
  const [comments, setComments] = useState<ItemComment[] | null>(stored ? null : []);
  const [error, setError] = useState<AppError | null>(null);
  const [user, setUser] = useState<Person | null>(null);

  const apply = useCallback((listed: Envelope<ItemComment[]>) => {
    if (listed.ok) {
      setComments(listed.value);
      setError(null);
    } else if (listed.error.code === 'NOT_FOUND') setComments([]);
    else setError(listed.error);
  }, []);
  const reload = useCallback(async () => { apply(await call('comments:list', { itemId })); }, [apply, itemId]);

  useEffect(() => {
    let live = true;
    void call('session:get', {}).then((session) => { if (live && session.ok) setUser(session.value.user); });
    if (stored) void call('comments:list', { itemId }).then((listed) => { if (live) apply(listed); });
    return () => { live = false; };
  }, [apply, itemId, stored]);

  return { comments, error, user, reload };
}

/** Whether the current user wrote the comment (in a database without users, everyone is the same nobody). */
export function isOwnComment(comment: ItemComment, user: Person | null): boolean {
  return comment.author.personId === (user?.id ?? null);
}
