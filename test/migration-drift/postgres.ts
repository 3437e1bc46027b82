import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingMessage, postgresBin } from '../../scripts/system-deps.mjs';

/**
 * A real PostgreSQL server (Debian's newest installed major, 15 on Debian 12) for one test file
 * (the STYLE.md recipe): initdb and pg_ctl in a temp dir, on a free loopback port, as the postgres
 * user when the tests run as root (initdb refuses root), else as the user running them (a CI
 * runner). The superuser connects through the socket without a password; the application role
 * `app` must give its password over TCP (scram-sha-256), so the tests exercise a database-url that
 * carries a secret.
 */
const BIN = postgresBin('pg_ctl') ?? '';
const ROOT_USER = process.getuid?.() === 0;

export interface Postgres {
  port: number;
  /** The application role's password (deliberately full of URL-special characters). */
  password: string;
  /** A new empty database owned by `app`; returns its SQLAlchemy URL with the password in it. */
  createDatabase(prefix?: string): string;
  /** Runs SQL as the superuser (e.g. the role and database a workflow's service container would create). */
  sql(statement: string): void;
  stop(): void;
}

let counter = 0;

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function asPostgres(command: string, args: string[]): string {
  const [file, argv] = ROOT_USER
    ? ['runuser', ['-u', 'postgres', '--', join(BIN, command), ...args]]
    : [join(BIN, command), args];
  return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function startPostgres(): Promise<Postgres> {
  if (!BIN) throw new Error(missingMessage(['postgresql']));
  const dir = mkdtempSync(join(tmpdir(), 'dk-md-pg-'));
  chmodSync(dir, 0o755);
  if (ROOT_USER) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, uid);
  }
  const data = join(dir, 'data');
  asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  writeFileSync(
    join(data, 'pg_hba.conf'),
    ['local all all trust', 'host all postgres 127.0.0.1/32 trust', 'host all all 127.0.0.1/32 scram-sha-256', ''].join(
      '\n',
    ),
  );
  const port = await freePort();
  asPostgres('pg_ctl', [
    '-D',
    data,
    '-w',
    '-t',
    '60',
    '-l',
    join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  const password = `pg-Pa55:w/rd@${process.pid}%x`;
  const psql = (sql: string) =>
    execFileSync(
      join(BIN, 'psql'),
      ['-h', dir, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-q', '-c', sql],
      { stdio: 'pipe' },
    );
  psql(`CREATE ROLE app LOGIN PASSWORD '${password.replace(/'/g, "''")}'`);
  return {
    port,
    password,
    createDatabase(prefix = 'md') {
      const name = `${prefix.replace(/\W/g, '_')}_${process.pid}_${++counter}`;
      psql(`CREATE DATABASE ${name} OWNER app`);
      return `postgresql://app:${encodeURIComponent(password)}@127.0.0.1:${port}/${name}`;
    },
    sql(statement) {
      psql(statement);
    },
    stop() {
      try {
        asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
