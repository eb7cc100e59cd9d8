// A file the import cannot read at all (not a spreadsheet, empty, a broken quote, no header):
// VALIDATION with the Finnish reason as the field message, so the app shows it and the CLI
// prints it (callWithDetail); nothing has been written when it is thrown.
import { ServiceError } from '../../../shared/errors';

export function fileError(messageKey: string, params: Record<string, string | number> = {}): ServiceError {
  return new ServiceError('VALIDATION', `Import refused: ${messageKey}`, [{ path: 'dataBase64', message: messageKey, params }]);
}
