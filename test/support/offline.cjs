'use strict';
/*
 * "No network" for a process and every Node child it starts (loaded with NODE_OPTIONS=--require):
 * every host name except localhost fails to resolve, as on a machine without DNS
 * (`getaddrinfo ENOTFOUND <name>`), and a connection to any address outside loopback is refused
 * before a packet leaves. The real CLIs then fail exactly as they do offline, and a test run on a
 * connected machine never sends a token to a real service.
 */
const dns = require('node:dns');
const net = require('node:net');

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);
const loopback = (host) => LOOPBACK.has(String(host).replace(/^\[|\]$/g, '')) || /^127\./.test(String(host));

function notFound(hostname) {
  const error = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
  error.code = 'ENOTFOUND';
  error.errno = -3008;
  error.syscall = 'getaddrinfo';
  error.hostname = hostname;
  return error;
}

const lookup = dns.lookup;
dns.lookup = function offlineLookup(hostname, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  if (net.isIP(hostname) || loopback(hostname)) return lookup.apply(this, arguments);
  // After a resolver's delay, not at once: vercel 58.4.4 behaves differently when the failure
  // comes before its other work is under way (it exits 1, where offline it exits 0).
  setTimeout(() => done(notFound(hostname)), 30);
  return {};
};
const promisesLookup = dns.promises.lookup;
dns.promises.lookup = async function offlinePromisesLookup(hostname, ...rest) {
  if (net.isIP(hostname) || loopback(hostname)) return promisesLookup.call(this, hostname, ...rest);
  await new Promise((wake) => setTimeout(wake, 30));
  throw notFound(hostname);
};

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function offlineConnect(...args) {
  const first = args[0];
  const options = Array.isArray(first) ? first[0] : first;
  const host =
    typeof options === 'object' && options !== null ? options.host : typeof args[1] === 'string' ? args[1] : undefined;
  const path =
    typeof options === 'object' && options !== null ? options.path : typeof first === 'string' ? first : undefined;
  if (path === undefined && host !== undefined && net.isIP(host) && !loopback(host)) {
    const error = new Error(`connect ENETUNREACH ${host} (offline.cjs: only loopback is reachable)`);
    error.code = 'ENETUNREACH';
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
};
