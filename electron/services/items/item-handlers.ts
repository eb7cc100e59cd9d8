// The handler groups of issue 3: agenda items, the people list and organisation settings.
import type { HandlerFactory } from '../handler-factories';
import { PeopleService } from '../people/people-service';
import { SettingsService } from '../settings/settings-service';
import { ItemExportService } from './item-export';
import { ItemService } from './item-service';

export const itemHandlers: HandlerFactory = (deps) => {
  const service = () => new ItemService(deps());
  const exports = () => new ItemExportService(deps());
  return {
    'items:list': (query) => service().list(query),
    'items:get': ({ id }) => service().get(id),
    'items:create': ({ template, id, draft }) => (draft ? service().createFromDraft(draft, { id }) : service().create(template, { id })),
    'items:newDraft': ({ template }) => service().newDraft(template),
    'items:update': ({ id, draft, expectedUpdatedAt }) => service().update(id, draft, expectedUpdatedAt),
    'items:duplicate': ({ id }) => service().duplicate(id),
    'items:delete': ({ id }) => service().delete(id),
    'items:restore': ({ id }) => service().restore(id),
    'items:setStatus': ({ id, status }) => service().setStatus(id, status),
    'items:copyProposalToDecision': ({ id }) => service().copyProposalToDecision(id),
    'items:resolveLiveValue': (query) => service().resolveLiveValue(query),
    'items:export': ({ id, kind }) => exports().exportItem(id, kind),
    'items:exportSummary': ({ activeOn, areas }) => exports().exportSummary(activeOn, areas),
    'items:exportItemSummary': ({ id }) => exports().exportItemSummary(id),
    'people:list': () => new PeopleService(deps()).list(),
    'people:save': (input) => new PeopleService(deps()).save(input),
    'people:delete': ({ id }) => new PeopleService(deps()).delete(id),
    'settings:get': () => new SettingsService(deps()).get(),
    'settings:update': (input) => new SettingsService(deps()).update(input),
  };
};
