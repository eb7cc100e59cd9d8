// The static list of handler groups behind the one handler table. Each group gets a function
// that returns the open database's deps (throwing DB_UNAVAILABLE after a startup error), so the
// table exists from the start and recovery needs no rebuild. Append a group per feature.
import type { HandlerTable } from './dispatch';
import type { ServiceDeps } from './service-deps';
import { ProjectService } from './projects/project-service';
import { itemHandlers } from './items/item-handlers';
import { appealTextHandlers } from './appeal-texts/appeal-text-service';
import { meetingHandlers } from './meetings/meeting-handlers';
import { meetingExportHandlers } from './meetings/meeting-export';
import { reviewHandlers } from './review/review-handlers';
import { wordReviewHandlers } from './review/word-handlers';
import { importHandlers } from './import/import-handlers';
import { exchangeHandlers } from './exchange/exchange-handlers';

export type HandlerFactory = (deps: () => ServiceDeps) => HandlerTable;

export const projectHandlers: HandlerFactory = (deps) => {
  const service = () => new ProjectService(deps());
  return {
    'projects:list': (query) => service().list(query),
    'projects:get': ({ id }) => service().get(id),
    'projects:create': (input) => service().create(input),
    'projects:update': ({ id, input, expectedUpdatedAt }) => service().update(id, input, expectedUpdatedAt),
    'projects:delete': ({ id, expectedUpdatedAt }) => service().delete(id, expectedUpdatedAt),
    'projects:restore': ({ id }) => service().restore(id),
    'projects:export': ({ format, query }) => service().export(format, query),
  };
};

export const handlerFactories: readonly HandlerFactory[] = [projectHandlers, itemHandlers, appealTextHandlers, meetingHandlers, meetingExportHandlers, reviewHandlers, wordReviewHandlers, importHandlers, exchangeHandlers];
