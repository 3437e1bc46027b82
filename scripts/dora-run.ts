// A real run of the dora-metrics bundle for npm run screenshots (run by tsx): the tests' loopback
// GitHub API (every request checked against GitHub's schemas) serving a generated history (seed 14),
// the bundle run as the runner runs it; its job summary markdown goes to stdout.
import { generateHistory } from '../test/dora-metrics/history.js';
import { runBundle } from '../test/support/bundle.js';
import { startGithubApi } from '../test/support/github-api.js';
import { closeAllServers } from '../test/support/server.js';

const TOKEN = 'ghs_screenshotsToken5d3a';
const api = await startGithubApi({ token: TOKEN, ...generateHistory(14, 1200, Date.now()) });
try {
  const result = await runBundle('dora-metrics', { env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url } });
  if (result.exitCode === 0 && api.problems.length === 0) process.stdout.write(result.summary);
  else {
    process.stderr.write(`${result.stdout}${result.stderr}${api.problems.join('\n')}\n`);
    process.exitCode = 1;
  }
} finally {
  await closeAllServers();
}
