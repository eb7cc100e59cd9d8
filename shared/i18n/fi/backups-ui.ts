/** Settings → Varmuuskopiot (issue 10). */
export const backupsUi = {

};
