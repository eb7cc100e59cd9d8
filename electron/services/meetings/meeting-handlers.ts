// The handlers of bodies:* and meetings:* (issue 8), except the three Word exports, which the
// document services register (electron/export).
import type { HandlerFactory } from '../handler-factories';
import { BodyService } from './body-service';
import { MeetingService } from './meeting-service';

export const meetingHandlers: HandlerFactory = (deps) => {
  const bodies = () => new BodyService(deps());
  const meetings = () => new MeetingService(deps());
  return {
    'bodies:list': () => bodies().list(),
    'bodies:save': (input) => bodies().save(input),
    'bodies:delete': ({ id, expectedUpdatedAt }) => bodies().delete(id, expectedUpdatedAt),
    'meetings:list': ({ year }) => meetings().list(year),
    'meetings:get': ({ id }) => meetings().get(id),
    'meetings:create': (input) => meetings().create(input),
    'meetings:update': ({ id, expectedUpdatedAt, patch }) => meetings().update(id, expectedUpdatedAt, patch),
    'meetings:setStatus': (input) => meetings().setStatus(input),
    'meetings:delete': ({ id, expectedUpdatedAt }) => meetings().delete(id, expectedUpdatedAt),
    'meetings:pool': ({ meetingId }) => meetings().pool(meetingId),
    'meetings:addItem': ({ meetingId, itemId, position }) => meetings().addItem(meetingId, itemId, position),
    'meetings:addStandardItems': ({ meetingId, kinds }) => meetings().addStandardItems(meetingId, kinds),
    'meetings:removeSection': ({ sectionId }) => meetings().removeSection(sectionId),
    'meetings:moveSection': ({ sectionId, toPosition }) => meetings().moveSection(sectionId, toPosition),
    'meetings:updateSection': (patch) => meetings().updateSection(patch),
  };
};
