import { describe, expect, it } from 'vitest';
import { collectEvents, parseHelperLine } from '../../src/migration-drift/protocol.js';

describe('the helper line protocol', () => {
  it('reads each event the helper writes', () => {
    const lines = [
      '{"tool": "alembic", "version": "1.8.1", "python": "3.11.2", "revisions": 3, "heads": ["c3d4e5f6a7b8"], ' +
        '"drift_method": "compare_metadata", "event": "info"}',
      '{"message": "upgrade: base -> head (3 revisions)", "event": "progress"}',
      '{"name": "heads", "status": "passed", "duration_ms": 0, "heads": ["c3d4e5f6a7b8"], "event": "check"}',
      '{"name": "drift", "status": "failed", "message": "the models differ from the migrations", ' +
        '"method": "compare_metadata", "differences": [{"kind": "add_table", "target": "audit_log", ' +
        '"words": "table in the models, not in the migrations"}], "event": "check"}',
      '{"duration_ms": 453, "event": "done"}',
    ];
    const events = lines.map(parseHelperLine);
    expect(events.map((e) => e.event)).toEqual(['info', 'progress', 'check', 'check', 'done']);
    const transcript = collectEvents(events);
    expect(transcript.info?.heads).toEqual(['c3d4e5f6a7b8']);
    expect(transcript.checks.map((c) => `${c.name}:${c.status}`)).toEqual(['heads:passed', 'drift:failed']);
    expect(transcript.done).toBe(true);
  });

  it('treats anything else as log text, never as a result', () => {
    for (const line of [
      'INFO  [alembic.runtime.migration] Running upgrade',
      '{"event": "check", "name": "rm -rf", "status": "passed"}',
      '{"event": "check", "name": "drift", "status": "maybe"}',
      '{"event": "check", "name": "heads", "status": "passed", "heads": "abc"}',
      '{"event": "check", "name": "drift", "status": "failed", "differences": "[(\'add_table\', Table(\'x\'))]"}',
      '{"event": "check", "name": "drift", "status": "failed", "differences": [{"kind": "add_table"}]}',
      '{"event": "check", "name": "summary", "status": "passed", "revisions": [{"revision": 1}]}',
      '{"event": "progress"}',
      '[1, 2]',
      '{not json',
    ]) {
      expect(parseHelperLine(line)).toEqual({ event: 'log', message: line });
    }
  });

  it('notices a helper that stopped early', () => {
    const transcript = collectEvents([parseHelperLine('{"event": "fatal", "message": "cannot import alembic"}')]);
    expect(transcript).toEqual({ checks: [], done: false, fatal: 'cannot import alembic' });
  });
});
