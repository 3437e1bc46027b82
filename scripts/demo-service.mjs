// The sample service of `npm run demo` (and of the pipeline's tests): a tiny HTTP server on
// 127.0.0.1 whose GET /health answers for its live release, with the JSON shape of vera's health
// endpoint ({status, checks}: 503 when a check fails). POST /releases makes a release live (with
// the deploy token as a Bearer token) and POST /rollback makes an earlier one live again, as a
// platform's deploy and rollback APIs would; scripts/demo-release.mjs is their client.
import { createServer } from 'node:http';

/** v1 and v2 are good releases; v3 is bad (503, degraded: its database check times out). */
export const RELEASES = {
  v1: { status: 200, body: { status: 'ok', version: 'v1', checks: { database: 'ok' } } },
  v2: { status: 200, body: { status: 'ok', version: 'v2', checks: { database: 'ok' } } },
  v3: { status: 503, body: { status: 'degraded', version: 'v3', checks: { database: 'timeout' } } },
};

/** Starts the service with `live` as its release; `history` lists each switch ("deploy v1 -> v2"). */
export async function startSampleService({ token, live = 'v1' }) {
  const state = { live, history: [] };
  const server = await listen((request, response, body) => {
    const send = (status, value) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    const release = RELEASES[state.live];
    if (request.method === 'GET' && request.url === '/health') return send(release.status, release.body);
    if (request.method === 'GET' && request.url === '/') return send(200, { app: 'sample', version: state.live });
    if (request.method === 'POST' && (request.url === '/releases' || request.url === '/rollback')) {
      if (request.url === '/releases' && request.headers.authorization !== `Bearer ${token}`)
        return send(401, { error: 'bad deploy token' });
      const { version } = JSON.parse(body || '{}');
      if (!RELEASES[version]) return send(404, { error: `no release ${version}` });
      const previous = state.live;
      state.live = version;
      state.history.push(`${request.url === '/rollback' ? 'rollback' : 'deploy'} ${previous} -> ${version}`);
      return send(200, { previous, current: version });
    }
    return send(404, { error: 'not found' });
  });
  return {
    ...server,
    /** The release /health answers for now. */
    get live() {
      return state.live;
    },
    history: state.history,
  };
}

/** An HTTP server on 127.0.0.1 and a free port; the handler gets the whole request body. */
export async function listen(handler) {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      Promise.resolve(handler(request, response, body)).catch((error) => {
        response.writeHead(500);
        response.end(String(error));
      });
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
