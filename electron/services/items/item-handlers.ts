// The handler groups of issue 3: agenda items, the people list and organisation settings.
import type { HandlerFactory } from '../handler-factories';
import { PeopleService } from '../people/people-service';
import { SettingsService } from '../settings/settings-service';
import { ItemExportService } from './item-export';
import { ItemImportService } from './item-import';
import { ItemService } from './item-service';
import { ReviewCopyService } from './review-copy-export';

export const itemHandlers: HandlerFactory = (deps) => {
  const service = () => new ItemService(deps());
  const exports = () => new ItemExportService(deps());
  return {
    'items:list': (query) => service().list(query),
    'items:get': ({ id }) => service().get(id),
    'items:create': ({ template, meetingDate, year, id, draft }) => (draft ? service().createFromDraft(draft, { id }) : service().create(template, meetingDate, year, { id })),
    'items:newDraft': ({ template, meetingDate, year }) => service().newDraft(template, meetingDate, year),
    'items:update': ({ id, draft, expectedUpdatedAt }) => service().update(id, draft, expectedUpdatedAt),
    'items:duplicate': ({ id }) => service().duplicate(id),
    'items:import': (json) => new ItemImportService(deps()).importItem(json),
    'items:delete': ({ id }) => service().delete(id),
    'items:restore': ({ id }) => service().restore(id),
    'items:setStatus': ({ id, status }) => service().setStatus(id, status),
    'items:copyProposalToDecision': ({ id }) => service().copyProposalToDecision(id),
    'items:decideAsProposed': ({ id }) => service().decideAsProposed(id),
    'items:resolveLiveValue': (query) => service().resolveLiveValue(query),
    // With comments or changes asked for: the proposal's review copy (issue 9).
    'items:export': ({ id, kind, comments, changesSince }) =>
      comments || changesSince !== null ? new ReviewCopyService(deps()).export(id, kind, { comments, changesSince }) : exports().exportItem(id, kind),
    'items:exportSummary': ({ activeOn, areas }) => exports().exportSummary(activeOn, areas),
    'items:exportItemSummary': ({ id }) => exports().exportItemSummary(id),
    'people:list': () => new PeopleService(deps()).list(),
    'people:save': (input) => new PeopleService(deps()).save(input),
    'people:delete': ({ id, expectedUpdatedAt }) => new PeopleService(deps()).delete(id, expectedUpdatedAt),
    'settings:get': () => new SettingsService(deps()).get(),
    'settings:update': ({ expectedUpdatedAt, ...settings }) => new SettingsService(deps()).update(settings, expectedUpdatedAt),
  };
};
