import { cpSync, existsSync } from 'node:fs';

/**
 * Actions that are not deploy-kit's run as recorded no-ops in the rehearsal: each sets the outputs
 * its action.yml documents (values shaped like the real ones), and fails only where the real action
 * fails for a reason the rehearsal can see (docker/login-action without a password, as on a fork).
 * actions/checkout copies the scenario's repository into the workspace, which is what it does.
 */

export interface ThirdPartyContext {
  workspace: string;
  repository: string | undefined;
  env: Record<string, string>;
  github: Record<string, unknown>;
}

export interface ThirdPartyAnswer {
  outputs: Record<string, string>;
  failure?: string;
}

export interface ThirdPartyCall {
  uses: string;
  inputs: Record<string, string>;
}

/** Every call, in order, for assertions (e.g. what upload-artifact was given). */
export const thirdPartyCalls: ThirdPartyCall[] = [];

type Handler = (inputs: Record<string, string>, context: ThirdPartyContext) => ThirdPartyAnswer;

const fail = (failure: string): ThirdPartyAnswer => ({ outputs: {}, failure });

const ACTIONS: Record<string, Handler> = {
  // actions/checkout action.yml outputs: ref, commit.
  'actions/checkout': (inputs, { workspace, repository, github }) => {
    if (repository && existsSync(repository)) cpSync(repository, workspace, { recursive: true });
    return { outputs: { ref: inputs['ref'] || String(github['ref']), commit: String(github['sha']) } };
  },
  // actions/setup-node: node-version, cache-hit.
  'actions/setup-node': (inputs) => ({
    outputs: { 'node-version': `v${inputs['node-version'] || '22'}.12.0`, 'cache-hit': 'false' },
  }),
  // actions/setup-python: python-version, cache-hit, python-path.
  'actions/setup-python': (inputs) => ({
    outputs: {
      'python-version': `${inputs['python-version'] || '3.12'}.8`,
      'cache-hit': 'false',
      'python-path': '/opt/hostedtoolcache/Python/3.12.8/x64/bin/python',
    },
  }),
  // actions/upload-artifact: artifact-id, artifact-url, artifact-digest.
  'actions/upload-artifact': (inputs, { github }) => {
    if (!inputs['path']) return fail('Input required and not supplied: path');
    return {
      outputs: {
        'artifact-id': '1234567',
        'artifact-url': `https://github.com/${String(github['repository'])}/actions/runs/4242/artifacts/1234567`,
        'artifact-digest': 'a3f1c0d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1',
      },
    };
  },
  // actions/download-artifact: download-path.
  'actions/download-artifact': (inputs, { workspace }) => ({
    outputs: { 'download-path': inputs['path'] || workspace },
  }),
  // github/codeql-action/upload-sarif: sarif-id.
  'github/codeql-action/upload-sarif': (inputs) => {
    if (!inputs['sarif_file']) return fail('Input required and not supplied: sarif_file');
    return { outputs: { 'sarif-id': '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f' } };
  },
  // docker/setup-buildx-action: name, driver, platforms, nodes.
  'docker/setup-buildx-action': () => ({
    outputs: { name: 'builder-rehearsal', driver: 'docker-container', platforms: 'linux/amd64', nodes: '[]' },
  }),
  // docker/login-action has no outputs; it fails without a password, as a fork's run does.
  'docker/login-action': (inputs) => (inputs['password'] ? { outputs: {} } : fail('Password required')),
  // docker/metadata-action: tags, labels, json, version.
  'docker/metadata-action': (inputs, { github }) => {
    const images = (inputs['images'] ?? '')
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const tags = images.map((image) => `${image}:sha-${String(github['sha']).slice(0, 7)}`);
    return {
      outputs: {
        tags: tags.join('\n'),
        labels: '',
        json: JSON.stringify({ tags }),
        version: `sha-${String(github['sha']).slice(0, 7)}`,
      },
    };
  },
  // docker/build-push-action: imageid, digest, metadata.
  'docker/build-push-action': () => ({
    outputs: {
      imageid: 'sha256:4d1f0e3c2b1a',
      digest: 'sha256:9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a',
      metadata: '{}',
    },
  }),
  // expo/expo-github-action: no outputs.
  'expo/expo-github-action': () => ({ outputs: {} }),
  // softprops/action-gh-release: url, id, upload_url, assets.
  'softprops/action-gh-release': (_inputs, { github }) => ({
    outputs: {
      url: `https://github.com/${String(github['repository'])}/releases/tag/${String(github['ref_name'])}`,
      id: '987654',
      upload_url: '',
      assets: '[]',
    },
  }),
};

export function thirdPartyAction(
  uses: string,
  inputs: Record<string, string>,
  context: ThirdPartyContext,
): ThirdPartyAnswer {
  const name = uses.replace(/@.*$/, '');
  const handler = ACTIONS[name];
  if (!handler)
    throw new Error(
      `the rehearsal does not know the action ${uses}: ` +
        'add it to test/rehearsal/third-party.ts with its documented outputs',
    );
  thirdPartyCalls.push({ uses, inputs });
  return handler(inputs, context);
}
