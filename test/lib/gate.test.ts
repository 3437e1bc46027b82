import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/lib/errors.js';
import { secretGate } from '../../src/lib/gate.js';

const base = { input: 'token', secretName: 'RAILWAY_TOKEN', what: 'the Railway deploy', required: false };

describe('secretGate', () => {
  it('opens with the secret', () => {
    expect(secretGate({ ...base, value: 'abc' })).toEqual({ open: true, secret: 'abc' });
  });

  it('skips an empty secret with a notice that names it and explains forks', () => {
    const gate = secretGate({ ...base, value: undefined });
    expect(gate.open).toBe(false);
    if (gate.open) return;
    expect(gate.reason).toBe('token empty');
    expect(gate.notice).toContain('RAILWAY_TOKEN');
    expect(gate.notice).toContain('forks');
    expect(gate.notice).toContain('require-token: true');
  });

  it('fails when the secret is required', () => {
    expect(() => secretGate({ ...base, value: undefined, required: true })).toThrow(ConfigError);
    expect(() => secretGate({ ...base, value: undefined, required: true })).toThrow(/secrets\.RAILWAY_TOKEN/);
  });
});
