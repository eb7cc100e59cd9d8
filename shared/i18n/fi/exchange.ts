/** The exchange file between machines (issue 10): the service's and the CLI's words. */
export const exchange = {

};
