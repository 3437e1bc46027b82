/**
 * The deploy's outputs that the one-step pipeline also has, by the same names and defaults (what
 * a skipped or failed run leaves): one definition for both action.yml contracts.
 */
export const DEPLOY_OUTCOME = {
  deployed: false,
  skipped: false,
  reason: '',
  'deployment-id': '',
  'previous-deployment-id': '',
  url: '',
};
