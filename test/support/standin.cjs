#!/usr/bin/env node
/* eslint-disable */
// Stand-ins for the railway, vercel and gcloud CLIs, which cannot run here (no accounts, no network).
// `bin/<tool>` runs `node standin.cjs <tool> ARGS`; the npm-registry stand-in's packages require it.
//
// Each invocation appends one JSON line {tool, argv, env, cwd, credential} to $DK_STANDIN_LOG so that
// a test can assert what the tool received (argv elements, the token in the environment), and prints
// output in the real tool's format:
// - railway `up --detach --json`: test/fixtures/railway/responses/cli.railway-up-detach-json.json
//   (railwayapp/cli 5.43.1 src/commands/up.rs); failures as the CLI prints them on stderr, exit 1.
// - vercel `deploy`: stdout test/fixtures/vercel/cli.deploy-json.stdout.json with --format=json or
//   --json, else cli.deploy-prebuilt-prod.stdout.txt (the bare URL, no newline); stderr the banner
//   (cli.deploy-prebuilt-prod.stderr.approx.txt); build failures on stderr, exit 1 (vercel/vercel v58.4.4).
// - gcloud `run deploy|services describe|revisions list|services update-traffic --format=json`: the
//   Knative serving.knative.dev/v1 Service / Revision JSON and the update-traffic target list, in the
//   shapes google-github-actions/deploy-cloudrun's tests/unit/output-parser.test.ts records.
//
// Scripting, through the environment the test gives the action (which its children inherit):
//   DK_STANDIN_FAIL=railway,vercel,gcloud   the named tools fail
//   DK_GCLOUD_NEW_SERVICE=1                  `services describe` answers "Cannot find service"
//   DK_GCLOUD_CURRENT=<revision>             the revision serving before the deploy
//
// Any other tool name (npm, pip, pytest, docker, gh, ...: the commands a workflow's `run:` steps call,
// see recordedTools() in standins.ts) is recorded and succeeds without output, unless an entry of
// DK_STANDIN_FAIL with a space in it starts its command line (e.g. `npm run test:smoke`): then it
// prints that it failed on stderr and exits 1.
const fs = require('node:fs');
const path = require('node:path');

// The recorded formats live in the repository (test/fixtures, beside this file's folder).
const FIXTURES = path.resolve(__dirname, '../fixtures');

const fixture = (...parts) => fs.readFileSync(path.join(FIXTURES, ...parts), 'utf8');

function record(tool, argv) {
  const log = process.env.DK_STANDIN_LOG;
  if (!log) return;
  const credentialFile =
    process.env.CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE || process.env.CLOUDSDK_AUTH_ACCESS_TOKEN_FILE;
  let credential;
  if (credentialFile) {
    const mode = fs.statSync(credentialFile).mode & 0o777;
    credential = { file: credentialFile, mode, content: fs.readFileSync(credentialFile, 'utf8') };
  }
  fs.appendFileSync(
    log,
    JSON.stringify({ tool, argv, env: { ...process.env }, cwd: process.cwd(), credential }) + '\n',
  );
}

const failing = (tool) => (process.env.DK_STANDIN_FAIL || '').split(',').includes(tool);

function out(text) {
  process.stdout.write(text);
}
function err(text) {
  process.stderr.write(text);
}

function railway(argv) {
  if (argv[0] === '--version') return (out('railway 5.43.1\n'), 0);
  if (argv[0] !== 'up') return (err(`error: unrecognized subcommand '${argv[0]}'\n`), 2);
  if (!process.env.RAILWAY_TOKEN && !process.env.RAILWAY_API_TOKEN) {
    return (err('Unauthorized. Please login with `railway login`\n'), 1);
  }
  if (process.env.RAILWAY_TOKEN && process.env.RAILWAY_API_TOKEN) {
    return (err('Both RAILWAY_TOKEN and RAILWAY_API_TOKEN are set: only one may be set at a time\n'), 1);
  }
  if (failing('railway')) {
    return (
      err(
        "Invalid RAILWAY_TOKEN. Please check that it is valid and has access to the resource you're trying to use.\n",
      ),
      1
    );
  }
  err('Indexing...\nUploading...\n');
  if (argv.includes('--json')) out(fixture('railway', 'responses', 'cli.railway-up-detach-json.json'));
  else
    out(
      '  Build Logs: ' + JSON.parse(fixture('railway', 'responses', 'cli.railway-up-detach-json.json')).logsUrl + '\n',
    );
  return 0;
}

function vercel(argv) {
  if (argv[0] === '--version' || argv[0] === '-v') return (out('Vercel CLI 58.4.4\n58.4.4\n'), 0);
  if (argv[0] !== 'deploy') return (err(`Error: unknown command ${argv[0]}\n`), 2);
  if (!process.env.VERCEL_TOKEN)
    return (err('Error: No existing credentials found. Please run `vercel login` or pass "--token"\n'), 1);
  err(fixture('vercel', 'cli.deploy-prebuilt-prod.stderr.approx.txt').split('\n').slice(0, 2).join('\n') + '\n');
  if (failing('vercel')) return (err('Error: Command "npm run build" exited with 1\n'), 1);
  err(fixture('vercel', 'cli.deploy-prebuilt-prod.stderr.approx.txt').split('\n').slice(2).join('\n'));
  const json = argv.includes('--json') || argv.includes('--format=json');
  const body = JSON.parse(fixture('vercel', 'cli.deploy-json.stdout.json'));
  if (!argv.includes('--prod')) body.target = null;
  out(json ? JSON.stringify(body, null, 2) + '\n' : fixture('vercel', 'cli.deploy-prebuilt-prod.stdout.txt'));
  return 0;
}

function flag(argv, name) {
  const hit = argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : undefined;
}

const SERVICE_URL = (service) => `https://${service}-4goqgbaxqq-uc.a.run.app`;
const condition = (status) => [
  { lastTransitionTime: '2026-01-25T21:13:54.457086Z', status, type: 'Ready' },
  { lastTransitionTime: '2026-01-25T21:13:48.190586Z', status: 'True', type: 'ConfigurationsReady' },
  { lastTransitionTime: '2026-01-25T21:13:54.457086Z', status, type: 'RoutesReady' },
];

function knativeService(service, region, revision, traffic, ready = true) {
  return {
    apiVersion: 'serving.knative.dev/v1',
    kind: 'Service',
    metadata: {
      annotations: { 'run.googleapis.com/client-name': 'gcloud', 'run.googleapis.com/client-version': '540.0.0' },
      creationTimestamp: '2026-01-25T21:10:53.714758Z',
      generation: 7,
      labels: { 'cloud.googleapis.com/location': region },
      name: service,
      namespace: '392520182231',
      uid: 'a79b8fc9-f05b-468c-809a-7bb28988fb00',
    },
    spec: {
      template: {
        metadata: { name: revision.created },
        spec: { containerConcurrency: 80, containers: [{ image: revision.image }] },
      },
    },
    status: {
      address: { url: SERVICE_URL(service) },
      conditions: condition(ready ? 'True' : 'False'),
      latestCreatedRevisionName: revision.created,
      latestReadyRevisionName: ready ? revision.created : revision.previous,
      observedGeneration: 7,
      traffic,
      url: SERVICE_URL(service),
    },
  };
}

function gcloud(argv) {
  const positional = argv.filter((a) => !a.startsWith('--'));
  const [group, verb, third, fourth] = positional;
  const region = flag(argv, 'region') || 'us-central1';
  const current = process.env.DK_GCLOUD_CURRENT || 'api-00006-kov';
  if (group !== 'run') return (err(`ERROR: (gcloud) Invalid choice: '${group}'.\n`), 2);
  if (!process.env.CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE && !process.env.CLOUDSDK_AUTH_ACCESS_TOKEN_FILE) {
    return (err('ERROR: (gcloud.run) You do not currently have an active account selected.\n'), 1);
  }
  if (verb === 'services' && third === 'describe') {
    const service = fourth;
    if (process.env.DK_GCLOUD_NEW_SERVICE)
      return (err(`ERROR: (gcloud.run.services.describe) Cannot find service [${service}]\n`), 1);
    const traffic = [{ latestRevision: true, percent: 100, revisionName: current }];
    out(
      JSON.stringify(
        knativeService(service, region, { created: current, previous: current, image: 'old' }, traffic),
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  if (verb === 'deploy') {
    const service = third;
    const created = `${service}-00007-leg`;
    err(
      `Deploying container to Cloud Run service [${service}] ` +
        `in project [${flag(argv, 'project') || 'configured'}] region [${region}]\n`,
    );
    if (failing('gcloud')) {
      err(
        `Deployment failed\nERROR: (gcloud.run.deploy) Revision '${created}' is not ready and cannot serve traffic. ` +
          'The user-provided container failed to start and listen on the port defined provided by ' +
          'the PORT=8080 environment variable.\n',
      );
      return 1;
    }
    const tag = flag(argv, 'tag');
    const noTraffic = argv.includes('--no-traffic');
    const traffic = noTraffic
      ? [
          { percent: 100, revisionName: current },
          {
            percent: 0,
            revisionName: created,
            ...(tag ? { tag, url: `https://${tag}---${service}-4goqgbaxqq-uc.a.run.app` } : {}),
          },
        ]
      : [
          {
            latestRevision: true,
            percent: 100,
            revisionName: created,
            ...(tag ? { tag, url: `https://${tag}---${service}-4goqgbaxqq-uc.a.run.app` } : {}),
          },
        ];
    err('Done.\n');
    out(
      JSON.stringify(
        knativeService(service, region, { created, previous: current, image: flag(argv, 'image') }, traffic),
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  if (verb === 'revisions' && third === 'list') {
    const service = flag(argv, 'service');
    const revision = (name, ts, ready) => ({
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Revision',
      metadata: { name, creationTimestamp: ts, labels: { 'serving.knative.dev/service': service } },
      status: { conditions: condition(ready ? 'True' : 'False') },
    });
    out(
      JSON.stringify(
        [
          revision(`${service}-00007-leg`, '2026-01-26T10:00:00Z', true),
          revision(current, '2026-01-25T21:10:53Z', true),
          revision(`${service}-00005-yus`, '2026-01-20T08:00:00Z', true),
        ],
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  if (verb === 'services' && third === 'update-traffic') {
    const service = fourth;
    const to = flag(argv, 'to-revisions');
    if (failing('gcloud'))
      return (
        err(`ERROR: (gcloud.run.services.update-traffic) PERMISSION_DENIED: Permission 'run.services.update' denied\n`),
        1
      );
    const [target] = (to || '').split('=');
    const entry = (name, percent, latest) => ({
      displayPercent: `${percent}%`,
      displayRevisionId: latest ? `LATEST (currently ${name})` : name,
      displayTags: '',
      key: latest ? 'LATEST' : name,
      latestRevision: latest,
      revisionName: name,
      serviceUrl: SERVICE_URL(service),
      specPercent: String(percent),
      specTags: '-',
      statusPercent: String(percent),
      statusTags: '-',
      tags: [],
      urls: [],
    });
    out(JSON.stringify([entry(target, 100, false)], null, 2) + '\n');
    return 0;
  }
  return (err(`ERROR: (gcloud.run) Invalid choice: '${verb}'.\n`), 2);
}

// docker (the rehearsal, on the runner and on the blue-green host): `run -d -p HOST:PORT --name NAME
// IMAGE` and `compose up -d` start a "container" for each image that $DK_CONTAINERS (a JSON file:
// {image: {ports: [host], routes: {path: [status, content type, body]}}}) describes: a detached copy
// of this script serving those routes on 127.0.0.1:HOST. On the host, `compose -p PROJECT up|start`
// with DEPLOY_PORT set starts the `colour` image on DEPLOY_PORT under the name PROJECT. `rm -f
// NAME...`, `stop`, `compose [-p PROJECT] down|stop` end them (their pids are kept in
// $DK_STANDIN_LOG.containers). Other docker commands are only recorded.
function docker(argv) {
  const specs = process.env.DK_CONTAINERS ? JSON.parse(fs.readFileSync(process.env.DK_CONTAINERS, 'utf8')) : {};
  const pids = `${process.env.DK_STANDIN_LOG}.containers`;
  const running = () =>
    fs.existsSync(pids)
      ? fs
          .readFileSync(pids, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line))
      : [];
  const start = (image, name, hostPort) => {
    const child = require('node:child_process').spawn(
      process.execPath,
      [__filename, 'container', image, String(hostPort)],
      { detached: true, stdio: 'ignore', env: process.env },
    );
    child.unref();
    fs.appendFileSync(pids, JSON.stringify({ name, image, pid: child.pid }) + '\n');
    out(`${(child.pid * 7919).toString(16).padStart(12, '0')}\n`);
  };
  const stop = (names) => {
    for (const container of running()) {
      if (names && !names.includes(container.name)) continue;
      try {
        process.kill(container.pid, 'SIGTERM');
      } catch {}
    }
  };
  if (argv[0] === 'run' && argv.includes('-d')) {
    const name = flag(argv, 'name') || argv[argv.indexOf('--name') + 1];
    const port = argv[argv.indexOf('-p') + 1];
    const image = argv[argv.length - 1];
    if (!specs[image]) return (err(`Unable to find image '${image}:latest' locally\n`), 125);
    start(image, name, port.split(':')[0]);
    return 0;
  }
  if (argv[0] === 'compose') {
    const project = argv.includes('-p') ? argv[argv.indexOf('-p') + 1] : undefined;
    const verb = argv.slice(1).find((a) => ['up', 'start', 'down', 'stop', 'exec', 'pull', 'logs', 'ps'].includes(a));
    if (verb === 'up' || verb === 'start') {
      // On the blue-green host: the colour's project publishes its backend on DEPLOY_PORT.
      if (process.env.DEPLOY_PORT && specs.colour) start('colour', project, process.env.DEPLOY_PORT);
      else
        for (const [image, spec] of Object.entries(specs))
          for (const port of spec.ports || []) start(image, project || image, port);
      return 0;
    }
    if (verb === 'down' || verb === 'stop') return (stop(project ? [project] : undefined), 0);
    return recorded('docker', argv);
  }
  if (argv[0] === 'rm' || argv[0] === 'stop') return (stop(argv.slice(1).filter((a) => !a.startsWith('-'))), 0);
  return recorded('docker', argv);
}

function container(image, port) {
  const spec = JSON.parse(fs.readFileSync(process.env.DK_CONTAINERS, 'utf8'))[image];
  require('node:http')
    .createServer((request, response) => {
      const route = spec.routes[new URL(request.url, 'http://x').pathname] || [404, 'text/plain', 'Not Found'];
      response.writeHead(route[0], { 'content-type': route[1] });
      response.end(route[2]);
    })
    .listen(Number(port), '127.0.0.1');
  return undefined;
}

function recorded(tool, argv) {
  const line = [tool, ...argv].join(' ');
  const scripted = (process.env.DK_STANDIN_FAIL || '')
    .split(',')
    .find((entry) => entry.includes(' ') && line.startsWith(entry));
  if (scripted) return (err(`${line}: failed (the rehearsal scripted "${scripted}" to fail)\n`), 1);
  return 0;
}

function main(tool, argv) {
  if (tool === 'container') return container(argv[0], argv[1]);
  record(tool, argv);
  const run = { railway, vercel, gcloud, docker }[tool];
  if (!run) return recorded(tool, argv);
  return run(argv);
}

module.exports = { main };

if (require.main === module) {
  const code = main(process.argv[2], process.argv.slice(3));
  if (code !== undefined) process.exitCode = code;
}
