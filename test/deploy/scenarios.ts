/** Valid deploy inputs per provider, on which tests build (the deploy's config test, the pipeline's). */
export const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----';
export const KNOWN = '[vps.example.com]:22 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB';

export const BASE: Record<string, Record<string, string>> = {
  railway: { provider: 'railway', token: 'tok-12345678', service: 'api' },
  vercel: { provider: 'vercel', token: 'tok-12345678' },
  'cloud-run': { provider: 'cloud-run', token: 'tok-12345678', service: 'api', region: 'us-central1', image: 'app:1' },
  ssh: {
    provider: 'ssh',
    'ssh-key': KEY,
    'ssh-host': 'vps.example.com',
    'ssh-user': 'deploy',
    'known-hosts': KNOWN,
    script: 'true',
  },
  'ssh blue-green': {
    provider: 'ssh',
    'ssh-key': KEY,
    'ssh-host': 'vps.example.com',
    'ssh-user': 'deploy',
    'known-hosts': KNOWN,
    'blue-green': 'true',
    'remote-directory': '/srv/shop',
    'switch-script': 'true',
  },
  command: { provider: 'command', token: 'tok-12345678', command: './deploy.sh' },
};
