// The handler groups of issue 9 that the services answer: the current user, the review round,
// versions and comments. review:readWord / review:applyWord (the returned Word file) are the
// word-readback group's.
import type { HandlerFactory } from '../handler-factories';
import { SessionService } from '../session/session-service';
import { CommentsService } from './comments-service';
import { ReviewService } from './review-service';
import { VersionsService } from './versions-service';

export const reviewHandlers: HandlerFactory = (deps) => {
  const review = () => new ReviewService(deps());
  const versions = () => new VersionsService(deps());
  const comments = () => new CommentsService(deps());
  return {
    'session:get': () => new SessionService(deps()).get(),
    'session:setUser': ({ personId }) => new SessionService(deps()).setUser(personId),
    'review:state': ({ id }) => review().state(id),
    'review:send': ({ id, message, expectedUpdatedAt }) => review().send(id, message, expectedUpdatedAt),
    'review:approve': ({ id, expectedUpdatedAt }) => review().approve(id, expectedUpdatedAt),
    'review:return': ({ id, reason, expectedUpdatedAt }) => review().returnForChanges(id, reason, expectedUpdatedAt),
    'review:queue': () => review().queue(),
    'review:markSeen': ({ id, version }) => review().markSeen(id, version),
    'versions:list': ({ id }) => versions().list(id),
    'versions:compare': ({ id, from, to }) => versions().compare(id, from, to),
    'versions:restore': ({ id, version, expectedUpdatedAt }) => versions().restore(id, version, expectedUpdatedAt),
    'comments:list': ({ itemId }) => comments().list(itemId),
    'comments:add': (input) => comments().add(input),
    'comments:resolve': ({ id, resolved, expectedUpdatedAt }) => comments().resolve(id, resolved, expectedUpdatedAt),
    'comments:delete': ({ id, expectedUpdatedAt }) => comments().delete(id, expectedUpdatedAt),
  };
};
