// The handler group of the Word read-back (issue 9): review:readWord and review:applyWord.
import type { HandlerFactory } from '../handler-factories';
import { WordReviewService } from './word-service';

export const wordReviewHandlers: HandlerFactory = (deps) => {
  const service = () => new WordReviewService(deps());
  return {
    'review:readWord': (input) => service().readWord(input),
    'review:applyWord': (input) => service().applyWord(input),
  };
};
