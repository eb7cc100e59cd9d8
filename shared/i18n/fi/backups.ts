/** Backups (issue 10): the service's and the CLI's words. */
export const backups = {

};
