import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 744:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3241:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(222);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 222:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: main

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: ./build/node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __nccwpck_require__(1934);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./build/lib/commands.js

/**
 * Untrusted text never becomes a runner command. The runner reads the step's stdout line by line
 * (a line ends at CR, LF or CRLF) and runs a line as a workflow command when, after leading blanks,
 * it starts with `::` (`::warning::…`, `::add-mask::…`, `::stop-commands::…`) or when it holds the
 * legacy `##[name]` form anywhere. Child output, report fields, HTTP bodies and API messages are
 * written by others, so every log line goes through `inertText` on its way out (one place:
 * the core that runAction hands to an action).
 */
/** Whether the runner could read this line as a command (erring on the safe side). */
function mayBeCommand(line) {
    return /^[\s\u0085]*::/.test(line) || line.includes('##[');
}
/**
 * The text to write so that the runner shows `text` as it is and runs none of it. Text with no
 * line that could be a command is returned unchanged. Otherwise it is wrapped in the runner's own
 * `::stop-commands::<token>` … `::<token>::` with a fresh random token that the text cannot hold,
 * all in the one string written at once: the runner is never left stopped, and nothing of ours
 * (an `::error::`, a group) can land between the two lines.
 */
function inertText(text, newToken = external_node_crypto_.randomUUID) {
    // Most lines hold neither `::` nor `##[`: those need no splitting.
    if ((!text.includes('::') && !text.includes('##[')) || !text.split(/\r\n|\r|\n/).some(mayBeCommand))
        return text;
    let token = newToken();
    while (text.toLowerCase().includes(token.toLowerCase()))
        token = newToken();
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}
/**
 * One untrusted value kept on one line, escaped as @actions/core escapes command data (`%` -> `%25`,
 * CR -> `%0D`, LF -> `%0A`): a package name or a title from a report cannot start a line of its own.
 */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

;// CONCATENATED MODULE: ./build/lib/context.js

function readRunContext(env, readFile = (p) => (0,external_node_fs_namespaceObject.readFileSync)(p, 'utf8')) {
    const event = readEvent(env['GITHUB_EVENT_PATH'], readFile);
    const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    const runId = env['GITHUB_RUN_ID'] ?? '';
    const runAttempt = env['GITHUB_RUN_ATTEMPT'] ?? '1';
    const pr = asRecord(event['pull_request']);
    const pullRequest = pr
        ? {
            number: Number(pr['number'] ?? event['number'] ?? 0),
            title: String(pr['title'] ?? ''),
            headSha: String(asRecord(pr['head'])?.['sha'] ?? ''),
            isFork: isForkPullRequest(pr),
            url: String(pr['html_url'] ?? ''),
        }
        : undefined;
    const sha = pullRequest?.headSha || env['GITHUB_SHA'] || '';
    const headCommit = asRecord(event['head_commit']);
    const message = typeof headCommit?.['message'] === 'string' ? headCommit['message'] : undefined;
    return {
        serverUrl,
        apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
        workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
        repository,
        owner,
        repo,
        runId,
        runAttempt,
        runUrl: repository && runId
            ? `${serverUrl}/${repository}/actions/runs/${runId}${runAttempt !== '1' ? `/attempts/${runAttempt}` : ''}`
            : '',
        workflow: env['GITHUB_WORKFLOW'] ?? '',
        job: env['GITHUB_JOB'] ?? '',
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        sha,
        shortSha: sha.slice(0, 7),
        ref: env['GITHUB_REF'] ?? '',
        refName: env['GITHUB_HEAD_REF'] || env['GITHUB_REF_NAME'] || '',
        actor: env['GITHUB_ACTOR'] ?? '',
        ...(pullRequest ? { pullRequest } : {}),
        ...(message ? { commitSubject: message.split('\n')[0] } : {}),
        event,
    };
}
function readEvent(path, readFile) {
    if (!path)
        return {};
    try {
        return asRecord(JSON.parse(readFile(path))) ?? {};
    }
    catch {
        return {};
    }
}
function isForkPullRequest(pr) {
    const head = asRecord(asRecord(pr['head'])?.['repo']);
    const base = asRecord(asRecord(pr['base'])?.['repo']);
    if (head?.['fork'] === true)
        return true;
    return Boolean(head && base && head['full_name'] !== base['full_name']);
}
function asRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}

;// CONCATENATED MODULE: ./build/lib/errors.js
/**
 * A mistake in the workflow file (a bad or missing input), reported as one sentence that names the
 * input and what it accepts. Anything else that escapes an action is a failure of the action or of
 * a service it talks to, and is reported with its own message.
 */
class errors_ConfigError extends Error {
    name = 'ConfigError';
}
/** The message of anything thrown, including non-Error throws (a string, an object). */
function errors_messageOf(error) {
    if (error instanceof Error) {
        const cause = error.cause instanceof Error ? error.cause.message : undefined;
        return cause && !error.message.includes(cause) ? `${error.message}: ${cause}` : error.message;
    }
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/**
 * Where a JSON parser gave up, without a byte of the text: V8's messages quote the start of the
 * input (`Unexpected token 'r', "root:x:0:0"... is not valid JSON`), and a file that is not the
 * expected format (a path mistyped, or pointed at /etc/passwd) must never reach the log.
 */
function jsonProblem(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/end of (JSON )?(input|data)|Unterminated/i.test(message))
        return 'its JSON ends early';
    const position = /position (\d+)/.exec(message)?.[1];
    if (/^Unexpected data after/.test(message))
        return `more follows the JSON, from byte ${position ?? '?'}`;
    if (position !== undefined)
        return `the JSON is invalid at byte ${position}`;
    return 'a character where JSON cannot have it';
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./build/lib/exec.js



/** Thrown when the executable cannot be started at all (not found, not executable). */
class SpawnError extends Error {
    name = 'SpawnError';
}
/**
 * Runs processes as a step whose environment is `env` and whose working directory is `cwd`: a
 * child inherits both (minus what no child should inherit); a request's relative `cwd` is taken
 * from the step's directory, as a shell in that directory would.
 */
function executeIn(env, cwd) {
    return (req) => spawnChild({ ...req, env: { ...inheritedEnvironment(env), ...req.env } }, req.cwd === undefined ? cwd : cwd === undefined ? req.cwd : (0,external_node_path_.resolve)(cwd, req.cwd));
}
/** `dir`: where the child starts (req.cwd as the step sees it); messages name req.cwd as given. */
function spawnChild(req, dir) {
    const started = performance.now();
    const limit = req.maxCaptureBytes ?? 8 * 1024 * 1024;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(req.command, [...req.args], {
            cwd: dir,
            env: req.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            // Its own process group, so that a timeout also stops what a shell script started.
            detached: process.platform !== 'win32',
            shell: false,
            windowsHide: true,
        });
        const stdout = new Capture(limit, 'stdout', req);
        const stderr = new Capture(limit, 'stderr', req);
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        if (req.onLine)
            keepPaceWithLog(child);
        child.stdin.on('error', () => { }); // the process may exit without reading stdin
        child.stdin.end(req.input ?? '');
        let timedOut = false;
        let killTimer;
        const timer = req.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                signalTree(child.pid, 'SIGTERM');
                killTimer = setTimeout(() => signalTree(child.pid, 'SIGKILL'), 3000);
            }, req.timeoutMs)
            : undefined;
        child.on('error', (error) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            const why = error.code === 'ENOENT' ? missingWhat(req, dir) : error.message;
            reject(new SpawnError(`Could not start ${req.command}: ${why}`));
        });
        child.on('close', (exitCode, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            resolve({
                exitCode,
                signal,
                stdout: stdout.finish(),
                stderr: stderr.finish(),
                timedOut,
                durationMs: Math.round(performance.now() - started),
            });
        });
    });
}
/**
 * A child that prints faster than the log is read would otherwise have all its output queued in
 * our memory (50 MB printed became 350 MB resident): its pipes are paused while our stdout has a
 * backlog, so the child waits instead, as it would writing to a terminal.
 */
function keepPaceWithLog(child) {
    const streams = [child.stdout, child.stderr];
    const check = () => {
        if (!process.stdout.writableNeedDrain || streams.every((stream) => stream.isPaused()))
            return;
        for (const stream of streams)
            stream.pause();
        process.stdout.once('drain', () => {
            for (const stream of streams)
                stream.resume();
        });
    };
    for (const stream of streams)
        stream.on('data', check);
}
/** spawn says ENOENT for a missing working directory as for a missing executable: tell them apart. */
function missingWhat(req, dir) {
    if (dir !== undefined && !(0,external_node_fs_namespaceObject.existsSync)(dir))
        return `the working directory ${req.cwd ?? dir} does not exist`;
    return req.command.includes('/') ? 'no such file' : 'not found on PATH';
}
/** The parent's environment minus what no child should inherit (see ExecRequest.env). */
function inheritedEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_') && name !== 'ACTIONS_RUNTIME_TOKEN'));
}
function signalTree(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(process.platform === 'win32' ? pid : -pid, signal);
    }
    catch {
        // already gone
    }
}
/** Collects one stream: the tail up to a bound, and complete lines handed to onLine as they come. */
class Capture {
    limit;
    stream;
    req;
    #chunks = [];
    #bytes = 0;
    #partial = '';
    constructor(limit, stream, req) {
        this.limit = limit;
        this.stream = stream;
        this.req = req;
    }
    push(chunk) {
        this.#chunks.push(chunk);
        this.#bytes += chunk.length;
        while (this.#bytes > this.limit && this.#chunks.length > 1)
            this.#bytes -= this.#chunks.shift().length;
        if (!this.req.onLine)
            return;
        const lines = (this.#partial + chunk.toString('utf8')).split('\n');
        this.#partial = lines.pop() ?? '';
        for (const line of lines)
            this.#emit(line);
    }
    finish() {
        if (this.#partial)
            this.#emit(this.#partial);
        this.#partial = '';
        const text = Buffer.concat(this.#chunks).toString('utf8');
        return this.req.redact ? this.req.redact(text) : text;
    }
    #emit(line) {
        const clean = line.replace(/\r$/, '');
        this.req.onLine?.(this.req.redact ? this.req.redact(clean) : clean, this.stream);
    }
}
/**
 * The argv that runs a user's own multi-line script (a `command`, a `rollback-command`) the way a
 * `run:` step does (`bash --noprofile --norc -eo pipefail`): a failing line fails the whole script.
 * The script is one argv element, never interpolated.
 */
function bashScriptArgs(script) {
    return ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script];
}
/** How a command is shown in logs: each argument quoted when it needs it. */
function showCommand(command, args) {
    return [command, ...args]
        .map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replace(/'/g, `'\\''`)}'`))
        .join(' ');
}
/** One line saying how a process ended, for error messages. */
function describeExit(result, timeoutMs) {
    if (result.timedOut)
        return `timed out after ${timeoutMs ?? result.durationMs} ms and was stopped`;
    if (result.signal)
        return `was killed by ${result.signal}`;
    return `exited with code ${result.exitCode}`;
}
/** `<what> exited with code 1: <its last lines>`: how a failed process is told, everywhere. */
function describeFailure(what, result, timeoutMs, lines = 3) {
    const said = lastLines(result.stderr, lines) || lastLines(result.stdout, lines);
    return `${what} ${describeExit(result, timeoutMs)}${said ? `: ${said}` : ''}`;
}
/** describeFailure as an Error, to throw. */
function toolFailure(what, result, timeoutMs) {
    return new Error(describeFailure(what, result, timeoutMs));
}
/** The last few non-empty lines of a stream, for an error message. */
function lastLines(text, count = 5) {
    return text
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== '')
        .slice(-count)
        .join('\n');
}
/** The first executable file named `name` in the directories of a PATH string. */
function findOnPath(name, searchPath) {
    for (const dir of (searchPath ?? '').split(delimiter)) {
        if (!dir)
            continue;
        const candidate = join(dir, name);
        try {
            accessSync(candidate, constants.X_OK);
            if (statSync(candidate).isFile())
                return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/lib/http.js
/**
 * HTTP on undici: a deadline per request (headers and body), bodies read up to a bound, proxies
 * from HTTPS_PROXY / HTTP_PROXY / NO_PROXY, optional redirects and TLS settings, and bounded
 * retries through undici's RetryAgent with our own decision (`planRetry`, pure) so that
 * Retry-After is honoured and the whole retry budget is capped. undici is imported on the first
 * request, so runs that never make one (a skip) do not pay for loading it.
 */
let undici;
/** undici, imported once on first use (also by download.ts). */
const loadUndici = () => (undici ??= Promise.all(/* import() */[__nccwpck_require__.e(505), __nccwpck_require__.e(370)]).then(__nccwpck_require__.bind(__nccwpck_require__, 370)));
/** A request that got no HTTP answer: refused, reset, timed out, TLS failure, too many redirects. */
class HttpError extends Error {
    code;
    attempts;
    name = 'HttpError';
    constructor(message, code, attempts) {
        super(message);
        this.code = code;
        this.attempts = attempts;
    }
}
const DEFAULT_RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
/** Network failures before any byte of the request left: no server can have acted on it. */
const NOT_SENT_ERROR_CODES = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ENETDOWN',
    'ENETUNREACH',
    'EHOSTDOWN',
    'EHOSTUNREACH',
    'UND_ERR_CONNECT_TIMEOUT',
]);
/** Network failures on a connection that was open: the request may have arrived, in part or whole. */
const MAYBE_SENT_ERROR_CODES = [
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'UND_ERR_SOCKET',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
];
const RETRY_ERROR_CODES = new Set([...NOT_SENT_ERROR_CODES, ...MAYBE_SENT_ERROR_CODES]);
/** Methods that may be sent again without harm (RFC 9110, 9.2.2), when the caller does not say. */
function isIdempotent(method) {
    return !['POST', 'PATCH'].includes(method.toUpperCase());
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, nowMs) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Math.round(Number(text) * 1000);
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
/** Whether attempt `attempt` (1-based) that failed this way gets another try, and after how long. */
function planRetry(failure) {
    const { policy } = failure;
    const statuses = policy.statusCodes ?? DEFAULT_RETRY_STATUSES;
    if (failure.status !== undefined && !statuses.includes(failure.status)) {
        return { retry: false, why: `status ${failure.status} is final` };
    }
    if (failure.status === undefined && !RETRY_ERROR_CODES.has(failure.errorCode ?? '')) {
        return { retry: false, why: `error ${failure.errorCode ?? 'unknown'} is final` };
    }
    if (failure.status === undefined &&
        policy.idempotent === false &&
        !NOT_SENT_ERROR_CODES.has(failure.errorCode ?? '')) {
        return {
            retry: false,
            why: `error ${failure.errorCode} came after the request was sent, and sending it again could repeat it`,
        };
    }
    if (failure.attempt > policy.retries)
        return { retry: false, why: `gave up after ${failure.attempt} attempts` };
    const backoff = Math.min(policy.minDelayMs * 2 ** (failure.attempt - 1), policy.maxDelayMs);
    const delayMs = failure.retryAfterMs ?? backoff;
    const left = policy.budgetMs - failure.waitedMs;
    if (delayMs > left) {
        const [waitSeconds, leftSeconds] = [Math.ceil(delayMs / 1000), Math.max(0, Math.floor(left / 1000))];
        return {
            retry: false,
            why: `the next wait (${waitSeconds} s) exceeds the retry budget left (${leftSeconds} s)`,
        };
    }
    return { retry: true, delayMs };
}
/**
 * The request a redirect leads to, or undefined when the answer is not one to follow (not a
 * 301/302/303/307/308, no Location, not http(s)). Another origin (scheme, host or port) gets none
 * of the caller's headers: they are the user's credentials as often as not (`Authorization`,
 * `X-Api-Key`, a cookie), and undici's own redirect handling drops only the few it knows. Once
 * dropped they stay dropped, even if a later hop comes back. 303, and 301/302 after a POST, go
 * on as a GET without the body, as browsers do.
 */
function redirectStep(hop, status, location) {
    if (![301, 302, 303, 307, 308].includes(status) || !location)
        return undefined;
    let next;
    try {
        next = new URL(location, hop.url);
    }
    catch {
        return undefined;
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:')
        return undefined;
    const sameOrigin = next.origin === new URL(hop.url).origin;
    const toGet = (status === 303 && hop.method !== 'HEAD') || ((status === 301 || status === 302) && hop.method === 'POST');
    let headers = sameOrigin ? hop.headers : {};
    if (toGet)
        headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !/^content-(type|length)$/i.test(name)));
    return {
        url: next.href,
        method: toGet ? 'GET' : hop.method,
        headers,
        ...(toGet || hop.body === undefined ? {} : { body: hop.body }),
    };
}
const dispatchers = new Map();
async function dispatcherFor(tls) {
    const { EnvHttpProxyAgent } = await loadUndici();
    const key = JSON.stringify([tls?.insecure ?? false, tls?.ca ?? '']);
    let dispatcher = dispatchers.get(key);
    if (!dispatcher) {
        const connect = { rejectUnauthorized: !tls?.insecure, ...(tls?.ca ? { ca: tls.ca } : {}) };
        dispatcher = new EnvHttpProxyAgent({ connect, requestTls: connect });
        dispatchers.set(key, dispatcher);
    }
    return dispatcher;
}
/** The plain pool (proxies from env, no redirects, default TLS), for clients that bring their own fetch. */
function sharedDispatcher() {
    return dispatcherFor(undefined);
}
/** Close every connection pool, so that the process can exit on its own. */
async function closeHttp() {
    const all = [...dispatchers.values()];
    dispatchers.clear();
    await Promise.allSettled(all.map((d) => d.close()));
}
async function httpRequest(req) {
    const started = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const timeoutMs = req.timeoutMs ?? 30_000;
    const maxBodyBytes = req.maxBodyBytes ?? 1024 * 1024;
    const { request, RetryAgent } = await loadUndici();
    let dispatcher = await dispatcherFor(req.tls);
    let attempts = 1;
    if (req.retry) {
        const policy = { ...req.retry, idempotent: req.retry.idempotent ?? isIdempotent(method) };
        let waitedMs = 0;
        const retry = (err, context, callback) => {
            const failure = err;
            const retryAfter = failure.headers?.['retry-after'];
            const decision = planRetry({
                attempt: attempts,
                status: failure.statusCode,
                errorCode: failure.code === 'UND_ERR_REQ_RETRY' ? undefined : failure.code,
                retryAfterMs: parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, Date.now()),
                waitedMs,
                policy,
            });
            if (!decision.retry || req.signal?.aborted) {
                callback(err);
                return;
            }
            req.onRetry?.({
                attempt: attempts,
                delayMs: decision.delayMs,
                cause: failure.statusCode ? `HTTP ${failure.statusCode}` : (failure.code ?? 'error'),
            });
            waitedMs += decision.delayMs;
            attempts += 1;
            const timer = setTimeout(() => callback(null), decision.delayMs);
            req.signal?.addEventListener('abort', () => {
                clearTimeout(timer);
                callback(err);
            }, { once: true });
            void context;
        };
        dispatcher = new RetryAgent(dispatcher, {
            retry,
            throwOnError: false,
            maxRetries: policy.retries,
            methods: [method],
            statusCodes: [...(policy.statusCodes ?? DEFAULT_RETRY_STATUSES)],
            errorCodes: [...RETRY_ERROR_CODES],
        });
    }
    // One deadline covers connecting, headers and the body: a server that accepts and never
    // answers, or trickles a body forever, cannot hold the request past it.
    const deadline = AbortSignal.timeout(req.retry ? timeoutMs * (req.retry.retries + 1) + req.retry.budgetMs : timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, deadline]) : deadline;
    const maxRedirects = req.maxRedirects ?? 0;
    let hop = {
        url: req.url,
        method,
        headers: req.headers ?? {},
        ...(req.body === undefined ? {} : { body: req.body }),
    };
    try {
        for (let redirects = 0;; redirects++) {
            const response = await request(hop.url, {
                method: hop.method,
                headers: hop.headers,
                body: hop.body,
                signal,
                dispatcher,
                headersTimeout: timeoutMs,
                bodyTimeout: timeoutMs,
            });
            const location = response.headers['location'];
            const next = maxRedirects > 0
                ? redirectStep(hop, response.statusCode, Array.isArray(location) ? location[0] : location)
                : undefined;
            if (!next)
                return await answer(response, maxBodyBytes, attempts, started);
            // A redirect's own body is not wanted; dump() reads a little (keeping the connection) and drops the rest.
            await response.body.dump({ limit: 64 * 1024 });
            if (redirects >= maxRedirects) {
                throw new HttpError(`${safeUrl(req.url)}: more than ${maxRedirects} redirects (the last to ${safeUrl(next.url)})`, 'TOO_MANY_REDIRECTS', attempts);
            }
            hop = next;
        }
    }
    catch (error) {
        throw http_describeFailure(error, req, timeoutMs, attempts, deadline.aborted);
    }
}
async function answer(response, maxBodyBytes, attempts, started) {
    const { bytes, truncated, bytesRead } = await readBounded(response.body, maxBodyBytes);
    return {
        status: response.statusCode,
        headers: flattenHeaders(response.headers),
        body: bytes.toString('utf8'),
        truncated,
        bytesRead,
        attempts,
        latencyMs: Math.round(performance.now() - started),
    };
}
/** Parse a JSON answer, naming the service when it is not JSON. */
function parseJson(response, service) {
    try {
        return JSON.parse(response.body);
    }
    catch {
        const excerpt = response.body.slice(0, 200).replace(/\s+/g, ' ');
        throw new Error(`${service} answered HTTP ${response.status} with a body that is not JSON: ${excerpt || '(empty)'}`);
    }
}
/**
 * A body read up to `maxBytes`: what lies beyond is never read, let alone buffered. Leaving the loop
 * early ends the stream (a Node stream is destroyed, a web stream cancelled), so the connection does
 * not go on delivering it. Works on undici's `request` bodies and on `fetch` response bodies alike.
 */
async function readBounded(body, maxBytes) {
    const chunks = [];
    let bytesRead = 0;
    let truncated = false;
    for await (const chunk of body) {
        if (bytesRead + chunk.length > maxBytes) {
            chunks.push(chunk.subarray(0, maxBytes - bytesRead));
            bytesRead = maxBytes;
            truncated = true;
            break;
        }
        chunks.push(chunk);
        bytesRead += chunk.length;
    }
    return { bytes: Buffer.concat(chunks), truncated, bytesRead };
}
function flattenHeaders(headers) {
    const flat = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return flat;
}
function http_describeFailure(error, req, timeoutMs, attempts, timedOut) {
    if (error instanceof HttpError)
        return error;
    const failure = error;
    const code = failure.cause?.code ?? failure.code ?? failure.name ?? 'ERROR';
    const target = safeUrl(req.url);
    if (timedOut || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
        return new HttpError(`${target}: no complete answer within ${timeoutMs} ms`, 'TIMEOUT', attempts);
    }
    if (req.signal?.aborted)
        return new HttpError(`${target}: cancelled`, 'ABORTED', attempts);
    const detail = failure.cause?.message ?? failure.message;
    return new HttpError(`${target}: ${detail}${code && !detail.includes(code) ? ` (${code})` : ''}`, code, attempts);
}
/** The URL without credentials, query or fragment: query strings often carry tokens. */
function safeUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
    }
    catch {
        return '(invalid URL)';
    }
}

;// CONCATENATED MODULE: external "node:timers/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./build/lib/poll.js

const realClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => (0,promises_namespaceObject.setTimeout)(ms, undefined, { signal }).catch(() => undefined),
};
/**
 * Reads until `done(value)` or the deadline: the first read is immediate, later ones `intervalMs`
 * apart, and the last sleep is cut short so the deadline is honoured. A read that throws ends the
 * polling with that error.
 */
async function pollUntil(read, done, options) {
    const { clock } = options;
    const deadline = clock.now() + options.timeoutMs;
    let last;
    for (let polls = 1;; polls++) {
        last = await read();
        if (done(last))
            return { done: true, value: last, polls };
        const left = deadline - clock.now();
        if (left <= 0)
            return { done: false, last, polls };
        await clock.sleep(Math.min(options.intervalMs, left));
    }
}
/** A deadline `timeoutMs` from now, shared by the steps of one operation. */
function deadline(timeoutMs, clock) {
    const ends = clock.now() + timeoutMs;
    const left = () => Math.max(0, ends - clock.now());
    return { left, cap: (maxMs, minMs = 1000) => Math.max(minMs, Math.min(maxMs, left())) };
}

// EXTERNAL MODULE: ./node_modules/ms/index.js
var ms = __nccwpck_require__(744);
;// CONCATENATED MODULE: ./build/lib/inputs.js


/** `Invalid "x" value "y": valid values are "a", "b" and "c".` */
function inputs_invalidValue(name, value, accepts) {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return new errors_ConfigError(`Invalid "${name}" value ${JSON.stringify(shown)}: ${accepts}.`);
}
function orList(values, word = 'and') {
    const quoted = values.map((v) => `"${v}"`);
    return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${word} ${quoted.at(-1)}`;
}
const DURATION_HELP = 'expected a duration such as 500ms, 10s, 2m or 1h (a bare number means seconds)';
/** `500ms`, `5s`, `2m`, `1h`, `1.5s`; a bare number is seconds. Returns milliseconds, or undefined. */
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    if (!/^\d+(\.\d+)?\s*[a-z]+$/i.test(value))
        return undefined;
    const parsed = ms(value);
    return typeof parsed === 'number' && Number.isFinite(parsed) && parsed >= 0 ? Math.round(parsed) : undefined;
}
/**
 * Typed access to an action's inputs. Every name read is remembered (`names`), so a test can check
 * that what the code reads is what action.yml declares. Secret inputs go through `secret()`, which
 * masks the value before anything else can log it.
 */
class Inputs {
    getInput;
    secrets;
    names = new Set();
    constructor(getInput, secrets) {
        this.getInput = getInput;
        this.secrets = secrets;
    }
    /** The trimmed value, '' when empty. */
    raw(name) {
        this.names.add(name);
        return (this.getInput(name) ?? '').trim();
    }
    /** The value, or undefined when empty. */
    optional(name) {
        const value = this.raw(name);
        return value === '' ? undefined : value;
    }
    string(name, fallback) {
        return this.optional(name) ?? fallback;
    }
    required(name, what = 'a value') {
        const value = this.optional(name);
        if (value === undefined)
            throw new errors_ConfigError(`Input "${name}" is required: give ${what}.`);
        return value;
    }
    /** A secret: masked at once; empty or whitespace-only reads as undefined. */
    secret(name) {
        this.names.add(name);
        const value = this.getInput(name) ?? '';
        this.secrets?.add(value);
        return value.trim() === '' ? undefined : value.trim();
    }
    /**
     * Another action's inputs as this action names them, for calling that action's own config reader:
     * `rename(name)` says where each of its reads goes. The parent's `names` record the names really
     * read, and secrets are masked by the parent's Secrets.
     */
    renamed(rename) {
        return new Inputs((name) => {
            const source = rename(name);
            if (typeof source !== 'string')
                return source.value;
            this.names.add(source);
            return this.getInput(source);
        }, this.secrets);
    }
    /**
     * Runs a sub-action's config reader on `renamed(rename)` inputs. A ConfigError it throws names the
     * inputs as the user wrote them (`Input "url"` -> `Input "health-url"`), for the inputs it read.
     */
    readAs(rename, read) {
        const inner = this.renamed(rename);
        const reword = (error) => {
            if (!(error instanceof errors_ConfigError))
                throw error;
            const renamedError = new errors_ConfigError(error.message.replace(/"([a-z][a-z0-9-]*)(?=["|:])/g, (quoted, name) => {
                const source = inner.names.has(name) ? rename(name) : undefined;
                return typeof source === 'string' ? `"${source}` : quoted;
            }));
            throw renamedError;
        };
        try {
            const result = read(inner);
            return (result instanceof Promise ? result.catch(reword) : result);
        }
        catch (error) {
            return reword(error);
        }
    }
    /** Mask a secret found inside an input's value (a header value, a password in a URL). */
    mask(value) {
        this.secrets?.add(value);
    }
    boolean(name, fallback) {
        const value = this.raw(name);
        if (value === '')
            return fallback;
        if (['true', 'True', 'TRUE'].includes(value))
            return true;
        if (['false', 'False', 'FALSE'].includes(value))
            return false;
        throw inputs_invalidValue(name, value, 'expected "true" or "false"');
    }
    duration(name, fallback, bounds = {}) {
        const value = this.raw(name);
        if (value === '')
            return fallback;
        const parsed = parseDuration(value);
        if (parsed === undefined)
            throw inputs_invalidValue(name, value, DURATION_HELP);
        checkBounds(name, value, parsed, bounds, (n) => ms(n, { long: false }));
        return parsed;
    }
    integer(name, fallback, bounds = {}) {
        const value = this.raw(name);
        if (value === '')
            return fallback;
        if (!/^-?\d+$/.test(value))
            throw inputs_invalidValue(name, value, 'expected a whole number');
        const parsed = Number(value);
        checkBounds(name, value, parsed, bounds, String);
        return parsed;
    }
    enum(name, values, fallback) {
        const value = this.raw(name);
        if (value === '')
            return fallback;
        const match = values.find((v) => v.toLowerCase() === value.toLowerCase());
        if (match === undefined)
            throw inputs_invalidValue(name, value, `valid values are ${orList(values)}`);
        return match;
    }
    /** Items separated by newlines (and by commas unless `commas: false`); blanks and `#` lines dropped. */
    list(name, options = {}) {
        return splitList(this.raw(name), options.commas ?? true);
    }
    /** `key=value` lines (or comma-separated pairs). Keys keep their order. */
    keyValues(name) {
        return parsePairs(name, this.list(name, { commas: false }), '=', 'key=value');
    }
    /**
     * `Name: value` lines, as HTTP headers are written. Values are secrets (Authorization, API keys):
     * masked, and so is the credential after a scheme (`Bearer <token>`); an error never quotes a
     * line. The few standard headers that describe content rather than who asks are not masked: the
     * runner masks a value job-wide, and `application/json` hidden in every later log line helps nobody.
     */
    headers(name) {
        const headers = new Map();
        this.list(name, { commas: false }).forEach((line, index) => {
            const at = line.indexOf(':');
            const header = at > 0 ? line.slice(0, at).trim() : '';
            const value = line.slice(at + 1).trim();
            if (!PUBLIC_HEADERS.has(header.toLowerCase())) {
                this.mask(value);
                this.mask(/^[A-Za-z-]+\s+(\S+)$/.exec(value)?.[1]);
            }
            if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(header)) {
                throw new errors_ConfigError(`Input "${name}" line ${index + 1} is not "Name: value" with a valid header name ` +
                    '(the line is not shown: header values are secrets).');
            }
            headers.set(header, value);
        });
        return headers;
    }
}
const PUBLIC_HEADERS = new Set([
    'accept',
    'accept-encoding',
    'accept-language',
    'content-type',
    'user-agent',
    'cache-control',
    'pragma',
]);
/**
 * An http:// or https:// URL (checked after `template`, e.g. a `{port}` placeholder filled in), or
 * undefined when empty.
 */
function optionalHttpUrl(inputs, name, template = (value) => value) {
    const value = inputs.optional(name);
    if (value === undefined)
        return undefined;
    let url;
    try {
        url = new URL(template(value));
    }
    catch {
        url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol))
        throw inputs_invalidValue(name, value, 'expected an http:// or https:// URL');
    return value;
}
function splitList(value, commas) {
    return value
        .split(commas ? /[\n,]/ : /\n/)
        .map((item) => item.trim())
        .filter((item) => item !== '' && !item.startsWith('#'));
}
function parsePairs(name, lines, separator, shape) {
    const pairs = new Map();
    for (const line of lines) {
        const at = line.indexOf(separator);
        const key = at > 0 ? line.slice(0, at).trim() : '';
        if (key === '')
            throw inputs_invalidValue(name, line, `expected one "${shape}" per line`);
        pairs.set(key, line.slice(at + 1).trim());
    }
    return pairs;
}
function checkBounds(name, raw, value, bounds, show) {
    if (bounds.min !== undefined && value < bounds.min)
        throw inputs_invalidValue(name, raw, `must be at least ${show(bounds.min)}`);
    if (bounds.max !== undefined && value > bounds.max)
        throw inputs_invalidValue(name, raw, `must be at most ${show(bounds.max)}`);
}
/** The value when it matches `pattern`, undefined when empty; otherwise an error saying what is accepted. */
function optionalMatching(inputs, name, pattern, accepts) {
    const value = inputs.optional(name);
    if (value !== undefined && !pattern.test(value))
        throw inputs_invalidValue(name, value, accepts);
    return value;
}

;// CONCATENATED MODULE: ./build/lib/secrets.js
/**
 * The secret values one run knows about. Every value is masked for the runner's log the moment it is
 * added, and `redact` replaces it (and its URL- and JSON-encoded forms) in text that we write
 * ourselves to outputs, summaries, reports and comments, which the runner's masking does not cover.
 *
 * Like the runner's `::add-mask::`, a value is masked whatever its length: a one-character secret
 * hides every occurrence of that character, in the runner's log and in what `redact` returns. That
 * is the price of a short secret; leaking it would be worse. Only empty and all-blank values are
 * skipped (the runner refuses to mask them too).
 */
class Secrets {
    mask;
    #values = new Set();
    #pattern;
    constructor(mask = () => { }) {
        this.mask = mask;
    }
    add(value) {
        if (!value)
            return;
        for (const form of encodedForms(value)) {
            if (form.trim() === '' || this.#values.has(form))
                continue;
            this.#values.add(form);
            this.#pattern = undefined;
            this.mask(form);
        }
    }
    get values() {
        return [...this.#values];
    }
    redact(text) {
        if (this.#values.size === 0)
            return text;
        // One pass, longest first: a secret containing another is replaced whole, and a `***` already
        // written is never searched again (a secret `*` must not grow it).
        this.#pattern ??= new RegExp([...this.#values]
            .sort((a, b) => b.length - a.length)
            .map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('|'), 'g');
        return text.replace(this.#pattern, '***');
    }
}
function encodedForms(value) {
    const trimmed = value.trim();
    const forms = new Set([value, trimmed, encodeURIComponent(trimmed), JSON.stringify(trimmed).slice(1, -1)]);
    // A multi-line secret (a private key) is masked line by line as well: the runner masks per line.
    // Short lines of it (`{`, a blank) are not: they are not the secret, and would hide half the log.
    for (const line of trimmed.split(/\r?\n/))
        if (line.trim().length >= 8)
            forms.add(line.trim());
    return [...forms];
}

;// CONCATENATED MODULE: ./build/lib/summary.js
/**
 * Markdown for job summaries and PR comments, as pure functions over plain data. User text is
 * escaped so that it cannot break a table or inject HTML.
 */
/** Text for a table cell or inline use: no HTML, no table breaks, one line. */
function mdText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
function mdTable(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A fenced block that no backtick run inside the text can close early. */
function mdCode(text, language = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}`;
}
function mdLink(text, url) {
    if (!url || !/^https?:\/\//i.test(url))
        return mdText(text);
    return `[${mdText(text).replace(/[[\]]/g, '\\$&')}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}
/** A folded section: `summary` is already markdown-safe text. */
function mdDetails(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
const ICON = { pass: '✅', fail: '❌', skip: '⏭️', warn: '⚠️', info: 'ℹ️', wait: '⏳' };
const UNITS = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1000, 's'],
];
/**
 * `850 ms`, `1.2 s`, `45 s`, `2 min 5 s`, `3 h 20 min`, `2 d 4 h`: past a minute the two largest
 * units, the smaller left out when 0. Each form is chosen after rounding, so a value just under a
 * unit reads as that unit (59.6 s is `1 min`, never `60 s`).
 */
function formatDuration(ms) {
    if (Math.round(ms) < 1000)
        return `${Math.round(ms)} ms`;
    if (Math.round(ms / 100) < 100)
        return `${(ms / 1000).toFixed(1)} s`;
    if (Math.round(ms / 1000) < 60)
        return `${Math.round(ms / 1000)} s`;
    for (let at = 0; at < UNITS.length - 1; at++) {
        const [[large, largeName], [small, smallName]] = [UNITS[at], UNITS[at + 1]];
        const total = Math.round(ms / small);
        if (total < large / small && at < UNITS.length - 2)
            continue;
        const whole = Math.floor(total / (large / small));
        const rest = total % (large / small);
        return rest ? `${whole} ${largeName} ${rest} ${smallName}` : `${whole} ${largeName}`;
    }
    return `${Math.round(ms)} ms`;
}

;// CONCATENATED MODULE: ./build/lib/action.js











/**
 * The real effects of a step whose environment is `env` and whose working directory is `cwd`:
 * children inherit that environment and start there (a test runs an action in-process with its own).
 */
function effectsFor(env, cwd) {
    return {
        exec: executeIn(env, cwd),
        clock: realClock,
        http: httpRequest,
        files: {
            exists: (path) => (0,external_node_fs_namespaceObject.existsSync)(path),
            isDirectory: (path) => (0,external_node_fs_namespaceObject.existsSync)(path) && (0,external_node_fs_namespaceObject.statSync)(path).isDirectory(),
            read: (path) => (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'),
        },
    };
}
/** The runs (by their Secrets) that have written a job summary. */
const summarised = new WeakSet();
/** Runs under way in this process (one in a bundle; several when tests run actions in-process). */
let running = 0;
/**
 * An action's exported `run(core?, env?, effects?)`: runAction with its spec. `run()` alone is what
 * the bundle's index.ts and @github/local-action call; tests pass a recording core and effects.
 */
function defineAction(spec) {
    return (core, env, effects) => runAction(spec, core, env, effects);
}
/**
 * Runs an action body: masks secrets as inputs are read, turns any throw (even a non-Error) into
 * one `setFailed` sentence with secrets redacted (and a job summary saying it, when the body wrote
 * none), writes every output on every path, and closes HTTP pools so that the process ends on its own.
 */
async function runAction(spec, core = lib_core, env = process.env, effects = effectsFor(env)) {
    running += 1;
    const outputs = { ...spec.outputs };
    const secrets = new Secrets((value) => core.setSecret(value));
    try {
        const context = {
            core: redactingCore(core, secrets),
            secrets,
            inputs: new Inputs((name) => core.getInput(name), secrets),
            env,
            run: readRunContext(env),
            effects,
        };
        await spec.main(context, outputs);
    }
    catch (error) {
        if (!(error instanceof errors_ConfigError) && error instanceof Error && error.stack)
            core.debug(secrets.redact(error.stack));
        core.setFailed(secrets.redact(errors_messageOf(error)));
        if (!summarised.has(secrets)) {
            await writeSummary({ core, secrets, env }, `### ${ICON.fail} ${mdText(spec.title ?? 'deploy-kit step')} failed\n\n${mdText(errors_messageOf(error))}\n`);
        }
    }
    finally {
        for (const [name, value] of Object.entries(outputs))
            core.setOutput(name, secrets.redact(String(value)));
        // The connection pools are the process's: the last run to end closes them, so that it can exit.
        running -= 1;
        if (running === 0)
            await closeHttp();
    }
}
/**
 * The core an action body gets: every log line and group title passes through `secrets.redact`
 * first. The runner masks what `setSecret` registered, but a line is ours to keep clean (a probe
 * quoting a body that echoes a header, a tool's error); and outside a runner nothing masks at all.
 * `info` is the one way text reaches stdout unescaped (child output, report fields, bodies), so it
 * also goes through `inertText`: no line of it can run as a workflow command. The others are
 * commands whose data @actions/core escapes.
 */
function redactingCore(core, secrets) {
    const clean = (message) => secrets.redact(message instanceof Error ? message.message : message);
    return {
        ...core,
        info: (message) => core.info(inertText(secrets.redact(message))),
        debug: (message) => core.debug(secrets.redact(message)),
        warning: (message, properties) => core.warning(clean(message), properties),
        notice: (message, properties) => core.notice(clean(message), properties),
        error: (message, properties) => core.error(clean(message), properties),
        setFailed: (message) => core.setFailed(clean(message)),
        startGroup: (name) => core.startGroup(secrets.redact(name)),
    };
}
/** A log group that closes even when the work inside it throws. */
async function group(core, name, work) {
    core.startGroup(name);
    try {
        return await work();
    }
    finally {
        core.endGroup();
    }
}
/**
 * Append markdown to the job summary, secrets redacted. Outside a runner (no GITHUB_STEP_SUMMARY)
 * this only notes it in the debug log; a summary never fails a step.
 */
async function writeSummary(context, markdown) {
    summarised.add(context.secrets);
    if (!context.env['GITHUB_STEP_SUMMARY']) {
        context.core.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.');
        return;
    }
    try {
        await context.core.summary.addRaw(context.secrets.redact(markdown), true).write();
    }
    catch (error) {
        context.core.warning(`Could not write the job summary: ${errors_messageOf(error)}`);
    }
}

;// CONCATENATED MODULE: ./build/dora-metrics/config.js


const DAY = 86_400_000;
const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
function readConfig(inputs, { run, env }) {
    const token = inputs.secret('token');
    const repository = inputs.string('repository', run.repository);
    const environment = inputs.string('environment', 'production');
    const windowMs = inputs.duration('window', 30 * DAY, { min: 60 * 60_000, max: 3660 * DAY });
    if (!token) {
        throw new errors_ConfigError('Input "token" is empty: give a token that can read deployments, ' +
            'e.g. `${{ github.token }}` (the default) with `deployments: read`.');
    }
    if (repository === '')
        throw new errors_ConfigError('Input "repository" is empty and GITHUB_REPOSITORY is not set: give "owner/name".');
    if (!REPOSITORY.test(repository))
        throw inputs_invalidValue('repository', repository, 'expected "owner/name", e.g. octo-org/shop');
    const [owner, repo] = repository.split('/');
    return {
        token,
        owner,
        repo,
        environment,
        windowMs,
        windowText: inputs.raw('window') || '30d',
        graphqlUrl: env['GITHUB_GRAPHQL_URL']?.replace(/\/+$/, '') || undefined,
    };
}

;// CONCATENATED MODULE: ./build/lib/github.js


/**
 * The longest one GitHub API request may take. Octokit sets none (undici's defaults wait five
 * minutes for headers, five more for the body), so an API that accepts and never answers held a
 * deploy or a PR comment far beyond the step's timeout.
 */
const GITHUB_REQUEST_TIMEOUT_MS = 20_000;
async function github_octokit(token, run, timeoutMs = GITHUB_REQUEST_TIMEOUT_MS) {
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 157).then(__nccwpck_require__.bind(__nccwpck_require__, 157));
    return getOctokit(token, { baseUrl: run.apiUrl, request: { fetch: await boundedFetch(timeoutMs) } });
}
/**
 * undici's fetch on our shared pool (proxies from env, closed by runAction) with a deadline per
 * request, body included. A request cut by the deadline fails with a sentence that says so.
 */
async function boundedFetch(timeoutMs) {
    const [{ fetch }, dispatcher] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(505), __nccwpck_require__.e(752)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19)), sharedDispatcher()]);
    return async (url, init) => {
        const deadline = AbortSignal.timeout(timeoutMs);
        try {
            const response = await fetch(url, {
                ...init,
                dispatcher,
                signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline,
            });
            // Read the body under the same deadline, and no more of it than an API answer needs.
            const body = response.body ? await readBounded(response.body, MAX_API_BODY_BYTES) : undefined;
            if (body?.truncated)
                throw new Error(`the GitHub API answered with more than ${MAX_API_BODY_BYTES} bytes`);
            return new Response(body?.bytes.length ? body.bytes : null, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
        }
        catch (error) {
            if (deadline.aborted)
                throw new Error(`the GitHub API gave no complete answer within ${timeoutMs / 1000} s`);
            throw error;
        }
    };
}
/** GitHub's answers to the calls we make are a few KB; an endless body is cut here, not buffered whole. */
const MAX_API_BODY_BYTES = 4 * 1024 * 1024;
/**
 * How long GitHub asks a caller to wait before trying again, in ms, or undefined when an answer is
 * not a rate limit (a 403 without these headers is a refusal that no wait mends). GitHub's rules:
 * Retry-After first (seconds or an HTTP date); else, when x-ratelimit-remaining is 0, until
 * x-ratelimit-reset (epoch seconds) and a second more; else a 429 (a secondary limit) waits a minute.
 */
function rateLimitWaitMs(status, headers, nowMs) {
    if (status !== 403 && status !== 429)
        return undefined;
    const header = (name) => (headers[name] === undefined ? '' : String(headers[name]).trim());
    const retryAfterMs = parseRetryAfter(header('retry-after'), nowMs);
    if (retryAfterMs !== undefined)
        return retryAfterMs;
    const [remaining, reset] = [header('x-ratelimit-remaining'), header('x-ratelimit-reset')];
    if (remaining !== '' && Number(remaining) === 0 && reset !== '' && Number.isFinite(Number(reset))) {
        return Math.max(0, Number(reset) * 1000 - nowMs) + 1000;
    }
    return status === 429 ? 60_000 : undefined;
}
/**
 * One comment per `key` on the run's pull request, updated in place on later runs. It is found by
 * a hidden marker, so each action (and each use of it, through `key`) keeps its own comment. A token
 * without write access (fork PRs get a read-only GITHUB_TOKEN) skips with a reason, never fails.
 */
async function upsertPullRequestComment(request) {
    const { run } = request;
    if (!run.pullRequest)
        return { action: 'skipped', reason: 'this run is not for a pull request' };
    if (!request.token)
        return { action: 'skipped', reason: 'no GitHub token was given' };
    if (run.pullRequest.isFork) {
        return {
            action: 'skipped',
            reason: 'the pull request comes from a fork, whose GITHUB_TOKEN cannot write comments',
        };
    }
    const marker = `<!-- deploy-kit:${request.key} -->`;
    const body = `${marker}\n${request.body}`;
    const target = { owner: run.owner, repo: run.repo, issue_number: run.pullRequest.number };
    try {
        const client = await github_octokit(request.token, run);
        const comments = await client.paginate(client.rest.issues.listComments, { ...target, per_page: 100 });
        const existing = comments.find((comment) => comment.body?.includes(marker));
        if (existing) {
            const { data } = await client.rest.issues.updateComment({
                owner: run.owner,
                repo: run.repo,
                comment_id: existing.id,
                body,
            });
            return { action: 'updated', id: data.id, url: data.html_url };
        }
        const { data } = await client.rest.issues.createComment({ ...target, body });
        return { action: 'created', id: data.id, url: data.html_url };
    }
    catch (error) {
        const status = error.status;
        if (status === 403 || status === 404) {
            return {
                action: 'skipped',
                reason: `GitHub refused the comment (HTTP ${status}): the token may lack pull-requests: write`,
            };
        }
        throw new Error(`Could not write the pull request comment: ${messageOf(error)}`);
    }
}
/**
 * The comment step every action shares: upsert (body redacted), then say what happened. A comment
 * is a courtesy: GitHub refusing it is a warning, never the step's failure; a fork pull request
 * (whose token cannot write) gets a notice saying so.
 */
async function commentOnPullRequest(context, request) {
    try {
        const result = await upsertPullRequestComment({
            ...request,
            run: context.run,
            body: context.secrets.redact(request.body),
        });
        if (result.action !== 'skipped')
            context.core.info(`Pull request comment ${result.action}: ${result.url}`);
        else if (context.run.pullRequest)
            context.core.notice(`No pull request comment: ${result.reason}.`);
        else
            context.core.info(`No pull request comment: ${result.reason}.`);
        return result;
    }
    catch (error) {
        context.core.warning(messageOf(error));
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/dora-metrics/fetch.js



/**
 * The environment's deployments created within the window, newest first, through GitHub's GraphQL
 * API: 100 per request, each with its latest status, its statuses (for the success time of an
 * `inactive` one) and its commit's committed date, so 10,000 deployments take 100 requests.
 * Rate-limit aware: a 403/429 with Retry-After or an exhausted x-ratelimit-remaining, or a
 * RATE_LIMITED GraphQL error, waits (at most `maxWaitMs`) and tries again; a connection failure,
 * 408, 500, 502, 503 or 504 is retried briefly (http.ts's planRetry: 1, 2, 4, 8 s).
 */
const DEPLOYMENTS_QUERY = /* GraphQL */ `
  query DoraDeployments($owner: String!, $name: String!, $environments: [String!], $first: Int!, $after: String) {
    repository(owner: $owner, name: $name) {
      deployments(
        environments: $environments
        first: $first
        after: $after
        orderBy: { field: CREATED_AT, direction: DESC }
      ) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          databaseId
          createdAt
          task
          commitOid
          commit {
            committedDate
          }
          latestStatus {
            state
            createdAt
            logUrl
          }
          statuses(first: 20) {
            nodes {
              state
              createdAt
            }
          }
        }
      }
    }
    rateLimit {
      remaining
      resetAt
    }
  }
`;
const PAGE_SIZE = 100;
const MAX_ATTEMPTS = 5;
async function fetchDeployments(config, since, run, deps) {
    const client = await github_octokit(config.token, run);
    const records = [];
    let requests = 0;
    let after = null;
    for (;;) {
        const variables = {
            owner: config.owner,
            name: config.repo,
            environments: [config.environment],
            first: PAGE_SIZE,
            after,
        };
        const { page, tries } = await postQuery(client, config, variables, deps);
        requests += tries;
        if (!page.repository)
            throw notFound(config);
        const { nodes, pageInfo } = page.repository.deployments;
        let older = false;
        for (const node of nodes ?? []) {
            if (!node)
                continue;
            const createdAt = Date.parse(node.createdAt);
            if (createdAt < since) {
                older = true;
                continue;
            }
            records.push(toRecord(node, createdAt));
        }
        if (older || !pageInfo.hasNextPage || !pageInfo.endCursor)
            break;
        after = pageInfo.endCursor;
        await spareRateLimit(page.rateLimit, deps);
    }
    return { records, requests };
}
function toRecord(node, createdAt) {
    const time = (text) => (text ? Date.parse(text) : undefined);
    const successes = (node.statuses?.nodes ?? [])
        .filter((status) => status?.state === 'SUCCESS')
        .map((status) => Date.parse(status.createdAt));
    const latestState = node.latestStatus?.state.toLowerCase() ?? '';
    const successAt = successes.length > 0
        ? Math.max(...successes)
        : latestState === 'success'
            ? time(node.latestStatus?.createdAt)
            : undefined;
    return {
        id: node.databaseId ?? 0,
        task: node.task ?? 'deploy',
        createdAt,
        state: latestState,
        stateAt: time(node.latestStatus?.createdAt),
        successAt,
        committedAt: time(node.commit?.committedDate),
        logUrl: node.latestStatus?.logUrl ?? undefined,
        sha: node.commitOid,
    };
}
/** Tries per page; waits between them follow `retryDecision`. */
const RETRY = { retries: MAX_ATTEMPTS - 1, minDelayMs: 1000, maxDelayMs: 8000 };
async function postQuery(client, config, variables, deps) {
    // Octokit finds GraphQL beside the REST URL (GHES: /api/v3 -> /api/graphql). GITHUB_GRAPHQL_URL,
    // when set, wins: as `url`, with itself as `baseUrl` so that Octokit's GHES rule cannot replace it.
    const endpoint = config.graphqlUrl ? { url: config.graphqlUrl, baseUrl: config.graphqlUrl } : {};
    for (let attempt = 1;; attempt++) {
        let failure;
        try {
            const page = await client.graphql({
                query: DEPLOYMENTS_QUERY,
                ...variables,
                ...endpoint,
            });
            if (!page)
                throw new Error("GitHub's GraphQL API answered with errors: no data");
            return { page, tries: attempt };
        }
        catch (error) {
            failure = readFailure(error, config);
        }
        const now = deps.clock.now();
        const decision = retryDecision({ ...failure, attempt }, now, deps.maxWaitMs);
        if (!decision.retry) {
            const rateLimitMs = rateLimitWaitMs(failure.status, failure.headers, now);
            if (attempt < MAX_ATTEMPTS && rateLimitMs !== undefined && rateLimitMs > deps.maxWaitMs) {
                const [spent, waits] = [Math.ceil(rateLimitMs / 1000), Math.round(deps.maxWaitMs / 1000)];
                throw new Error(`GitHub's rate limit for this token is spent for another ${spent} s (more than the ${waits} s ` +
                    'this step waits): run it later or with another token (input "token").');
            }
            const tokenHint = failure.status === 403 ? ' (the token needs read access to deployments: `deployments: read`)' : '';
            throw new Error(`Could not read the deployments of ${config.owner}/${config.repo}: ${failure.text}${tokenHint}.`);
        }
        deps.log(`${failure.text}: waiting ${Math.ceil(decision.delayMs / 1000)} s before trying again ` +
            `(attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
        await deps.clock.sleep(decision.delayMs);
    }
}
/**
 * What a failed query tells the retry rule: its status (a RATE_LIMITED GraphQL error counts as a
 * 429), its headers and a few words for the log. Failures no wait can mend throw here.
 */
function readFailure(error, config) {
    if (isGraphqlError(error)) {
        if (error.errors.some((e) => e.type === 'NOT_FOUND'))
            throw notFound(config);
        if (!error.errors.some((e) => e.type === 'RATE_LIMITED')) {
            const messages = error.errors.map((e) => e.message).join('; ') || 'no data';
            throw new Error(`GitHub's GraphQL API answered with errors: ${messages}`);
        }
        return { status: 429, headers: error.headers, text: 'GitHub answered RATE_LIMITED' };
    }
    if (!isRequestError(error))
        throw error;
    const { status } = error;
    if (status === 401)
        throw new Error('GitHub refused the token (HTTP 401 Bad credentials): check input "token".');
    if (status === 404)
        throw notFound(config);
    return {
        status,
        headers: error.response?.headers ?? {},
        text: `HTTP ${status}: ${errors_messageOf(error).replace(/\.$/, '')}`,
    };
}
/**
 * Whether to try again, and when: http.ts's planRetry over GitHub's rate-limit rules
 * (`rateLimitWaitMs`) and a short doubling pause for 5xx. A 403 is a rate limit only when its
 * headers say so; otherwise the token may not read deployments, and waiting cannot help. The README
 * promises a wait of up to `maxWaitMs` each time, so each wait is weighed alone (`waitedMs: 0`).
 */
function retryDecision(failure, nowMs, maxWaitMs) {
    const rateLimitMs = rateLimitWaitMs(failure.status, failure.headers, nowMs);
    const retryAfter = failure.headers['retry-after'];
    return planRetry({
        attempt: failure.attempt,
        status: rateLimitMs === undefined ? failure.status : 429,
        retryAfterMs: rateLimitMs ?? parseRetryAfter(retryAfter === undefined ? undefined : String(retryAfter), nowMs),
        waitedMs: 0,
        policy: { ...RETRY, budgetMs: maxWaitMs },
    });
}
/** Between pages: when the budget is spent, wait for the reset (bounded) instead of failing mid-way. */
async function spareRateLimit(rateLimit, deps) {
    if (!rateLimit || rateLimit.remaining > 0)
        return;
    const wait = Math.max(0, Date.parse(rateLimit.resetAt) - deps.clock.now()) + 1000;
    if (wait > deps.maxWaitMs) {
        throw new Error(`GitHub's rate limit for this token is spent until ${rateLimit.resetAt}: ` +
            'run it later or with another token (input "token").');
    }
    deps.log(`GitHub's rate limit is spent: waiting ${Math.ceil(wait / 1000)} s for it to reset.`);
    await deps.clock.sleep(wait);
}
function notFound(config) {
    return new Error(`Repository "${config.owner}/${config.repo}" was not found, or the token cannot read it: ` +
        'check inputs "repository" and "token".');
}
function isRequestError(error) {
    return error instanceof Error && typeof error.status === 'number';
}
/** Octokit's GraphqlResponseError: HTTP 200 with `errors` (RATE_LIMITED, NOT_FOUND, …). */
function isGraphqlError(error) {
    return error instanceof Error && Array.isArray(error.errors);
}

;// CONCATENATED MODULE: ./build/lib/deployment-status.js



/**
 * Records that tell the truth: what the health check found, written back on the GitHub Deployment
 * the deploy created. An unhealthy release's deployment gets a `failure` status (the one-line story,
 * the run's log); a healthy one keeps the `success` the deploy gave it. A rollback is recorded as
 * its own deployment in the same environment, task `deploy:rollback`, `success` when the re-check
 * passed and `failure` when it did not. A token GitHub refuses only warns: records never fail a step.
 */
const ROLLBACK_TASK = 'deploy:rollback';
/** GitHub keeps at most 140 characters of a status description. */
const MAX_DESCRIPTION = 140;
/** health-check's `github-deployment-id` and `github-token`; nothing to record without an id. */
function readDeploymentRecordInputs(inputs) {
    const id = inputs.optional('github-deployment-id');
    const token = inputs.secret('github-token');
    if (id === undefined)
        return undefined;
    if (!/^[1-9]\d{0,15}$/.test(id))
        throw invalidValue('github-deployment-id', id, "expected the deploy step's github-deployment-id output, a number");
    if (!token) {
        throw new ConfigError('Input "github-deployment-id" is set but "github-token" is empty: ' +
            'give a token with `deployments: write`, e.g. `${{ github.token }}`.');
    }
    return { token, deploymentId: Number(id) };
}
/** One line of at most 140 characters. */
function statusDescription(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > MAX_DESCRIPTION ? `${line.slice(0, MAX_DESCRIPTION - 1)}…` : line;
}
async function recordCheckOutcome(target, release, story, context) {
    if (!target)
        return {};
    const { core, run } = context;
    const id = target.deploymentId;
    const repo = { owner: run.owner, repo: run.repo };
    const logUrl = run.runUrl ? { log_url: run.runUrl } : {};
    const warn = (what, error) => {
        const status = error.status;
        const hint = status === 403 || status === 404 ? ' The token needs deployments: write.' : '';
        core.warning(`Could not ${what} (the step goes on): ${messageOf(error)}.${hint}`);
    };
    const client = await octokit(target.token, run);
    const result = {};
    if (release.health.healthy) {
        core.info(`GitHub Deployment ${id} keeps its success status: the release is healthy.`);
        return result;
    }
    try {
        await client.rest.repos.createDeploymentStatus({
            ...repo,
            deployment_id: id,
            state: 'failure',
            description: statusDescription(`Unhealthy: ${context.secrets.redact(story)}`),
            ...logUrl,
            auto_inactive: false,
        });
        result.status = 'failure';
        core.info(`GitHub Deployment ${id} marked failure: the release is unhealthy.`);
    }
    catch (error) {
        warn(`mark GitHub Deployment ${id} as failed`, error);
    }
    const rollback = release.rollback;
    if (!rollback?.attempted)
        return result;
    // Restored means the re-check passed; without a re-check (verify-after-rollback: false), that the rollback ran.
    const restored = rollback.verification === undefined ? rollback.rolledBack : rollback.healthyAfter;
    const state = restored ? 'success' : 'failure';
    try {
        const { data: original } = await client.rest.repos.getDeployment({ ...repo, deployment_id: id });
        const ref = await previousRelease(client, repo, original);
        const created = await client.rest.repos.createDeployment({
            ...repo,
            ref,
            task: ROLLBACK_TASK,
            environment: original.environment,
            auto_merge: false,
            required_contexts: [],
            description: `deploy-kit: ${rollback.provider} rollback of deployment ${id}`,
            production_environment: original.production_environment ?? original.environment === 'production',
            payload: { rolled_back_deployment: id },
        });
        if (!('id' in created.data))
            throw new Error(created.data.message ?? 'GitHub did not create the deployment');
        const description = !rollback.rolledBack
            ? `Rollback (${rollback.provider}) failed: the previous release is not back`
            : restored
                ? `Rollback (${rollback.provider}): the previous release is ` +
                    `back${rollback.verification === undefined ? ' (not re-checked)' : ' and healthy'}`
                : `Rollback (${rollback.provider}): the previous release is back but still unhealthy`;
        await client.rest.repos.createDeploymentStatus({
            ...repo,
            deployment_id: created.data.id,
            state,
            description: statusDescription(description),
            ...logUrl,
            auto_inactive: false,
        });
        result.rollback = { id: created.data.id, state };
        core.info(`GitHub Deployment ${created.data.id} (${ROLLBACK_TASK}) recorded: ${state}.`);
    }
    catch (error) {
        warn('record the rollback as a GitHub Deployment', error);
    }
    return result;
}
/** The commit of the environment's deployment before this one (what a rollback brings back), else this one's. */
async function previousRelease(client, repo, original) {
    const { data } = await client.rest.repos.listDeployments({
        ...repo,
        environment: original.environment,
        task: 'deploy',
        per_page: 30,
    });
    return data.find((deployment) => deployment.id < original.id)?.sha ?? original.sha;
}

;// CONCATENATED MODULE: ./build/dora-metrics/metrics.js
/**
 * The four DORA figures from deployment records, exactly as actions/dora-metrics/README.md defines
 * them. Pure: the records come from fetch.ts, the clock from the caller.
 */


const SUCCESSFUL = new Set(['success', 'inactive']);
const FAILED = new Set(['failure', 'error']);
const isSuccessful = (record) => SUCCESSFUL.has(record.state);
const isFailed = (record) => FAILED.has(record.state);
/** A deployment the rates count: not a rollback, and in a successful or failed state. */
function isCounted(record) {
    return record.task !== ROLLBACK_TASK && (isSuccessful(record) || isFailed(record));
}
/** When a deployment succeeded: its success status, or (without one) its latest status. */
function succeededAt(record) {
    return record.successAt ?? record.stateAt;
}
function computeFigures(records, windowMs) {
    const counted = records.filter(isCounted);
    const failed = counted.filter(isFailed);
    const succeeded = counted.filter(isSuccessful);
    const days = windowMs / 86_400_000;
    const leadTimes = succeeded.flatMap((record) => {
        const at = succeededAt(record);
        return at !== undefined && record.committedAt !== undefined ? [at - record.committedAt] : [];
    });
    const restorePoints = records
        .filter(isSuccessful)
        .map(succeededAt)
        .filter((at) => at !== undefined)
        .sort((a, b) => a - b);
    const restoreTimes = failed.flatMap((record) => {
        if (record.stateAt === undefined)
            return [];
        const failedAt = record.stateAt;
        const restored = restorePoints.find((at) => at > failedAt);
        return restored === undefined ? [] : [restored - failedAt];
    });
    return {
        deployments: counted.length,
        failedDeployments: failed.length,
        deploymentFrequency: (succeeded.length / days).toFixed(2),
        changeFailureRate: counted.length === 0 ? '0.0' : ((failed.length / counted.length) * 100).toFixed(1),
        leadTimeSeconds: medianSeconds(leadTimes),
        timeToRestoreSeconds: medianSeconds(restoreTimes),
    };
}
/** The median of millisecond spans, in whole seconds (rounded); undefined for none. */
function medianSeconds(spansMs) {
    if (spansMs.length === 0)
        return undefined;
    const sorted = [...spansMs].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return Math.round(median / 1000);
}
/**
 * DORA performance bands, from the 2023 Accelerate State of DevOps Report (Google Cloud / DORA).
 * The report gives ranges ("between once per day and once per week"); the cut-offs close its gaps
 * at the boundaries named in the README.
 */
const HOUR = 3600;
const metrics_DAY = 24 * HOUR;
const BANDS = {
    /** deployments per day: elite on demand (at least daily), high at least weekly, medium at least monthly. */
    deploymentFrequency: (perDay) => perDay >= 1 ? 'elite' : perDay >= 1 / 7 ? 'high' : perDay >= 1 / 30 ? 'medium' : 'low',
    /** seconds: elite under a day, high under a week, medium under a month (30 days). */
    leadTime: (seconds) => seconds < metrics_DAY ? 'elite' : seconds < 7 * metrics_DAY ? 'high' : seconds < 30 * metrics_DAY ? 'medium' : 'low',
    /** percent: elite at most 5, high at most 10, medium at most 15. */
    changeFailureRate: (percent) => percent <= 5 ? 'elite' : percent <= 10 ? 'high' : percent <= 15 ? 'medium' : 'low',
    /** seconds: elite under an hour, high under a day, medium under a week. */
    timeToRestore: (seconds) => seconds < HOUR ? 'elite' : seconds < metrics_DAY ? 'high' : seconds < 7 * metrics_DAY ? 'medium' : 'low',
};
const BANDS_SOURCE = 'DORA 2023 Accelerate State of DevOps Report';
/** The `report` output. A figure with nothing to measure has no band (null). */
function buildReport(figures, records, meta) {
    const perDay = Number(figures.deploymentFrequency);
    const percent = Number(figures.changeFailureRate);
    return {
        repository: meta.repository,
        environment: meta.environment,
        window: {
            from: new Date(meta.from).toISOString(),
            to: new Date(meta.to).toISOString(),
            days: Number(((meta.to - meta.from) / 86_400_000).toFixed(2)),
        },
        deployments: figures.deployments,
        failedDeployments: figures.failedDeployments,
        rollbacks: records.filter((record) => record.task === ROLLBACK_TASK).length,
        deploymentFrequency: { perDay, band: figures.deployments === 0 ? null : BANDS.deploymentFrequency(perDay) },
        changeFailureRate: { percent, band: figures.deployments === 0 ? null : BANDS.changeFailureRate(percent) },
        leadTime: {
            seconds: figures.leadTimeSeconds ?? null,
            band: figures.leadTimeSeconds === undefined ? null : BANDS.leadTime(figures.leadTimeSeconds),
        },
        timeToRestore: {
            seconds: figures.timeToRestoreSeconds ?? null,
            band: figures.timeToRestoreSeconds === undefined ? null : BANDS.timeToRestore(figures.timeToRestoreSeconds),
        },
        bandsFrom: BANDS_SOURCE,
    };
}
/** Counted deployments and failures per week (weeks start on Monday, UTC), oldest first, empty weeks kept. */
function weeklyCounts(records, from, to) {
    const mondayOf = (at) => {
        const day = new Date(at);
        day.setUTCHours(0, 0, 0, 0);
        day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
        return day.getTime();
    };
    const weeks = new Map();
    for (let week = mondayOf(from); week <= to; week += 7 * 86_400_000)
        weeks.set(week, { deployments: 0, failures: 0 });
    for (const record of records.filter(isCounted)) {
        const bucket = weeks.get(mondayOf(record.createdAt));
        if (!bucket)
            continue;
        bucket.deployments += 1;
        if (isFailed(record))
            bucket.failures += 1;
    }
    return [...weeks].map(([week, counts]) => ({ week: new Date(week).toISOString().slice(0, 10), ...counts }));
}

;// CONCATENATED MODULE: ./build/lib/mermaid.js
/**
 * Mermaid diagrams in job summaries (GitHub renders ```mermaid blocks). Labels built from user or
 * remote text go through `mermaidText`, so that no quote, bracket, semicolon, comment marker or
 * newline in them can end a label early and show the reader a syntax error instead of a picture.
 */
/** Text safe inside a double-quoted Mermaid label: letters, digits and plain punctuation only. */
function mermaidText(text, maxLength = 60) {
    const cleaned = text
        .replace(/[^\p{L}\p{N} ._,:/()+@-]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1)}…` : cleaned;
}
/** A fenced mermaid block. */
function mermaidBlock(lines) {
    return ['```mermaid', ...lines, '```'].join('\n');
}
/** A double-quoted label; never `""`, which xychart's grammar refuses. */
function quoted(text, maxLength) {
    return `"${mermaidText(text, maxLength) || '–'}"`;
}
/**
 * An xychart-beta bar chart with an optional line series on the same axis (counts per label).
 * `height` (pixels) makes it shorter than mermaid's 500: a small chart beside a table.
 */
function barChart(chart) {
    // An empty axis (`x-axis []`) does not parse: one empty category instead.
    const empty = chart.labels.length === 0;
    const labels = empty ? ['none'] : chart.labels;
    const bars = empty ? [0] : chart.bars;
    const line = chart.line && (empty ? [0] : chart.line);
    const top = Math.max(1, ...bars, ...(line ?? []));
    return mermaidBlock([
        ...(chart.height ? [`%%{init: {"xyChart": {"height": ${Math.round(chart.height)}}}}%%`] : []),
        'xychart-beta',
        `  title ${quoted(chart.title)}`,
        `  x-axis [${labels.map((label) => quoted(label, 20)).join(', ')}]`,
        `  y-axis ${quoted(chart.axis)} 0 --> ${top}`,
        `  bar [${bars.join(', ')}]`,
        ...(line ? [`  line [${line.join(', ')}]`] : []),
    ]);
}
/** Words the gantt grammar reads at the start of a line: a task name must not begin with one. */
const GANTT_KEYWORDS = new RegExp(String.raw `^(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|` +
    String.raw `inclusiveenddates|topaxis|displaymode|acc\w*|click|call|href)\b`, 'i');
/** Text safe as a gantt section or task name: mermaidText without colons (a colon ends the name). */
function ganttText(text, maxLength = 60) {
    // U+A789 (modifier letter colon) looks like a colon and is a letter to mermaid.
    const cleaned = mermaidText(text, maxLength).replace(/:/g, '\uA789');
    if (cleaned === '')
        return '–';
    return GANTT_KEYWORDS.test(cleaned) ? `– ${cleaned}` : cleaned;
}
/** Tick steps a timeline's axis may use, in milliseconds, with mermaid's name for them. */
const TICKS = [
    ...[10, 20, 50, 100, 200, 500].map((n) => [n, `${n}millisecond`]),
    ...[1, 2, 5, 10, 15, 30].map((n) => [n * 1000, `${n}second`]),
    ...[1, 2, 5, 10, 15, 30].map((n) => [n * 60_000, `${n}minute`]),
    ...[1, 2, 3, 6, 12, 24].map((n) => [n * 3_600_000, `${n}hour`]),
];
/**
 * The axis of a timeline `totalMs` long: about eight ticks, labelled as elapsed time (times start
 * at 0, so minutes and seconds read as elapsed).
 */
function ganttAxis(totalMs) {
    const [step, interval] = TICKS.find(([ms]) => ms >= totalMs / 8) ?? TICKS.at(-1);
    const format = step < 1000 ? '%S.%L' : totalMs < 3_600_000 ? '%M:%S' : '%H:%M';
    return [`  axisFormat ${format}`, `  tickInterval ${interval}`];
}
/**
 * A gantt chart of what happened and how long each part took: sections in order, each with its
 * bars, times in milliseconds from 0 (`dateFormat x`). Empty sections are left out.
 */
function ganttChart(chart) {
    const sections = chart.sections.filter((section) => section.tasks.length > 0);
    const end = Math.max(1, ...sections.flatMap((section) => section.tasks.map((task) => task.endMs)));
    return mermaidBlock([
        'gantt',
        `  title ${ganttText(chart.title)}`,
        '  dateFormat x',
        ...ganttAxis(end),
        ...sections.flatMap((section) => [
            `  section ${ganttText(section.name, 30)}`,
            ...section.tasks.map((task) => {
                const start = Math.max(0, Math.round(task.startMs));
                // A bar at least 1 ms long: mermaid draws nothing for a task that ends where it starts.
                const stop = Math.max(start + 1, Math.round(task.endMs));
                return `  ${ganttText(task.label)} :${task.state}, ${start}, ${stop}`;
            }),
        ]),
    ]);
}

;// CONCATENATED MODULE: ./build/dora-metrics/summary.js



const BAND_ICON = { elite: '🟢', high: '🔵', medium: '🟡', low: '🔴' };
const MAX_FAILED_ROWS = 50;
/** The job summary: the four figures with their band, a weekly chart (and its table), the failures. */
function doraSummary(figures, report, records, window) {
    const band = (value) => (value ? `${BAND_ICON[value]} ${value}` : '–');
    const parts = [
        `## DORA metrics: ${mdText(report.repository)}, ${mdText(report.environment)}, last ${mdText(window.text)}`,
        mdTable(['Figure', 'Value', 'Band'], [
            [
                'Deployment frequency',
                `${figures.deploymentFrequency} per day (${figures.deployments} deployments)`,
                band(report.deploymentFrequency.band),
            ],
            [
                'Change failure rate',
                `${figures.changeFailureRate} % (${figures.failedDeployments} failed)`,
                band(report.changeFailureRate.band),
            ],
            ['Lead time for changes', figureDuration(figures.leadTimeSeconds), band(report.leadTime.band)],
            ['Time to restore', figureDuration(figures.timeToRestoreSeconds), band(report.timeToRestore.band)],
        ]),
        `Bands: ${mdText(report.bandsFrom)}. ` +
            `Rollbacks (task \`deploy:rollback\`) count only as restores: ${report.rollbacks} in the window.`,
    ];
    const weeks = weeklyCounts(records, window.from, window.to);
    parts.push('### Deployments per week', barChart({
        title: `Deployments (bars) and failures (line) per week, ${report.environment}`,
        labels: weeks.map((week) => week.week.slice(5)),
        axis: 'Deployments',
        bars: weeks.map((week) => week.deployments),
        line: weeks.map((week) => week.failures),
    }), mdTable(['Week of', 'Deployments', 'Failed'], weeks.map((week) => [week.week, String(week.deployments), String(week.failures)])));
    const failed = records.filter((record) => isCounted(record) && isFailed(record));
    if (failed.length > 0) {
        const rows = failed
            .slice(0, MAX_FAILED_ROWS)
            .map((record) => [
            new Date(record.createdAt).toISOString().replace('T', ' ').slice(0, 16),
            `\`${record.sha.slice(0, 7)}\``,
            mdText(record.state),
            record.logUrl ? mdLink('run', record.logUrl) : '–',
        ]);
        parts.push(`### ${ICON.fail} Failed deployments`, mdTable(['Created (UTC)', 'Commit', 'State', 'Log'], rows));
        if (failed.length > MAX_FAILED_ROWS)
            parts.push(`… and ${failed.length - MAX_FAILED_ROWS} more.`);
    }
    return `${parts.join('\n\n')}\n`;
}
/**
 * A figure in whole seconds, said as every other summary says a duration (formatDuration: `2 min 5 s`,
 * `3 h 20 min`, `2 d 4 h`), under a minute in whole seconds (`0 s`, `45 s`); `–` when there is nothing
 * to measure. A lead time can be negative (a commit dated after its deployment), and keeps its sign.
 */
function figureDuration(seconds) {
    if (seconds === undefined)
        return '–';
    const size = Math.abs(seconds);
    return `${seconds < 0 ? '-' : ''}${size < 60 ? `${Math.round(size)} s` : formatDuration(size * 1000)}`;
}

;// CONCATENATED MODULE: ./build/dora-metrics/main.js





const OUTPUTS = {
    deployments: 0,
    'failed-deployments': 0,
    'deployment-frequency': '0.00',
    'change-failure-rate': '0.0',
    'lead-time': '',
    'time-to-restore': '',
    report: '{}',
};
/** The longest wait for GitHub's rate limit to reset before giving up. */
const MAX_RATE_LIMIT_WAIT_MS = 5 * 60_000;
/** The action, as index.ts, @github/local-action and tests run it. */
const run = defineAction({ outputs: OUTPUTS, title: 'DORA metrics', main });
async function main(context, outputs) {
    const { core, effects } = context;
    const config = readConfig(context.inputs, context);
    const to = effects.clock.now();
    const from = to - config.windowMs;
    const { records, requests } = await group(core, `Read deployments: ${config.owner}/${config.repo}, ${config.environment}`, async () => {
        const fetched = await fetchDeployments(config, from, context.run, {
            clock: effects.clock,
            maxWaitMs: MAX_RATE_LIMIT_WAIT_MS,
            log: (line) => core.info(line),
        });
        core.info(`${fetched.records.length} deployments created since ${new Date(from).toISOString()} ` +
            `(${fetched.requests} API requests)`);
        return fetched;
    });
    core.debug(`GraphQL requests: ${requests}`);
    const figures = computeFigures(records, config.windowMs);
    const report = buildReport(figures, records, {
        repository: `${config.owner}/${config.repo}`,
        environment: config.environment,
        from,
        to,
    });
    Object.assign(outputs, {
        deployments: figures.deployments,
        'failed-deployments': figures.failedDeployments,
        'deployment-frequency': figures.deploymentFrequency,
        'change-failure-rate': figures.changeFailureRate,
        'lead-time': figures.leadTimeSeconds === undefined ? '' : String(figures.leadTimeSeconds),
        'time-to-restore': figures.timeToRestoreSeconds === undefined ? '' : String(figures.timeToRestoreSeconds),
        report: JSON.stringify(report),
    });
    core.info(`${figures.deployments} deployments (${figures.failedDeployments} failed): ` +
        `${figures.deploymentFrequency} per day, change failure rate ${figures.changeFailureRate} %, ` +
        `lead time ${outputs['lead-time'] || '–'} s, time to restore ${outputs['time-to-restore'] || '–'} s.`);
    await writeSummary(context, doraSummary(figures, report, records, { from, to, text: config.windowText }));
}


/***/ }),

/***/ 1934:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ExitCode: () => (/* binding */ ExitCode),
  addPath: () => (/* binding */ addPath),
  debug: () => (/* binding */ debug),
  endGroup: () => (/* binding */ endGroup),
  error: () => (/* binding */ error),
  exportVariable: () => (/* binding */ exportVariable),
  getBooleanInput: () => (/* binding */ getBooleanInput),
  getIDToken: () => (/* binding */ getIDToken),
  getInput: () => (/* binding */ getInput),
  getMultilineInput: () => (/* binding */ getMultilineInput),
  getState: () => (/* binding */ getState),
  group: () => (/* binding */ group),
  info: () => (/* binding */ info),
  isDebug: () => (/* binding */ isDebug),
  markdownSummary: () => (/* reexport */ markdownSummary),
  notice: () => (/* binding */ notice),
  saveState: () => (/* binding */ saveState),
  setCommandEcho: () => (/* binding */ setCommandEcho),
  setFailed: () => (/* binding */ setFailed),
  setOutput: () => (/* binding */ setOutput),
  setSecret: () => (/* binding */ setSecret),
  startGroup: () => (/* binding */ startGroup),
  summary: () => (/* reexport */ summary),
  toPlatformPath: () => (/* reexport */ toPlatformPath),
  toPosixPath: () => (/* reexport */ toPosixPath),
  toWin32Path: () => (/* reexport */ toWin32Path),
  warning: () => (/* binding */ warning)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./build/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./build/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./build/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./build/node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = _summary;
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./build/node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, external_path_namespaceObject.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./build/node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_namespaceObject.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        const { OidcClient } = yield __nccwpck_require__.e(/* import() */ 295).then(__nccwpck_require__.bind(__nccwpck_require__, 2295));
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */
//# sourceMappingURL=core.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3241);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
