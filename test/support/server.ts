import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

/** A request as a loopback server received it. */
export interface RecordedRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds since the server started. */
  at: number;
}

export type Handler = (
  request: RecordedRequest,
  response: ServerResponse,
  raw: IncomingMessage,
) => void | Promise<void>;

export interface LoopbackServer {
  /** `http://127.0.0.1:PORT` (https for TLS servers), no trailing slash. */
  url: string;
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const open = new Set<LoopbackServer>();

/**
 * An HTTP (or, given key and cert, HTTPS) server on 127.0.0.1 and a free port, recording every
 * request. The handler scripts the answer, faults included (hang, reset, slow body).
 */
export async function startServer(handler: Handler, tls?: { key: string; cert: string }): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const started = Date.now();
  const sockets = new Set<Socket>();
  const listener = (raw: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    raw.on('data', (chunk: Buffer) => chunks.push(chunk));
    raw.on('end', () => {
      const recorded: RecordedRequest = {
        method: raw.method ?? 'GET',
        url: raw.url ?? '/',
        headers: Object.fromEntries(
          Object.entries(raw.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]),
        ),
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now() - started,
      };
      requests.push(recorded);
      Promise.resolve(handler(recorded, response, raw)).catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(`test server handler failed: ${String(error)}`);
      });
    });
  };
  const server: Server = tls ? createHttpsServer(tls, listener) : createHttpServer(listener);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const loopback: LoopbackServer = {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((done) => {
        open.delete(loopback);
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
  open.add(loopback);
  return loopback;
}

/** Close every server still open (call from afterEach/afterAll). */
export async function closeAllServers(): Promise<void> {
  await Promise.all([...open].map((server) => server.close()));
}

/** Answer with JSON. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** Answer with plain text. */
export function sendText(
  response: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  response.end(body);
}

/** Answers in turn from a script; the last entry repeats. */
export function scripted(steps: Handler[]): Handler {
  let index = 0;
  return (request, response, raw) => {
    const step = steps[Math.min(index, steps.length - 1)]!;
    index += 1;
    return step(request, response, raw);
  };
}

/** Fault: accept the request and never answer. */
export const hang: Handler = () => {};

/** Fault: reset the connection without an answer. */
export const reset: Handler = (_request, response) => {
  response.socket?.destroy();
};
