/** The register's import from a spreadsheet (issue 10): parsing, matching, row errors, the report, the CLI. */
export const dataImport = {

};
