#!/usr/bin/env node
// The demo's "platform CLI" (npm run demo): switches the sample service's live release, as a
// platform's deploy or rollback API would, and reports what a deploy-kit `command` deploy reads.
//   node scripts/demo-release.mjs v2              deploy v2 (the deploy token in DEPLOY_TOKEN)
//   node scripts/demo-release.mjs --rollback v2   make v2 live again
// The service's address comes from DEMO_SERVICE_URL (loopback, set by scripts/demo.mjs).
const args = process.argv.slice(2);
const rollback = args[0] === '--rollback';
const version = rollback ? args[1] : args[0];
const service = process.env.DEMO_SERVICE_URL;
if (!version || !service) {
  console.error('usage: DEMO_SERVICE_URL=http://127.0.0.1:PORT node scripts/demo-release.mjs [--rollback] VERSION');
  process.exit(2);
}

const response = await fetch(`${service}/${rollback ? 'rollback' : 'releases'}`, {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    ...(rollback ? {} : { authorization: `Bearer ${process.env.DEPLOY_TOKEN ?? ''}` }),
  },
  body: JSON.stringify({ version }),
});
const answer = await response.json();
if (!response.ok) {
  console.error(`${rollback ? 'rollback' : 'deploy'} refused: HTTP ${response.status} ${answer.error ?? ''}`);
  process.exit(1);
}
console.log(`${answer.previous} -> ${answer.current} is live`);
if (!rollback) {
  // What the deploy action reads from a command's output (deploy-kit-output: name=value).
  console.log(`deploy-kit-output: deployment-id=${answer.current}`);
  console.log(`deploy-kit-output: previous-deployment-id=${answer.previous}`);
  console.log(`deploy-kit-output: url=${service}/`);
}
