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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

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

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 1691:
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
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
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
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
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
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
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
    return pth.replace(/[/\\]/g, external_path_.sep);
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
    process.env['PATH'] = `${inputPath}${external_path_.delimiter}${process.env['PATH']}`;
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
        const { OidcClient } = yield Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(778)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1778));
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

/***/ }),

/***/ 1231:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1543);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: main

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: ./build/node_modules/@actions/core/lib/core.js + 5 modules
var lib_core = __nccwpck_require__(1691);
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
    for (const dir of (searchPath ?? '').split(external_node_path_.delimiter)) {
        if (!dir)
            continue;
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            (0,external_node_fs_namespaceObject.accessSync)(candidate, external_node_fs_namespaceObject.constants.X_OK);
            if ((0,external_node_fs_namespaceObject.statSync)(candidate).isFile())
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
function http_parseRetryAfter(value, nowMs) {
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
                retryAfterMs: http_parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, Date.now()),
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
async function poll_pollUntil(read, done, options) {
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
function poll_deadline(timeoutMs, clock) {
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

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./build/providers/cloud-run/gcloud.js




/** Cloud Run service names: lowercase letters, digits and hyphens, starting with a letter. */
const SERVICE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
const REGION = /^[a-z]+-[a-z]+[0-9]+$/;
/** Project ids, including domain-scoped ones (`example.com:my-project`). */
const PROJECT_ID = /^([a-z0-9.-]+:)?[a-z][-a-z0-9]{4,28}[a-z0-9]$/;
/** Revision tags (they become part of a URL). */
const TAG = /^[a-z]([-a-z0-9]{0,45}[a-z0-9])?$/;
const REVISION = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
function scope(target) {
    return [`--region=${target.region}`, ...(target.project ? [`--project=${target.project}`] : [])];
}
function deployArgs(target, options) {
    return [
        'run',
        'deploy',
        target.service,
        `--image=${options.image}`,
        ...scope(target),
        ...(options.noTraffic ? ['--no-traffic'] : []),
        ...(options.tag ? [`--tag=${options.tag}`] : []),
        '--format=json',
        '--quiet',
    ];
}
function describeArgs(target) {
    return ['run', 'services', 'describe', target.service, ...scope(target), '--format=json'];
}
function listRevisionsArgs(target, limit = 20) {
    return [
        'run',
        'revisions',
        'list',
        `--service=${target.service}`,
        ...scope(target),
        '--sort-by=~metadata.creationTimestamp',
        `--limit=${limit}`,
        '--format=json',
    ];
}
/** All traffic to one revision (a rollback or a blue-green switch), or to the latest revision. */
function updateTrafficArgs(target, to) {
    const destination = 'revision' in to ? `--to-revisions=${to.revision}=100` : '--to-latest';
    return [
        'run',
        'services',
        'update-traffic',
        target.service,
        destination,
        ...scope(target),
        '--format=json',
        '--quiet',
    ];
}
/** `gcloud run services describe|deploy --format=json`: a Knative Service. */
function parseService(stdout) {
    const service = parseGcloudJson(stdout, 'service');
    const status = service.status ?? {};
    return {
        name: service.metadata?.name ?? '',
        ...(status.url ? { url: status.url } : {}),
        ...(status.latestCreatedRevisionName ? { latestCreatedRevision: status.latestCreatedRevisionName } : {}),
        ...(status.latestReadyRevisionName ? { latestReadyRevision: status.latestReadyRevisionName } : {}),
        ready: isReady(status.conditions),
        traffic: (status.traffic ?? []).map((t) => ({
            revision: t.revisionName ?? '',
            percent: t.percent ?? 0,
            ...(t.tag ? { tag: t.tag } : {}),
            ...(t.url ? { url: t.url } : {}),
            ...(t.latestRevision !== undefined ? { latestRevision: t.latestRevision } : {}),
        })),
    };
}
/** The revision serving most of the traffic (what a rollback returns to), else the latest ready one. */
function servingRevision(state) {
    const serving = [...state.traffic]
        .filter((t) => t.revision && t.percent > 0)
        .sort((a, b) => b.percent - a.percent)[0];
    return serving?.revision ?? state.latestReadyRevision;
}
/** The URL of a tagged revision (blue-green: the new revision before it gets traffic). */
function tagUrl(state, tag) {
    return state.traffic.find((t) => t.tag === tag)?.url;
}
/** `gcloud run revisions list --format=json`: Knative Revisions. */
function parseRevisions(stdout) {
    const list = parseGcloudJson(stdout, 'revision list');
    return list
        .map((r) => ({
        name: r.metadata?.name ?? '',
        ready: isReady(r.status?.conditions),
        ...(r.metadata?.creationTimestamp ? { createdAt: r.metadata.creationTimestamp } : {}),
    }))
        .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
}
/** The newest ready revision other than `current`: what a rollback without a recorded previous revision returns to. */
function previousReadyRevision(revisions, current) {
    const at = revisions.findIndex((r) => r.name === current);
    return revisions.slice(at + 1).find((r) => r.ready && r.name !== current);
}
/** `gcloud run services update-traffic --format=json`: the resulting traffic targets. */
function parseTrafficTargets(stdout) {
    const list = parseGcloudJson(stdout, 'traffic');
    return list.map((t) => ({
        revision: t.revisionName ?? '',
        percent: Number(t.statusPercent ?? t.specPercent ?? 0),
        ...(t.tags?.[0] ? { tag: t.tags[0].tag, ...(t.tags[0].url ? { url: t.tags[0].url } : {}) } : {}),
        ...(t.latestRevision !== undefined ? { latestRevision: t.latestRevision } : {}),
    }));
}
function isReady(conditions) {
    return conditions?.find((c) => c.type === 'Ready')?.status === 'True';
}
function parseGcloudJson(stdout, what) {
    try {
        return JSON.parse(stdout);
    }
    catch {
        throw new Error(`gcloud printed a ${what} that is not JSON: ${stdout.slice(0, 200).replace(/\s+/g, ' ') || '(nothing)'}`);
    }
}
/** gcloud ran but failed: the sentence says which command and what gcloud said. */
class GcloudError extends Error {
    result;
    name = 'GcloudError';
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
/** Runs gcloud and returns stdout; a non-zero exit throws a GcloudError with gcloud's last words. */
async function runGcloud(args, deps) {
    const request = {
        command: deps.gcloud ?? 'gcloud',
        args,
        env: deps.env,
        ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
        ...(deps.redact ? { redact: deps.redact } : {}),
        // stdout is the JSON answer; only stderr (progress, errors) goes to the log.
        onLine: (line, stream) => (stream === 'stderr' ? deps.onLine?.(line, stream) : undefined),
    };
    const result = await deps.exec(request);
    if (result.exitCode !== 0) {
        throw new GcloudError(describeFailure(`gcloud ${args.slice(0, 3).join(' ')}`, result, deps.timeoutMs), result);
    }
    return result.stdout;
}
/** gcloud's answer when a service does not exist yet (the first deploy). */
function isMissingService(error) {
    return error instanceof GcloudError && /cannot find service|could not be found|NOT_FOUND/i.test(error.result.stderr);
}
/** The current state of a service, or undefined when it does not exist yet. */
async function describeService(target, deps) {
    try {
        return parseService(await runGcloud(describeArgs(target), deps));
    }
    catch (error) {
        if (isMissingService(error))
            return undefined;
        throw error;
    }
}
async function listRevisions(target, deps) {
    return parseRevisions(await runGcloud(listRevisionsArgs(target), deps));
}
/** Sends all traffic to `revision` (rollback, or the switch of a no-traffic deploy) and checks that it took. */
async function routeAllTraffic(target, revision, deps) {
    const traffic = parseTrafficTargets(await runGcloud(updateTrafficArgs(target, { revision }), deps));
    const served = traffic.find((t) => t.revision === revision);
    if (!served || served.percent !== 100) {
        throw new Error(`gcloud update-traffic finished but ${revision} serves ` +
            `${served?.percent ?? 0}% of ${target.service}'s traffic, not 100%.`);
    }
    return traffic;
}
/** Rolls a service back to `revision` (what actions/deploy reported as previous-deployment-id). */
function rollbackCloudRun(target, revision, deps) {
    return routeAllTraffic(target, revision, deps);
}
/**
 * Hands a credential to gcloud through a 0600 file named in the environment, never argv: a
 * service-account key or external-account JSON through CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE, an
 * OAuth access token (e.g. google-github-actions/auth's `access_token`) through
 * CLOUDSDK_AUTH_ACCESS_TOKEN_FILE.
 */
function gcloudAuth(credential, parent = (0,external_node_os_namespaceObject.tmpdir)()) {
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_.join)(parent, 'dk-gcloud-'));
    const isJson = credential.trimStart().startsWith('{');
    const file = (0,external_node_path_.join)(dir, isJson ? 'credentials.json' : 'access-token');
    (0,external_node_fs_namespaceObject.writeFileSync)(file, credential, { mode: 0o600 });
    (0,external_node_fs_namespaceObject.chmodSync)(file, 0o600);
    const variable = isJson ? 'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE' : 'CLOUDSDK_AUTH_ACCESS_TOKEN_FILE';
    return {
        env: { [variable]: file, CLOUDSDK_CORE_DISABLE_PROMPTS: '1' },
        dispose: () => (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true }),
    };
}

;// CONCATENATED MODULE: ./build/providers/cloud-run/deploy.js


/**
 * `gcloud run deploy` of an image, with the revision serving before it recorded as the previous
 * deployment. With `no-traffic` (and a `tag`), the new revision gets no traffic and its tag URL is
 * the output `url`: test it, then route traffic (health-check, or `gcloud run services update-traffic`).
 */
async function deployCloudRun(target, context) {
    const { deps, progress } = context;
    const gcloud = findOnPath('gcloud', deps.searchPath);
    if (!gcloud)
        throw new Error('gcloud is not installed on this runner: add google-github-actions/setup-gcloud before this step.');
    const auth = gcloudAuth(target.credential, deps.tempDir);
    try {
        const gcloudDeps = {
            exec: deps.exec,
            gcloud,
            env: auth.env,
            timeoutMs: context.remainingMs(),
            redact: deps.redact,
            onLine: (line) => deps.log.info(line),
        };
        const service = { service: target.service, region: target.region, project: target.project };
        const before = await describeService(service, gcloudDeps);
        progress.previousDeploymentId = before ? servingRevision(before) : undefined;
        deps.log.info(progress.previousDeploymentId
            ? `Revision serving before this deploy: ${progress.previousDeploymentId}`
            : `Service ${target.service} is new: nothing to roll back to`);
        const after = parseService(await runGcloud(deployArgs(service, { image: target.image, noTraffic: target.noTraffic, tag: target.tag }), {
            ...gcloudDeps,
            timeoutMs: context.remainingMs(),
        }));
        progress.deploymentId = after.latestCreatedRevision;
        progress.url = (target.tag ? tagUrl(after, target.tag) : undefined) ?? after.url;
        const ready = after.latestCreatedRevision !== undefined && after.latestReadyRevision === after.latestCreatedRevision;
        progress.status = ready ? (target.noTraffic ? 'ready, no traffic' : 'ready') : 'not ready';
        if (!after.latestCreatedRevision)
            throw new Error('gcloud run deploy succeeded but its answer names no new revision.');
        if (!ready)
            throw new Error(`Cloud Run revision ${after.latestCreatedRevision} ` +
                `is not ready (the latest ready revision is ${after.latestReadyRevision ?? 'none'}).`);
    }
    finally {
        auth.dispose();
    }
}

;// CONCATENATED MODULE: ./build/providers/cloud-run/inputs.js


/** `service`, `region` and `project` of a Cloud Run service, checked before they reach gcloud's argv. */
function readCloudRunService(inputs) {
    const service = inputs.required('service', 'the Cloud Run service name');
    if (!SERVICE_NAME.test(service))
        throw inputs_invalidValue('service', service, 'a Cloud Run service name is lowercase letters, digits and hyphens, starting with a letter');
    const region = inputs.required('region', 'the Cloud Run region, e.g. us-central1');
    if (!REGION.test(region))
        throw inputs_invalidValue('region', region, 'expected a region such as us-central1 or europe-west4');
    return {
        service,
        region,
        project: optionalMatching(inputs, 'project', PROJECT_ID, 'expected a Google Cloud project id such as my-project-123'),
    };
}
/** Cloud Run's inputs for both steps. */
const cloudRunInputs = {
    deployGate: () => ({ input: 'token', secretName: 'GCP_CREDENTIALS', what: 'the Cloud Run deploy' }),
    readDeployTarget(inputs, given) {
        const service = readCloudRunService(inputs);
        const image = inputs.required('image', 'the container image to deploy');
        if (image.startsWith('-') || /\s/.test(image))
            throw inputs_invalidValue('image', image, 'expected an image reference such as us-docker.pkg.dev/project/repo/app:tag');
        const noTraffic = inputs.boolean('no-traffic', false);
        const tag = optionalMatching(inputs, 'tag', TAG, 'a revision tag is lowercase letters, digits and hyphens, starting with a letter');
        return { provider: 'cloud-run', credential: given.secret, ...service, image, noTraffic, tag };
    },
    rollbackToken: 'give a service-account key JSON or an access token (e.g. ' +
        "google-github-actions/auth's access_token). Secrets are empty in workflows from forks",
    readRollbackTarget(inputs, { token, common }) {
        const credential = token();
        const service = readCloudRunService(inputs);
        if (common.to !== undefined && !REVISION.test(common.to))
            throw inputs_invalidValue('rollback-to', common.to, 'expected a Cloud Run revision name such as api-00041-abc');
        return { provider: 'cloud-run', credential, ...service, ...common };
    },
};

;// CONCATENATED MODULE: ./build/providers/cloud-run/rollback.js



/**
 * `rollback: cloud-run`, with gcloud: the target is `rollback-to` (a revision, such as the deploy
 * action's previous-deployment-id) or the newest ready revision older than the one serving; then
 * `gcloud run services update-traffic --to-revisions=<it>=100`, and the answer must show it serving
 * 100%. The credential reaches gcloud as a 0600 file named in the environment, never argv.
 */
const cloudRunRollback = {
    describe: (config) => `the Cloud Run rollback of service "${config.service}" (${config.region}) ` +
        `to ${config.to ? `revision ${config.to}` : 'its previous ready revision'}`,
    async rollback(config, context) {
        const { deps } = context;
        const started = deps.clock.now();
        const auth = gcloudAuth(config.credential, deps.tempDir);
        const gcloud = () => ({
            exec: deps.exec,
            env: auth.env,
            timeoutMs: context.deadline.cap(config.timeoutMs),
            redact: deps.redact,
            onLine: (line) => deps.log.info(line),
        });
        const service = { service: config.service, region: config.region, project: config.project };
        try {
            let revision = config.to;
            if (revision === undefined) {
                const state = await describeService(service, gcloud());
                const serving = state && servingRevision(state);
                if (!serving)
                    throw new Error(`Cloud Run service ${config.service} was not found in ${config.region}, or serves no revision`);
                const previous = previousReadyRevision(await listRevisions(service, gcloud()), serving);
                if (!previous)
                    throw new Error(`no ready revision of ${config.service} is older than the one serving (${serving}): give rollback-to`);
                deps.log.info(`Serving: ${serving}; previous ready revision: ${previous.name}`);
                revision = previous.name;
            }
            await rollbackCloudRun(service, revision, gcloud());
            const durationMs = Math.round(deps.clock.now() - started);
            return {
                ok: true,
                detail: `sent all traffic to revision ${revision} in ${formatDuration(durationMs)}`,
                durationMs,
            };
        }
        catch (error) {
            if (error instanceof SpawnError) {
                return {
                    ok: false,
                    detail: `failed: ${error.message}: add google-github-actions/setup-gcloud before this step`,
                    durationMs: 0,
                };
            }
            throw error;
        }
        finally {
            auth.dispose();
        }
    },
};

;// CONCATENATED MODULE: ./build/providers/cloud-run/index.js



/**
 * Google Cloud Run through gcloud: deploys an image as a new revision, rolls back by routing all
 * traffic to an older one.
 */
const cloudRun = {
    name: 'cloud-run',
    ...cloudRunInputs,
    deploy: deployCloudRun,
    ...cloudRunRollback,
};

;// CONCATENATED MODULE: ./build/providers/script-outputs.js
/**
 * Values a deploy script reports by printing `deploy-kit-output: name=value` lines (the `command`
 * and `ssh` providers, and the blue-green script): deployment-id, previous-deployment-id, url, status.
 */
const FIELDS = {
    'deployment-id': 'deploymentId',
    'previous-deployment-id': 'previousDeploymentId',
    url: 'url',
    status: 'status',
};
function parseScriptOutputs(stdout) {
    const values = {};
    for (const [, name, value] of stdout.matchAll(/^deploy-kit-output: ([a-z-]+)=(.*)$/gm)) {
        const field = FIELDS[name ?? ''];
        if (field && value?.trim())
            values[field] = value.trim();
    }
    return values;
}

;// CONCATENATED MODULE: ./build/providers/tool.js
/** Runs a provider's tool with its output streamed (redacted) to the log and the time left as its deadline. */
function runLogged(context, command, args, env, options = {}) {
    const { deps } = context;
    return deps.exec({
        command,
        args,
        cwd: options.cwd ?? context.workingDirectory,
        env,
        timeoutMs: context.remainingMs(),
        redact: deps.redact,
        onLine: (line, stream) => {
            if (stream === 'stderr' || options.logStdout !== false)
                deps.log.info(line);
        },
    });
}
function installDeps(context) {
    const { deps } = context;
    return {
        exec: (request) => deps.exec({ ...request, redact: deps.redact }),
        searchPath: deps.searchPath,
        tempDir: deps.tempDir,
        log: deps.log.info,
        timeoutMs: context.remainingMs(),
    };
}

;// CONCATENATED MODULE: ./build/providers/command/deploy.js



/**
 * Any deploy command, run by bash as one argv element (the user's own code, never a string we
 * assemble), with the token in the variable named by `token-env` and the run in DEPLOY_* variables.
 */
async function deployCommand(target, context) {
    const result = await runLogged(context, 'bash', bashScriptArgs(target.command), {
        ...context.contextEnv,
        [target.tokenEnv]: target.token,
    });
    Object.assign(context.progress, parseScriptOutputs(result.stdout));
    if (result.exitCode !== 0)
        throw toolFailure('The deploy command', result);
}

;// CONCATENATED MODULE: ./build/providers/token-env.js

/** A name a shell accepts for an exported variable. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `token-env`: the variable the deploy command or script gets the token in (command, ssh). */
function readTokenEnv(inputs) {
    const value = inputs.string('token-env', 'DEPLOY_TOKEN');
    if (!ENV_NAME.test(value))
        throw inputs_invalidValue('token-env', value, 'expected an environment variable name such as FLY_API_TOKEN');
    return value;
}

;// CONCATENATED MODULE: ./build/providers/command/inputs.js


/** The command provider's inputs for both steps. */
const commandInputs = {
    // The secret is named after the variable the command gets it in.
    deployGate: (inputs) => ({ input: 'token', secretName: readTokenEnv(inputs), what: 'the deploy command' }),
    readDeployTarget: (inputs, given) => ({
        provider: 'command',
        token: given.secret,
        tokenEnv: readTokenEnv(inputs),
        command: inputs.required('command', 'the command that deploys (run with bash)'),
    }),
    readRollbackTarget(_inputs, { command, common }) {
        if (command === undefined)
            throw new errors_ConfigError('Input "rollback-command" is required when "rollback" is "command": give the shell command that rolls back.');
        return { provider: 'command', command, ...common };
    },
};

;// CONCATENATED MODULE: ./build/providers/command/rollback.js




/**
 * `rollback: command`: the user's own script, run like a `run:` step with `bash -c`, the script as
 * one argv element. What it needs to know travels in environment variables, never in the script:
 * ROLLBACK_TO (the release to return to), HEALTH_REPORT (path of the JSON report) and
 * HEALTH_REASON (why the release was judged unhealthy, one line).
 */
const commandRollback = {
    describe: (config) => `the rollback command${config.to ? ` (ROLLBACK_TO=${config.to})` : ''}`,
    async rollback(config, context) {
        const { deps } = context;
        const reportPath = (0,external_node_path_.join)(deps.tempDir, `health-report-${process.pid}-${Date.now()}.json`);
        (0,external_node_fs_namespaceObject.writeFileSync)(reportPath, context.reportJson);
        try {
            const result = await deps.exec({
                command: 'bash',
                args: bashScriptArgs(config.command),
                env: { ROLLBACK_TO: config.to ?? '', HEALTH_REPORT: reportPath, HEALTH_REASON: context.reason },
                timeoutMs: config.timeoutMs,
                onLine: (line) => deps.log.info(line),
                redact: deps.redact,
            });
            const ok = result.exitCode === 0 && !result.timedOut;
            const ended = describeExit(result, config.timeoutMs);
            const tail = ok ? '' : lastLines(result.stderr, 1) || lastLines(result.stdout, 1);
            return {
                ok,
                detail: `${ended}${ok ? ` in ${formatDuration(result.durationMs)}` : ''}${tail ? ` (${tail})` : ''}`,
                durationMs: result.durationMs,
            };
        }
        catch (error) {
            if (error instanceof SpawnError)
                return { ok: false, detail: `could not start: ${error.message}`, durationMs: 0 };
            throw error;
        }
    },
};

;// CONCATENATED MODULE: ./build/providers/command/index.js



/** The user's own commands, run by bash on the runner, for any platform without a provider here. */
const command = {
    name: 'command',
    ...commandInputs,
    deploy: deployCommand,
    ...commandRollback,
};

;// CONCATENATED MODULE: ./build/lib/cli-install.js



/** The CLI from PATH when the runner has one, otherwise installed (see installNpmCli). */
async function ensureNpmCli(cli, deps) {
    const onPath = findOnPath(cli.bin, deps.searchPath);
    if (onPath) {
        deps.log(`Using ${cli.bin} from PATH: ${onPath}`);
        return { path: onPath, source: 'path' };
    }
    return installNpmCli(cli, deps);
}
/**
 * `cli.packageName@cli.version` from the tool cache, or installed with npm into a fresh prefix and
 * cached under the version npm actually installed (so `latest` is cached as what it was).
 */
async function installNpmCli(cli, deps) {
    const toolCache = await Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(822)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4822));
    const toolName = cli.toolName ?? cli.bin;
    const cached = cli.version === 'latest' ? '' : toolCache.find(toolName, cli.version);
    if (cached) {
        deps.log(`Using ${cli.packageName}@${cli.version} from the tool cache: ${cached}`);
        return { path: binaryIn(cached, cli), source: 'tool-cache', version: cli.version };
    }
    const prefix = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_.join)(deps.tempDir, `dk-${toolName}-`));
    const timeoutMs = deps.timeoutMs ?? 300_000;
    // What npm will use: the environment it inherits, else its own configuration (.npmrc or the default).
    const registry = process.env['npm_config_registry'] || "npm's configured registry";
    const what = `Installing ${cli.packageName}@${cli.version} with npm`;
    deps.log(`${what} from ${registry} (at most ${Math.ceil(timeoutMs / 1000)} s)`);
    const progress = new NpmProgress(registry, deps.log);
    const heartbeat = setInterval(() => deps.log(progress.heartbeat()), deps.heartbeatMs ?? 5000);
    let result;
    try {
        result = await deps.exec({
            command: 'npm',
            args: [
                'install',
                '--prefix',
                prefix,
                '--no-save',
                '--no-package-lock',
                '--no-audit',
                '--no-fund',
                // One line per request answered: counted for the progress lines, not logged one by one.
                '--loglevel=http',
                // npm waits five minutes per request by default; never longer than the step may take.
                `--fetch-timeout=${Math.min(60_000, timeoutMs)}`,
                `${cli.packageName}@${cli.version}`,
            ],
            cwd: prefix,
            timeoutMs,
            onLine: (line) => progress.line(line),
        });
    }
    finally {
        clearInterval(heartbeat);
    }
    if (result.timedOut) {
        throw new Error(`${what} ${describeExit(result, timeoutMs)} ${progress.phase()}; the step's timeout bounds the install.`);
    }
    if (result.exitCode !== 0) {
        throw toolFailure(what, { ...result, stderr: withoutRequestLines(result.stderr) }, timeoutMs);
    }
    deps.log(`npm finished in ${Math.round(result.durationMs / 1000)} s after ${progress.fetched} registry requests.`);
    const version = packageJson(prefix, cli).version;
    if (!version)
        throw new Error(`npm installed a ${cli.packageName} without a version in its package.json`);
    const dir = await toolCache.cacheDir(prefix, toolName, version);
    deps.log(`${cli.packageName}@${version} installed and cached: ${dir}`);
    return { path: binaryIn(dir, cli), source: 'installed', version };
}
function packageJson(prefix, cli) {
    return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_.join)(prefix, 'node_modules', cli.packageName, 'package.json'), 'utf8'));
}
/** The executable from the package's own `bin` field (the .bin symlink may not survive a copy). */
function binaryIn(prefix, cli) {
    const bin = packageJson(prefix, cli).bin;
    const relative = typeof bin === 'string' ? bin : bin?.[cli.bin];
    if (!relative)
        throw new Error(`The ${cli.packageName} package in ${prefix} declares no "${cli.bin}" executable`);
    return (0,external_node_path_.join)(prefix, 'node_modules', cli.packageName, relative);
}
const REQUEST_LINE = /^npm http (?:fetch )?(\S+) (\d{3}) (\S+)/;
/**
 * What npm has done so far, from its `--loglevel=http` lines (`npm http fetch GET 200 <url> 52ms`):
 * a progress line every few seconds instead of five silent minutes, and, when the deadline stops
 * npm, the phase it was in (the registry never answered, or how far it got).
 */
class NpmProgress {
    registry;
    log;
    fetched = 0;
    #last;
    #started = performance.now();
    constructor(registry, log) {
        this.registry = registry;
        this.log = log;
    }
    line(line) {
        const request = REQUEST_LINE.exec(line);
        if (request) {
            this.fetched += 1;
            this.#last = `${request[1]} ${request[2]} ${request[3]}`;
        }
        else if (line.startsWith('npm http ')) {
            // cache lines and the like: not a request answered
        }
        else if (line.trim() !== '') {
            this.log(line);
        }
    }
    heartbeat() {
        const seconds = Math.round((performance.now() - this.#started) / 1000);
        return (`npm is still installing (${seconds} s): ${this.fetched} ` +
            `registry requests answered${this.#last ? `, the last ${this.#last}` : ''}.`);
    }
    phase() {
        if (this.fetched === 0)
            return `while waiting for the registry (${this.registry}) to answer its first request`;
        return `after ${this.fetched} registry requests answered (the last ${this.#last}), while downloading the rest`;
    }
}
/** npm's stderr without its request lines and the pointer to its debug log (a file on the runner). */
function withoutRequestLines(stderr) {
    return stderr
        .split('\n')
        .filter((line) => !line.startsWith('npm http ') && !line.includes('A complete log of this run can be found in'))
        .join('\n');
}

;// CONCATENATED MODULE: ./build/providers/railway/api.js

/**
 * Railway's public GraphQL API (backboard), as the Railway CLI uses it (railwayapp/cli src/client.rs,
 * src/gql/*; formats in test/fixtures/railway): the client: operations,
 * authentication and errors. deployments.ts builds on it; status.ts reads what it returns.
 */
const RAILWAY_API_URL = 'https://backboard.railway.com/graphql/v2';
// Operations. Those the fixtures hold are sent byte for byte as recorded there
// (responses/*.request.json); ProjectToken and ProjectScope are authored against the schema.
const RAILWAY_OPERATIONS = {
    ProjectToken: 'query ProjectToken {\n  projectToken {\n    projectId\n    environmentId\n  }\n}\n',
    ProjectScope: 'query ProjectScope($id: String!) {\n  project(id: $id) {\n    id\n    name\n' +
        '    services {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n' +
        '    environments {\n      edges {\n        node {\n' +
        '          id\n          name\n        }\n      }\n    }\n  }\n}\n',
    DeploymentsForServiceEnvironment: 'query DeploymentsForServiceEnvironment($input: DeploymentListInput!, $first: Int, $after: String) {\n' +
        '  deployments(input: $input, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n' +
        '        id\n        status\n        createdAt\n        updatedAt\n        statusUpdatedAt\n        url\n' +
        '        staticUrl\n        canRollback\n        canRedeploy\n        deploymentStopped\n        meta\n      }\n' +
        '    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n',
    DeploymentDetails: 'query DeploymentDetails($id: String!) {\n  deployment(id: $id) {\n    id\n    status\n    createdAt\n' +
        '    updatedAt\n    statusUpdatedAt\n    url\n    staticUrl\n    meta\n    canRedeploy\n    canRollback\n' +
        '    deploymentStopped\n    projectId\n    environmentId\n    serviceId\n  }\n}\n',
    LatestDeployment: 'query LatestDeployment($serviceId: String!, $environmentId: String!) {\n' +
        '  serviceInstance(environmentId: $environmentId, serviceId: $serviceId) {\n    latestDeployment {\n' +
        '      id\n      status\n    }\n  }\n}\n',
    DeploymentRollback: 'mutation DeploymentRollback($id: String!) {\n  deploymentRollback(id: $id)\n}\n',
};
/** Railway answered, but with GraphQL errors or an HTTP error status. */
class RailwayApiError extends Error {
    name = 'RailwayApiError';
}
const RETRY = { retries: 3, minDelayMs: 1000, maxDelayMs: 10_000, budgetMs: 30_000 };
function railwayHeaders(api) {
    const auth = api.tokenKind === 'project' ? { 'project-access-token': api.token } : { authorization: `Bearer ${api.token}` };
    return { 'content-type': 'application/json', accept: 'application/json', ...auth };
}
/** The `data` of one operation; GraphQL errors (HTTP 200 with `errors`) and HTTP errors throw. */
async function railwayRequest(api, operation, variables = {}) {
    const response = await api.http({
        url: api.url,
        method: 'POST',
        headers: railwayHeaders(api),
        body: JSON.stringify({ query: RAILWAY_OPERATIONS[operation], variables, operationName: operation }),
        // A GraphQL query is a read sent as POST: safe to send again after a reset; a mutation is not.
        retry: { ...RETRY, idempotent: RAILWAY_OPERATIONS[operation].startsWith('query') },
    });
    if (response.status === 401 || response.status === 403)
        throw new RailwayApiError(authAdvice(api, `HTTP ${response.status}`));
    if (response.status >= 400)
        throw new RailwayApiError(`Railway API ${operation} answered HTTP ${response.status}`);
    const body = parseJson(response, 'The Railway API');
    if (body.errors?.length) {
        const message = body.errors.map((error) => error.message ?? 'unknown error').join('; ');
        if (/project token not found|not authorized|unauthorized/i.test(message))
            throw new RailwayApiError(authAdvice(api, message));
        throw new RailwayApiError(`Railway API ${operation} failed: ${message}`);
    }
    if (!body.data)
        throw new RailwayApiError(`Railway API ${operation} returned no data`);
    return body.data;
}
function authAdvice(api, what) {
    const hint = api.tokenKind === 'project'
        ? 'it was sent as a project token (RAILWAY_TOKEN); ' +
            'for an account or workspace token set railway-token-kind: account'
        : 'it was sent as an account or workspace token (Bearer); for a project token set railway-token-kind: project';
    return (`Railway refused the token (${what}): ${hint}, ` +
        'and check that it can see this project, environment and service.');
}

;// CONCATENATED MODULE: ./build/providers/railway/status.js
/** Railway's deployment statuses, what they mean for us, and the URL a deployment serves. */
/** Statuses a deployment does not leave on its own. SLEEPING is a successful deployment asleep (serverless). */
const SUCCEEDED = ['SUCCESS', 'SLEEPING'];
const ENDED_BADLY = ['FAILED', 'CRASHED', 'REMOVED', 'SKIPPED'];
function isFinalRailwayStatus(status) {
    return SUCCEEDED.includes(status) || ENDED_BADLY.includes(status);
}
function isSuccessfulRailwayStatus(status) {
    return SUCCEEDED.includes(status);
}
/** `https://` + the deployment's domain, when it has one. */
function railwayDeploymentUrl(deployment) {
    const host = deployment.url || deployment.staticUrl;
    if (!host)
        return undefined;
    return /^https?:\/\//.test(host) ? host : `https://${host}`;
}

;// CONCATENATED MODULE: ./build/providers/railway/deployments.js



/**
 * Turns what the user wrote (names or ids) into ids. A project token knows its project and
 * environment; an account token needs `project` (an id) and `environment` (a name or an id).
 */
async function resolveRailwayScope(api, wanted) {
    let projectId = wanted.project;
    let tokenEnvironmentId;
    if (api.tokenKind === 'project') {
        const { projectToken } = await railwayRequest(api, 'ProjectToken');
        if (!projectToken)
            throw new RailwayApiError(authAdvice(api, 'no project token found'));
        if (projectId !== undefined && projectId !== projectToken.projectId) {
            throw new RailwayApiError(`The Railway project token belongs to project ${projectToken.projectId}, not to "project" ${projectId}.`);
        }
        projectId = projectToken.projectId;
        tokenEnvironmentId = projectToken.environmentId;
    }
    if (projectId === undefined)
        throw new RailwayApiError('An account or workspace token needs the Railway project id in "project".');
    const { project } = await railwayRequest(api, 'ProjectScope', { id: projectId });
    if (!project)
        throw new RailwayApiError(`Railway project ${projectId} was not found or the token cannot see it.`);
    const services = project.services.edges.map((edge) => edge.node);
    const environments = project.environments.edges.map((edge) => edge.node);
    const service = pickNamed(services, wanted.service, 'service');
    let environment;
    if (tokenEnvironmentId !== undefined) {
        environment = environments.find((e) => e.id === tokenEnvironmentId) ?? {
            id: tokenEnvironmentId,
            name: tokenEnvironmentId,
        };
        if (wanted.environment !== undefined &&
            wanted.environment !== environment.id &&
            wanted.environment !== environment.name) {
            throw new RailwayApiError(`The Railway project token is scoped to environment "${environment.name}", ` +
                `not to "${wanted.environment}": use that environment's token.`);
        }
    }
    else {
        if (wanted.environment === undefined)
            throw new RailwayApiError('An account or workspace token needs "environment" (a name or an id).');
        environment = pickNamed(environments, wanted.environment, 'environment');
    }
    return {
        projectId,
        environmentId: environment.id,
        serviceId: service.id,
        environmentName: environment.name,
        serviceName: service.name,
    };
}
/** A name or id among the project's services or environments. */
function pickNamed(items, wanted, what) {
    const match = items.find((item) => item.id === wanted) ?? items.find((item) => item.name === wanted);
    if (match)
        return match;
    const known = items.map((item) => `"${item.name}"`).join(', ') || 'none';
    throw new RailwayApiError(`Railway ${what} "${wanted}" was not found in the project (its ${what}s: ${known}).`);
}
/** A service's deployments in one environment, newest first, optionally filtered by status. */
async function listRailwayDeployments(api, scope, options = {}) {
    const input = {
        projectId: scope.projectId,
        environmentId: scope.environmentId,
        serviceId: scope.serviceId,
    };
    if (options.statuses)
        input['status'] = { in: options.statuses };
    const data = await railwayRequest(api, 'DeploymentsForServiceEnvironment', {
        input,
        first: options.first ?? 20,
    });
    return data.deployments.edges.map((edge) => edge.node);
}
/** The live deployment: the newest SUCCESS one (older successful ones become REMOVED). */
async function currentRailwayDeployment(api, scope) {
    const [current] = await listRailwayDeployments(api, scope, { statuses: ['SUCCESS'], first: 1 });
    return current;
}
/**
 * What a rollback after `failedId` returns to: the newest deployment older than it that ran
 * successfully (SUCCESS, or REMOVED once superseded) and can still be rolled back to.
 */
function pickRailwayRollbackTarget(newestFirst, failedId) {
    const at = newestFirst.findIndex((d) => d.id === failedId);
    return newestFirst
        .slice(at + 1)
        .find((d) => d.id !== failedId && (d.status === 'SUCCESS' || d.status === 'REMOVED') && d.canRollback !== false);
}
async function getRailwayDeployment(api, id) {
    const { deployment } = await railwayRequest(api, 'DeploymentDetails', { id });
    if (!deployment)
        throw new RailwayApiError(`Railway deployment ${id} was not found.`);
    return deployment;
}
/** Polls a deployment until it reaches a final status; throws when the deadline passes first. */
async function waitForRailwayDeployment(api, id, options) {
    let seen = '';
    const result = await poll_pollUntil(() => getRailwayDeployment(api, id), (deployment) => {
        if (deployment.status !== seen)
            options.onStatus?.((seen = deployment.status));
        return isFinalRailwayStatus(deployment.status);
    }, options);
    if (!result.done) {
        throw new RailwayApiError(`Railway deployment ${id} was still ${result.last?.status ?? 'unknown'} ` +
            `after ${Math.round(options.timeoutMs / 1000)} s.`);
    }
    return result.value;
}
/**
 * Rolls a service back to `targetId` (an older deployment with canRollback) and waits until the
 * rollback is live. `deploymentRollback` returns only `true`; Railway then makes a new deployment
 * from the target, so the service's latest deployment is watched until it is a new one (or the
 * target) and reaches a final status, which must be a successful one.
 */
async function rollbackRailwayDeployment(api, request, options) {
    const latest = () => railwayRequest(api, 'LatestDeployment', {
        serviceId: request.serviceId,
        environmentId: request.environmentId,
    }).then((data) => data.serviceInstance?.latestDeployment ?? undefined);
    // One deadline for the whole wait: the new deployment appearing, then reaching its final status.
    const time = poll_deadline(options.timeoutMs, options.clock);
    const before = await latest();
    const { deploymentRollback } = await railwayRequest(api, 'DeploymentRollback', {
        id: request.targetId,
    });
    if (deploymentRollback !== true)
        throw new RailwayApiError(`Railway did not accept the rollback to ${request.targetId}.`);
    const appeared = await poll_pollUntil(latest, (now) => now !== undefined && (now.id !== before?.id || now.id === request.targetId), { ...options, timeoutMs: time.left() });
    if (!appeared.done || !appeared.value) {
        throw new RailwayApiError(`Railway accepted the rollback to ${request.targetId}, ` +
            `but no new deployment appeared within ${Math.round(options.timeoutMs / 1000)} s.`);
    }
    const final = await waitForRailwayDeployment(api, appeared.value.id, { ...options, timeoutMs: time.left() });
    if (!isSuccessfulRailwayStatus(final.status)) {
        throw new RailwayApiError(`The Railway rollback to ${request.targetId} ended ${final.status} (deployment ${final.id}).`);
    }
    const url = railwayDeploymentUrl(final);
    return { deploymentId: final.id, status: final.status, ...(url ? { url } : {}) };
}

;// CONCATENATED MODULE: ./build/providers/railway/cli.js
/**
 * The Railway CLI version installed when the runner has none. test/fixtures/railway records
 * release 5.43.1, which was never published on npm (`npm install @railway/cli@5.43.1` fails with
 * ETARGET); 5.43.2 is the patch release after it that npm has.
 */
const RAILWAY_CLI = { bin: 'railway', packageName: '@railway/cli', version: '5.43.2' };
/**
 * The environment the Railway CLI reads the token from. Only one of the two may be set (the CLI
 * docs: setting both is an error), so the other is removed from what the child inherits.
 */
function railwayCliEnv(api) {
    return api.tokenKind === 'project'
        ? { RAILWAY_TOKEN: api.token, RAILWAY_API_TOKEN: undefined }
        : { RAILWAY_API_TOKEN: api.token, RAILWAY_TOKEN: undefined };
}
/**
 * The deployment id from `railway up --detach --json` (`{"deploymentId": …, "logsUrl": …}`), or,
 * from a CLI that prints text, from the `id=` of the build-logs URL.
 */
function parseRailwayUpOutput(stdout) {
    for (const line of stdout.split('\n').reverse()) {
        const text = line.trim();
        if (!text.startsWith('{'))
            continue;
        try {
            const value = JSON.parse(text);
            if (typeof value.deploymentId === 'string') {
                return {
                    deploymentId: value.deploymentId,
                    ...(typeof value.logsUrl === 'string' ? { logsUrl: value.logsUrl } : {}),
                };
            }
        }
        catch {
            // not the JSON line
        }
    }
    try {
        const whole = JSON.parse(stdout);
        if (typeof whole.deploymentId === 'string')
            return {
                deploymentId: whole.deploymentId,
                ...(typeof whole.logsUrl === 'string' ? { logsUrl: whole.logsUrl } : {}),
            };
    }
    catch {
        // a text answer
    }
    const logsUrl = /https:\/\/\S+/.exec(stdout)?.[0];
    const id = logsUrl ? /[?&]id=([0-9a-f-]{36})/i.exec(logsUrl)?.[1] : undefined;
    return { ...(id ? { deploymentId: id } : {}), ...(logsUrl ? { logsUrl } : {}) };
}

;// CONCATENATED MODULE: ./build/providers/railway/deploy.js







/**
 * `railway up --detach --json`, then the deployment followed through the GraphQL API: the CLI
 * returns the new deployment's id at once, and waiting on the API (rather than on an attached
 * `railway up`, which can exit 1 after a good deploy) gives the final status and the URL.
 */
async function deployRailway(target, context) {
    const { deps, progress } = context;
    const api = { url: target.apiUrl, token: target.token, tokenKind: target.tokenKind, http: context.http };
    const scope = await resolveRailwayScope(api, {
        project: target.project,
        environment: context.environment,
        service: target.service,
    });
    deps.log.info(`Railway service "${scope.serviceName}" (${scope.serviceId}) ` +
        `in environment "${scope.environmentName}" (${scope.environmentId})`);
    const current = await currentRailwayDeployment(api, scope);
    progress.previousDeploymentId = current?.id;
    deps.log.info(current
        ? `Live deployment before this one: ${current.id}`
        : 'No successful deployment yet: nothing to roll back to');
    const cli = await ensureNpmCli(RAILWAY_CLI, installDeps(context));
    const args = ['up', '--detach', '--json', '--service', scope.serviceId];
    if (target.tokenKind === 'account')
        args.push('--project', scope.projectId, '--environment', scope.environmentId);
    const result = await runLogged(context, cli.path, args, railwayCliEnv(api));
    const up = parseRailwayUpOutput(result.stdout);
    progress.deploymentId = up.deploymentId;
    if (result.exitCode !== 0)
        throw toolFailure('railway up', result);
    if (!up.deploymentId)
        throw new Error('railway up succeeded but printed no deployment id (expected {"deploymentId": …} from --json).');
    if (up.logsUrl)
        deps.log.info(`Build logs: ${up.logsUrl}`);
    if (!target.wait) {
        // Queued is enough: a status the API cannot give yet does not fail a deploy that was accepted.
        try {
            const deployment = await getRailwayDeployment(api, up.deploymentId);
            progress.status = deployment.status;
            progress.url = railwayDeploymentUrl(deployment);
        }
        catch (error) {
            progress.status = 'QUEUED';
            deps.log.warning(`Could not read the status of Railway deployment ${up.deploymentId} yet: ${errors_messageOf(error)}`);
        }
        return;
    }
    const deployment = await waitForRailwayDeployment(api, up.deploymentId, {
        timeoutMs: context.remainingMs(),
        intervalMs: context.pollIntervalMs,
        clock: deps.clock,
        onStatus: (status) => deps.log.info(`Railway deployment ${up.deploymentId}: ${status}`),
    });
    progress.status = deployment.status;
    progress.url = railwayDeploymentUrl(deployment);
    if (!isSuccessfulRailwayStatus(deployment.status)) {
        throw new Error(`Railway deployment ${up.deploymentId} ended ${deployment.status}${up.logsUrl ? `: see ${up.logsUrl}` : ''}.`);
    }
}

;// CONCATENATED MODULE: ./build/providers/railway/inputs.js



/**
 * Railway's inputs, the same names, meanings and errors for actions/deploy and health-check's
 * rollback, so that a workflow passes the same values to both steps; and Railway's fields,
 * declared once.
 */
const RAILWAY_TOKEN_KINDS = ['project', 'account'];
function readRailwayTokenKind(inputs) {
    return inputs.enum('railway-token-kind', RAILWAY_TOKEN_KINDS, 'project');
}
/** `service`, `project` and `railway-api-url`; an account token also needs project and environment. */
function readRailwayService(inputs, token, tokenKind, environment) {
    const target = {
        token,
        tokenKind,
        service: inputs.required('service', 'the Railway service name or id'),
        project: inputs.optional('project'),
        apiUrl: optionalHttpUrl(inputs, 'railway-api-url') ?? RAILWAY_API_URL,
    };
    if (tokenKind === 'account' && (!target.project || !environment)) {
        throw new errors_ConfigError('An account or workspace Railway token (railway-token-kind: account) ' +
            'needs "project" (the project id) and "environment".');
    }
    return target;
}
/** Railway's inputs for both steps. */
const railwayInputs = {
    deployGate: (inputs) => ({
        input: 'token',
        secretName: readRailwayTokenKind(inputs) === 'account' ? 'RAILWAY_API_TOKEN' : 'RAILWAY_TOKEN',
        what: 'the Railway deploy',
    }),
    readDeployTarget(inputs, given) {
        const service = readRailwayService(inputs, given.secret, readRailwayTokenKind(inputs), given.environment);
        return { provider: 'railway', ...service, wait: inputs.boolean('wait', true) };
    },
    rollbackToken: 'give the Railway project token (${{ secrets.RAILWAY_TOKEN }}) ' +
        'or, with railway-token-kind: account, an account token. Secrets are empty in workflows from forks',
    readRollbackTarget(inputs, { token, common }) {
        const secret = token();
        const tokenKind = readRailwayTokenKind(inputs);
        const environment = inputs.optional('environment');
        return {
            provider: 'railway',
            ...readRailwayService(inputs, secret, tokenKind, environment),
            environment,
            ...common,
        };
    },
};

;// CONCATENATED MODULE: ./build/providers/railway/rollback.js


/** How many of the service's newest deployments are searched for a rollback target. */
const HISTORY = 20;
/**
 * `rollback: railway`, through Railway's public GraphQL API as actions/deploy uses it: the target is
 * `rollback-to` or the newest successful deployment older than the service's newest one (the
 * release judged unhealthy) that can still be rolled back to; then `deploymentRollback`, then the
 * deployment the rollback makes is followed until it is live, all within rollback-timeout.
 */
const railwayRollback = {
    describe: (config) => 'the Railway rollback of service ' +
        `"${config.service}"${config.environment ? ` in "${config.environment}"` : ''} to ` +
        (config.to ? `deployment ${config.to}` : 'its previous successful deployment'),
    async rollback(config, context) {
        const started = context.deps.clock.now();
        const time = context.deadline;
        const api = {
            url: config.apiUrl,
            token: config.token,
            tokenKind: config.tokenKind,
            http: context.http,
        };
        const scope = await resolveRailwayScope(api, {
            project: config.project,
            environment: config.environment,
            service: config.service,
        });
        context.deps.log.info(`Railway service "${scope.serviceName}" (${scope.serviceId}) ` +
            `in environment "${scope.environmentName}" (${scope.environmentId})`);
        const targetId = config.to ?? (await previousSuccessfulDeployment(api, scope, context));
        context.deps.log.info(`Rolling back to deployment ${targetId}`);
        const result = await rollbackRailwayDeployment(api, { targetId, serviceId: scope.serviceId, environmentId: scope.environmentId }, {
            timeoutMs: time.left(),
            intervalMs: context.pollIntervalMs,
            clock: context.deps.clock,
            onStatus: (status) => context.deps.log.info(`Rollback deployment: ${status}`),
        });
        const durationMs = Math.round(context.deps.clock.now() - started);
        return {
            ok: true,
            detail: `restored deployment ${targetId} in ${formatDuration(durationMs)} ` +
                `(deployment ${result.deploymentId} is ${result.status})`,
            durationMs,
        };
    },
};
async function previousSuccessfulDeployment(api, scope, context) {
    const history = await listRailwayDeployments(api, scope, { first: HISTORY });
    const newest = history[0];
    if (!newest)
        throw new Error('Railway lists no deployments of the service in this environment: nothing to roll back to');
    const target = pickRailwayRollbackTarget(history, newest.id);
    if (!target) {
        throw new Error(`no deployment older than the newest (${newest.id}, ${newest.status}) ` +
            `among the last ${history.length} succeeded and can still be rolled back to: give rollback-to`);
    }
    context.deps.log.info(`Newest deployment: ${newest.id} (${newest.status}); previous successful one: ` +
        `${target.id} (${target.status}, ${target.createdAt ?? 'date unknown'})`);
    return target.id;
}

;// CONCATENATED MODULE: ./build/providers/railway/index.js



/**
 * Railway: deploys with the Railway CLI (`railway up`) and follows the deployment, rolls back
 * through the GraphQL API.
 */
const railway = {
    name: 'railway',
    ...railwayInputs,
    deploy: deployRailway,
    ...railwayRollback,
};

;// CONCATENATED MODULE: ./build/providers/ssh/remote.js





/** Host names, IPv4 and IPv6 addresses; never anything ssh could take for an option. */
const HOST = /^(?!-)[A-Za-z0-9._:[\]-]{1,253}$/;
const USER = /^[A-Za-z_][A-Za-z0-9._-]{0,31}$/;
/** ssh's argv: host key checking strict, no user config, no agent, no password prompts. */
function sshArgs(target, files) {
    return [
        '-F',
        '/dev/null',
        '-o',
        'StrictHostKeyChecking=yes',
        '-o',
        `UserKnownHostsFile=${files.knownHosts}`,
        '-o',
        'GlobalKnownHostsFile=/dev/null',
        '-o',
        'BatchMode=yes',
        '-o',
        'IdentitiesOnly=yes',
        '-o',
        'IdentityAgent=none',
        '-o',
        `ConnectTimeout=${target.connectTimeoutSeconds ?? 20}`,
        '-o',
        'ServerAliveInterval=15',
        '-o',
        'ServerAliveCountMax=4',
        '-i',
        files.key,
        '-p',
        String(target.port),
        '-l',
        target.user,
        '--',
        target.host,
        'bash -s',
    ];
}
/** `'…'` quoting for bash: the value is data, whatever it holds. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** `export NAME='value'` lines; names are checked, values quoted. */
function shellExports(env) {
    return Object.entries(env)
        .map(([name, value]) => {
        if (!ENV_NAME.test(name))
            throw new Error(`Invalid environment variable name ${JSON.stringify(name)}`);
        return `export ${name}=${shellQuote(value)}\n`;
    })
        .join('');
}
/**
 * What bash reads on stdin: strict mode (so a failing command fails the step, unlike
 * appleboy/ssh-action), the exports, then the script.
 */
function remoteProgram(script, env) {
    return `set -eo pipefail\n${shellExports(env)}${script.replace(/\r\n/g, '\n')}\n`;
}
/** The script failed, or ssh could not run it; the message says which. */
class RemoteScriptError extends Error {
    result;
    name = 'RemoteScriptError';
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}
/** Runs the script on the host; resolves with the result when it exits 0, throws a RemoteScriptError otherwise. */
async function runRemoteScript(target, run) {
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_.join)(run.tempDir ?? (0,external_node_os_namespaceObject.tmpdir)(), 'dk-ssh-'));
    try {
        const files = { key: (0,external_node_path_.join)(dir, 'key'), knownHosts: (0,external_node_path_.join)(dir, 'known_hosts') };
        // OpenSSH refuses a key without its final newline, and secrets pasted on Windows carry \r.
        (0,external_node_fs_namespaceObject.writeFileSync)(files.key, `${target.privateKey.replace(/\r\n/g, '\n').trim()}\n`, { mode: 0o600 });
        (0,external_node_fs_namespaceObject.writeFileSync)(files.knownHosts, `${target.knownHosts.replace(/\r\n/g, '\n').trim()}\n`, { mode: 0o600 });
        const result = await run.exec({
            command: run.ssh ?? 'ssh',
            args: sshArgs(target, files),
            input: remoteProgram(run.script, run.env ?? {}),
            ...(run.timeoutMs ? { timeoutMs: run.timeoutMs } : {}),
            ...(run.redact ? { redact: run.redact } : {}),
            ...(run.onLine ? { onLine: run.onLine } : {}),
        });
        if (result.exitCode !== 0)
            throw new RemoteScriptError(describeSshFailure(target, result, run.timeoutMs), result);
        return result;
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    }
}
/** One sentence: a refused host key or login is told apart from the script's own failure. */
function describeSshFailure(target, result, timeoutMs) {
    const where = `${target.user}@${target.host}:${target.port}`;
    const stderr = result.stderr;
    if (result.exitCode === 255) {
        if (/host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED|No .*host key is known/i.test(stderr)) {
            return (`The host key of ${target.host}:${target.port} does not match known-hosts, ` +
                'so the connection was refused (no trust on first use): check known-hosts against the ' +
                `server's key (ssh-keyscan -p ${target.port} ${target.host}, verified out of band).`);
        }
        if (/permission denied/i.test(stderr)) {
            const hint = "is its public key in the user's authorized_keys?";
            return `${where} refused the key in ssh-key (Permission denied): ${hint}`;
        }
        if (/connection refused|timed out|no route|could not resolve/i.test(stderr))
            return `Could not connect to ${where}: ${lastLines(stderr, 1)}`;
        if (/invalid format|load key|passphrase/i.test(stderr))
            return `ssh could not use ssh-key: ${lastLines(stderr, 1)} (an unencrypted OpenSSH private key is expected)`;
        return `ssh to ${where} failed: ${lastLines(stderr, 2) || describeExit(result, timeoutMs)}`;
    }
    return describeFailure(`The deploy script on ${where}`, result, timeoutMs);
}
/** The blue-green parameters as the scripts below read them. */
function blueGreenEnv(config) {
    return {
        DK_DIR: config.directory,
        DK_COMPOSE_FILE: config.composeFile,
        DK_PROJECT: config.project,
        DK_BLUE_PORT: String(config.bluePort),
        DK_GREEN_PORT: String(config.greenPort),
        DK_HEALTH_URL: config.healthUrl,
        DK_HEALTH_TIMEOUT: String(config.healthTimeoutSeconds),
        DK_SWITCH_SCRIPT: config.switchScript,
        DK_KEEP_OLD: String(config.keepOld),
        DK_PULL: String(config.pull),
    };
}
// Shared by the deploy and rollback scripts: which colour is live, ports, compose, health.
const BLUE_GREEN_LIB = String.raw `
cd -- "$DK_DIR"
state=.deploy-kit-colour
port_for() { if [ "$1" = blue ]; then echo "$DK_BLUE_PORT"; else echo "$DK_GREEN_PORT"; fi; }
compose() {
  local colour=$1
  shift
  DEPLOY_COLOUR=$colour DEPLOY_PORT=$(port_for "$colour") \
    docker compose -p "$DK_PROJECT-$colour" -f "$DK_COMPOSE_FILE" "$@"
}
healthy() {
  local url=${'${'}DK_HEALTH_URL//\{port\}/$(port_for "$1")}
  local deadline=$((SECONDS + DK_HEALTH_TIMEOUT))
  local code
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    case "$code" in 2??|3??) break ;; esac
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "deploy-kit: $1 is not healthy at $url after $DK_HEALTH_TIMEOUT s (last answer: HTTP $code)" >&2
      return 1
    fi
    sleep 1
  done
  echo "deploy-kit: $1 is healthy at $url"
}
switch_to() {
  DEPLOY_COLOUR=$1 DEPLOY_PORT=$(port_for "$1") DEPLOY_PREVIOUS_COLOUR=$2 bash -eo pipefail -c "$DK_SWITCH_SCRIPT"
  echo "$1" > "$state.tmp"
  mv "$state.tmp" "$state"
}
live=$(cat "$state" 2>/dev/null || true)
case "$live" in blue|green) ;; *) live= ;; esac
`;
/**
 * Blue-green with docker compose, as tracehub does it: bring up the idle colour, health-check it,
 * switch traffic with the user's switch script, keep the old colour for rollback. A failed health
 * check takes the idle colour down again and leaves the live one untouched. Runs after the user's
 * `script` (backups, image pulls, logins) in the same bash.
 */
const BLUE_GREEN_DEPLOY = String.raw `${BLUE_GREEN_LIB}
if [ "$live" = blue ]; then idle=green; else idle=blue; fi
echo "deploy-kit: live colour ${'${'}live:-none}, deploying $idle on port $(port_for "$idle")"
if [ "$DK_PULL" = true ]; then compose "$idle" pull; fi
compose "$idle" up -d --remove-orphans
if ! healthy "$idle"; then compose "$idle" down --remove-orphans || true; exit 1; fi
switch_to "$idle" "$live"
if [ -n "$live" ] && [ "$DK_KEEP_OLD" != true ]; then compose "$live" stop; fi
echo "deploy-kit-output: deployment-id=$idle"
echo "deploy-kit-output: previous-deployment-id=$live"
echo "deploy-kit-output: status=$idle live"
`;
/**
 * Switches back to `DK_TARGET_COLOUR` (the deploy's previous-deployment-id): start it if it was
 * stopped, health-check it, switch, and stop the colour that failed.
 */
const BLUE_GREEN_ROLLBACK = String.raw `${BLUE_GREEN_LIB}
target=$DK_TARGET_COLOUR
case "$target" in
  blue|green) ;;
  *) echo "deploy-kit: nothing to roll back to (target colour '$target')" >&2; exit 1 ;;
esac
if [ "$live" = "$target" ]; then echo "deploy-kit: $target is already live"; exit 0; fi
compose "$target" start || compose "$target" up -d
healthy "$target"
switch_to "$target" "$live"
if [ -n "$live" ]; then compose "$live" stop || true; fi
echo "deploy-kit-output: deployment-id=$target"
`;
/** Rolls a blue-green deployment back to `colour`. */
function rollbackBlueGreen(target, config, colour, run) {
    return runRemoteScript(target, {
        ...run,
        script: BLUE_GREEN_ROLLBACK,
        env: { ...run.env, ...blueGreenEnv(config), DK_TARGET_COLOUR: colour },
    });
}

;// CONCATENATED MODULE: ./build/providers/ssh/deploy.js


/**
 * The user's script on the host over ssh with a verified host key (and, with blue-green, the
 * blue-green script after it). Context, the optional token and the blue-green settings travel as
 * exports on stdin; the script may report outputs with `deploy-kit-output: name=value` lines.
 */
async function deploySsh(target, context) {
    const { deps, progress } = context;
    const env = {
        ...context.contextEnv,
        ...(target.token ? { [target.tokenEnv]: target.token } : {}),
        ...(target.blueGreen ? blueGreenEnv(target.blueGreen) : {}),
    };
    const script = [target.script ?? '', target.blueGreen ? BLUE_GREEN_DEPLOY : ''].join('\n');
    try {
        const result = await runRemoteScript(target.host, {
            script,
            env,
            exec: deps.exec,
            timeoutMs: context.remainingMs(),
            redact: deps.redact,
            onLine: (line) => deps.log.info(line),
            tempDir: deps.tempDir,
        });
        Object.assign(progress, parseScriptOutputs(result.stdout));
    }
    catch (error) {
        if (error instanceof RemoteScriptError)
            Object.assign(progress, parseScriptOutputs(error.result.stdout));
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/providers/ssh/inputs.js




/**
 * `ssh-host`, `ssh-user`, `ssh-port` and `known-hosts` (required: the host key is verified, never
 * trusted on first use).
 */
function readSshHost(inputs, privateKey, what) {
    const hostName = inputs.required('ssh-host', `the host name or address to ${what}`);
    if (!HOST.test(hostName))
        throw inputs_invalidValue('ssh-host', hostName, 'expected a host name or an IP address');
    const user = inputs.required('ssh-user', 'the user to log in as');
    if (!USER.test(user))
        throw inputs_invalidValue('ssh-user', user, 'expected a user name such as deploy');
    const port = inputs.integer('ssh-port', 22, { min: 1, max: 65535 });
    const knownHosts = inputs.optional('known-hosts');
    if (!knownHosts) {
        throw new errors_ConfigError(`Input "known-hosts" is required: give the host's known_hosts line(s) ` +
            `(ssh-keyscan -p ${port} ${hostName}, checked against the server's fingerprint), ` +
            'so that its key is verified rather than trusted on first use.');
    }
    return { host: hostName, port, user, privateKey, knownHosts };
}
/**
 * The blue-green inputs both the deploy and the rollback read (the compose project defaults to the
 * repository name).
 */
function readBlueGreenLayout(inputs, repo) {
    const bluePort = inputs.integer('blue-port', 8001, { min: 1, max: 65535 });
    const greenPort = inputs.integer('green-port', 8002, { min: 1, max: 65535 });
    if (bluePort === greenPort)
        throw inputs_invalidValue('green-port', String(greenPort), 'it must differ from blue-port');
    const healthUrl = optionalHttpUrl(inputs, 'health-url', (url) => url.replaceAll('{port}', '1')) ?? 'http://127.0.0.1:{port}/health';
    const project = inputs.optional('compose-project') ?? (repo.toLowerCase().replace(/[^a-z0-9_-]/g, '-') || 'app');
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(project))
        throw inputs_invalidValue('compose-project', project, 'a compose project name is lowercase letters, digits, "-" and "_"');
    return {
        directory: inputs.required('remote-directory', 'the directory on the host holding the compose project'),
        composeFile: inputs.string('compose-file', 'docker-compose.yml'),
        project,
        bluePort,
        greenPort,
        healthUrl,
        healthTimeoutSeconds: Math.ceil(inputs.duration('health-timeout', 60_000, { min: 1000 }) / 1000),
        switchScript: inputs.required('switch-script', 'the commands that point traffic at $DEPLOY_PORT (e.g. rewrite the nginx upstream and reload)'),
    };
}
/** The SSH provider's inputs for both steps. */
const sshInputs = {
    deployGate: () => ({ input: 'ssh-key', secretName: 'SSH_PRIVATE_KEY', what: 'the SSH deploy' }),
    readDeployTarget(inputs, given) {
        const host = readSshHost(inputs, given.secret, 'deploy to');
        const script = inputs.optional('script');
        const blueGreen = inputs.boolean('blue-green', false) ? readBlueGreen(inputs, given.repo) : undefined;
        if (!blueGreen && !script)
            throw new errors_ConfigError('Input "script" is required for the ssh provider (or set blue-green: true): ' +
                'give the commands to run on the host.');
        return { provider: 'ssh', host, script, blueGreen, token: given.token, tokenEnv: readTokenEnv(inputs) };
    },
    readRollbackTarget(inputs, { command, common, repo }) {
        const { to } = common;
        const privateKey = inputs.secret('ssh-key');
        if (privateKey === undefined)
            throw new errors_ConfigError('Input "ssh-key" is required when "rollback" is "ssh": ' +
                'give the private key the deploy uses (${{ secrets.SSH_PRIVATE_KEY }}).');
        const host = readSshHost(inputs, privateKey, 'roll back on');
        if (!inputs.boolean('blue-green', false)) {
            if (command === undefined) {
                throw new errors_ConfigError('Input "rollback-command" is required when "rollback" is "ssh" (or set blue-green: true): ' +
                    'give the commands that roll back, run on the host by bash.');
            }
            return { provider: 'ssh', host, command, ...common };
        }
        if (command !== undefined)
            throw new errors_ConfigError('Only one of "rollback-command" and "blue-green: true" can be set for rollback: ' +
                "ssh: blue-green runs the deploy action's own rollback.");
        if (to !== undefined && to !== 'blue' && to !== 'green')
            throw inputs_invalidValue('rollback-to', to, 'with blue-green, the colour to return to: "blue" or "green" (the deploy\'s previous-deployment-id)');
        return { provider: 'ssh', host, blueGreen: readBlueGreenLayout(inputs, repo), ...common };
    },
};
function readBlueGreen(inputs, repo) {
    return {
        ...readBlueGreenLayout(inputs, repo),
        keepOld: inputs.boolean('keep-old-colour', true),
        pull: inputs.boolean('compose-pull', true),
    };
}

;// CONCATENATED MODULE: ./build/providers/ssh/rollback.js



const where = (host) => `${host.user}@${host.host}:${host.port}`;
/**
 * `rollback: ssh`, over OpenSSH with the host key verified against known-hosts. Either
 * `rollback-command` runs on the host (bash, `set -eo pipefail`, the script on stdin with
 * ROLLBACK_TO and HEALTH_REASON exported before it), or, with `blue-green: true`, the deploy
 * action's blue-green rollback switches traffic back to the `rollback-to` colour (the deploy's
 * previous-deployment-id): it starts that colour, checks it on the host, runs switch-script and
 * stops the colour that failed.
 */
const sshRollback = {
    describe: (config) => config.blueGreen
        ? `the blue-green rollback on ${where(config.host)} to the ${config.to ?? '(not given)'} colour`
        : `the rollback command on ${where(config.host)}${config.to ? ` (ROLLBACK_TO=${config.to})` : ''}`,
    async rollback(config, context) {
        const { deps } = context;
        const run = {
            env: { ROLLBACK_TO: config.to ?? '', HEALTH_REASON: context.reason },
            exec: deps.exec,
            timeoutMs: config.timeoutMs,
            redact: deps.redact,
            onLine: (line) => deps.log.info(line),
            tempDir: deps.tempDir,
        };
        try {
            const result = config.blueGreen
                ? await rollbackBlueGreen(config.host, { ...config.blueGreen, keepOld: true, pull: false }, config.to ?? '', run)
                : await runRemoteScript(config.host, { ...run, script: config.command ?? '' });
            const done = config.blueGreen ? `switched traffic back to ${config.to}` : 'exited with code 0';
            return { ok: true, detail: `${done} in ${formatDuration(result.durationMs)}`, durationMs: result.durationMs };
        }
        catch (error) {
            if (error instanceof RemoteScriptError) {
                const { result } = error;
                // 255 is ssh's own failure (host key, login, connection): its sentence says which.
                if (result.exitCode === 255)
                    return { ok: false, detail: `could not run: ${error.message}`, durationMs: result.durationMs };
                const tail = lastLines(result.stderr, 1) || lastLines(result.stdout, 1);
                return {
                    ok: false,
                    detail: `${describeExit(result, config.timeoutMs)}${tail ? ` (${tail})` : ''}`,
                    durationMs: result.durationMs,
                };
            }
            if (error instanceof SpawnError)
                return { ok: false, detail: `failed: ${error.message}`, durationMs: 0 };
            throw error;
        }
    },
};

;// CONCATENATED MODULE: ./build/providers/ssh/index.js



/**
 * A host over OpenSSH: the user's script (or blue-green with docker compose) to deploy, the
 * rollback command or the blue-green switch back.
 */
const ssh = { name: 'ssh', ...sshInputs, deploy: deploySsh, ...sshRollback };

;// CONCATENATED MODULE: ./build/providers/vercel/api.js


/**
 * Vercel's REST API (formats in test/fixtures/vercel, from the Vercel CLI and SDK): list and
 * get deployments, roll back and promote the way the CLI does (request, then poll the project's
 * `lastAliasRequest`): the client both deploy.ts and rollback.ts use.
 */
const VERCEL_API_URL = 'https://api.vercel.com';
class VercelApiError extends Error {
    status;
    code;
    name = 'VercelApiError';
    constructor(message, status, code) {
        super(message);
        this.status = status;
        this.code = code;
    }
}
const api_RETRY = { retries: 3, minDelayMs: 1000, maxDelayMs: 10_000, budgetMs: 30_000 };
/** One request; `{"error": {code, message}}` answers become a VercelApiError naming the request. */
async function vercelRequest(api, method, path, query = {}, body) {
    const url = new URL(api.url.replace(/\/+$/, '') + path);
    for (const [name, value] of Object.entries({ ...query, ...teamScope(api.teamId) })) {
        if (value !== undefined)
            url.searchParams.set(name, String(value));
    }
    const response = await api.http({
        url: url.toString(),
        method,
        headers: {
            authorization: `Bearer ${api.token}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        retry: api_RETRY,
    });
    if (response.status >= 400) {
        let error;
        try {
            const parsed = JSON.parse(response.body);
            error = parsed.error ?? parsed.err;
        }
        catch {
            // not JSON
        }
        const why = error?.message ? `${error.message}${error.code ? ` (${error.code})` : ''}` : `HTTP ${response.status}`;
        const advice = response.status === 403 || response.status === 401
            ? ': check the Vercel token and its team scope (vercel-org-id)'
            : '';
        throw new VercelApiError(`Vercel API ${method} ${path} failed: ${why}${advice}`, response.status, error?.code);
    }
    if (response.body.trim() === '')
        return undefined;
    return parseJson(response, 'The Vercel API');
}
/** Team-scoped requests carry `teamId` (an id) or `slug` (a team's slug); personal accounts carry neither. */
function teamScope(team) {
    if (!team)
        return {};
    if (team.startsWith('team_'))
        return { teamId: team };
    // A personal account's id (what `vercel link` stores as orgId) is not a team: no scope.
    return /^[a-z0-9][a-z0-9-]*$/.test(team) ? { slug: team } : {};
}
function normalise(raw) {
    return {
        id: raw.uid ?? raw.id ?? '',
        url: raw.url,
        readyState: raw.readyState ?? raw.state ?? 'UNKNOWN',
        target: raw.target ?? null,
        ...(raw.readySubstate ? { readySubstate: raw.readySubstate } : {}),
        ...(raw.isRollbackCandidate !== undefined ? { isRollbackCandidate: raw.isRollbackCandidate } : {}),
        ...((raw.createdAt ?? raw.created) ? { createdAt: raw.createdAt ?? raw.created } : {}),
        ...(raw.inspectorUrl ? { inspectorUrl: raw.inspectorUrl } : {}),
        ...(raw.errorMessage ? { errorMessage: raw.errorMessage } : {}),
    };
}
/** `GET /v6/deployments`, newest first. */
async function listVercelDeployments(api, filter) {
    const data = await vercelRequest(api, 'GET', '/v6/deployments', {
        projectId: filter.projectId,
        target: filter.target,
        state: filter.state,
        limit: filter.limit ?? 20,
        until: filter.until,
    });
    return { deployments: data.deployments.map(normalise), next: data.pagination?.next ?? null };
}
/** The deployment serving production: the newest READY production one that is not merely staged. */
function pickCurrentProduction(newestFirst) {
    return newestFirst.find((d) => d.target === 'production' && d.readyState === 'READY' && d.readySubstate !== 'STAGED');
}
/**
 * What a rollback away from `currentId` returns to: the newest READY production deployment other
 * than it, preferring those Vercel marks as rollback candidates.
 */
function pickVercelRollbackTarget(newestFirst, currentId) {
    const at = newestFirst.findIndex((d) => d.id === currentId);
    const older = newestFirst.slice(at + 1).filter((d) => d.target === 'production' && d.readyState === 'READY');
    return older.find((d) => d.isRollbackCandidate) ?? older[0];
}
async function currentVercelProduction(api, projectId) {
    const { deployments } = await listVercelDeployments(api, {
        projectId,
        target: 'production',
        state: 'READY',
        limit: 20,
    });
    return pickCurrentProduction(deployments);
}
/** `GET /v13/deployments/{idOrUrl}`. */
async function getVercelDeployment(api, idOrUrl) {
    const host = idOrUrl.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    return normalise(await vercelRequest(api, 'GET', `/v13/deployments/${encodeURIComponent(host)}`));
}
/** Polls a deployment until READY; ERROR, CANCELED or the deadline throw. */
async function waitForVercelDeployment(api, idOrUrl, options) {
    const result = await pollUntil(() => getVercelDeployment(api, idOrUrl), (d) => ['READY', 'ERROR', 'CANCELED', 'DELETED'].includes(d.readyState), options);
    if (!result.done)
        throw new Error(`Vercel deployment ${idOrUrl} was still ${result.last?.readyState ?? 'unknown'} ` +
            `after ${Math.round(options.timeoutMs / 1000)} s.`);
    if (result.value.readyState !== 'READY') {
        throw new Error(`Vercel deployment ${result.value.id} ` +
            `ended ${result.value.readyState}${result.value.errorMessage ? `: ${result.value.errorMessage}` : ''}.`);
    }
    return result.value;
}
async function getVercelAliasRequest(api, projectId) {
    const project = await vercelRequest(api, 'GET', `/v9/projects/${encodeURIComponent(projectId)}`);
    return project.lastAliasRequest ?? null;
}
/**
 * Points production back at `deploymentId` (instant rollback, as `vercel rollback` does:
 * `POST /v9/projects/{id}/rollback/{deploymentId}`), then polls the project until the alias job for
 * that deployment succeeded. Note: Vercel then stops auto-assigning production domains to new
 * deployments until a promote ("undo rollback").
 */
function rollbackVercel(api, projectId, deploymentId, options) {
    return requestAliasJob(api, projectId, deploymentId, 'rollback', options);
}
/** Promotes a deployment to production without rebuilding it (`POST /v10/projects/{id}/promote/{deploymentId}`). */
function promoteVercel(api, projectId, deploymentId, options) {
    return requestAliasJob(api, projectId, deploymentId, 'promote', options);
}
async function requestAliasJob(api, projectId, deploymentId, type, options) {
    const version = type === 'rollback' ? 'v9' : 'v10';
    await vercelRequest(api, 'POST', `/${version}/projects/${encodeURIComponent(projectId)}/${type}/${encodeURIComponent(deploymentId)}`, {}, {});
    const result = await poll_pollUntil(() => getVercelAliasRequest(api, projectId), (job) => job !== null &&
        job.toDeploymentId === deploymentId &&
        job.type === type &&
        !['pending', 'in-progress'].includes(job.jobStatus), options);
    if (!result.done || !result.value) {
        throw new Error(`The Vercel ${type} to ${deploymentId} did not finish within ${Math.round(options.timeoutMs / 1000)} s.`);
    }
    if (result.value.jobStatus !== 'succeeded')
        throw new Error(`The Vercel ${type} to ${deploymentId} ended ${result.value.jobStatus}.`);
    return result.value;
}
/**
 * What `vercel deploy` printed. With `--format=json` stdout is one object `{id, url, readyState, …}`
 * (or `{deployment: {…}}` in the CLI's agent mode); without it, stdout is the bare deployment URL.
 */
function parseVercelDeployOutput(stdout) {
    const text = stdout.trim();
    const start = text.indexOf('{');
    if (start >= 0) {
        try {
            const parsed = JSON.parse(text.slice(start));
            const deployment = (typeof parsed['deployment'] === 'object' && parsed['deployment'] !== null ? parsed['deployment'] : parsed);
            const pick = (key) => (typeof deployment[key] === 'string' ? { [key]: deployment[key] } : {});
            const url = typeof deployment['url'] === 'string' ? withScheme(deployment['url']) : undefined;
            return { ...pick('id'), ...(url ? { url } : {}), ...pick('readyState'), ...pick('inspectorUrl') };
        }
        catch {
            // fall through to the URL
        }
    }
    const url = [...text.matchAll(/https:\/\/[^\s"']+/g)].at(-1)?.[0];
    return url ? { url } : {};
}
function withScheme(url) {
    return /^https?:\/\//.test(url) ? url : `https://${url}`;
}

;// CONCATENATED MODULE: ./build/providers/vercel/deploy.js







/** The Vercel CLI version installed when the runner has none (the one test/fixtures/vercel follows). */
const VERCEL_CLI = { bin: 'vercel', packageName: 'vercel', version: '58.4.4' };
/**
 * `vercel deploy [--prebuilt] [--prod] --yes --format=json` with VERCEL_TOKEN (and the project
 * link) in the environment; the production deployment it replaces is read from the REST API first.
 */
async function deployVercel(target, context) {
    const { deps, progress } = context;
    const linked = readLinkedProject((0,external_node_path_.resolve)(context.workspace, context.workingDirectory));
    const projectId = target.projectId ?? linked?.projectId;
    const orgId = target.orgId ?? linked?.orgId;
    const api = { url: target.apiUrl, token: target.token, teamId: orgId, http: context.http };
    if (target.production && projectId) {
        const current = await currentVercelProduction(api, projectId);
        progress.previousDeploymentId = current?.id;
        deps.log.info(current
            ? `Production deployment before this one: ${current.id} (https://${current.url})`
            : 'No production deployment yet');
    }
    else if (target.production) {
        deps.log.warning('No Vercel project id (vercel-project-id or .vercel/project.json): previous-deployment-id stays empty.');
    }
    const cli = await ensureNpmCli(VERCEL_CLI, installDeps(context));
    const args = [
        'deploy',
        ...(target.prebuilt ? ['--prebuilt'] : []),
        ...(target.production ? ['--prod'] : []),
        '--yes',
        '--format=json',
    ];
    const env = {
        VERCEL_TOKEN: target.token,
        // No update check against npm: a network call a deploy does not need, whose failure offline
        // ends the CLI's stderr with a stack trace in place of its own error.
        NO_UPDATE_NOTIFIER: '1',
        ...(orgId && projectId ? { VERCEL_ORG_ID: orgId, VERCEL_PROJECT_ID: projectId } : {}),
    };
    const result = await runLogged(context, cli.path, args, env, { logStdout: false });
    const output = parseVercelDeployOutput(result.stdout);
    progress.deploymentId = output.id;
    progress.url = output.url;
    progress.status = output.readyState;
    if (result.exitCode !== 0 || (!output.id && !output.url)) {
        throw new Error(await deployFailure(result, api));
    }
    if (!output.id && output.url) {
        const deployment = await getVercelDeployment(api, output.url);
        progress.deploymentId = deployment.id;
        progress.status = deployment.readyState;
    }
    if (!progress.url)
        throw new Error(`vercel deploy printed deployment ${progress.deploymentId} but no URL for it.`);
    if (progress.status && progress.status !== 'READY')
        throw new Error(`Vercel deployment ${progress.deploymentId ?? progress.url} is ${progress.status}, not READY.`);
}
/** The project link `vercel link` writes, used when the ids are not given as inputs. */
function readLinkedProject(directory) {
    try {
        const linked = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_.join)(directory, '.vercel', 'project.json'), 'utf8'));
        return {
            ...(typeof linked.projectId === 'string' ? { projectId: linked.projectId } : {}),
            ...(typeof linked.orgId === 'string' ? { orgId: linked.orgId } : {}),
        };
    }
    catch {
        return undefined;
    }
}
/** The CLI's lines that tell nothing: its banner and the telemetry notice (`> NOTE: …`). */
const BANNER = /^(Vercel CLI \d|>\s)/;
/** vercel's own words when it could not reach Vercel (`TypeError: fetch failed` hides the cause). */
const UNREACHABLE = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up/;
/**
 * The sentence for a `vercel deploy` that deployed nothing: how it ended and its last own lines.
 * Exit code 0 is no success when stdout holds no deployment: Vercel CLI 58.4.4 on Node 20 (the
 * runner image's Node runs the CLI) exits 0 after "Loading teams…" when it cannot reach Vercel
 * (test/fixtures/vercel/real-offline). Then, or when vercel says only "fetch failed", the cause is
 * asked of Vercel's API directly with the same token: unreachable (and why), or the token refused.
 */
async function deployFailure(result, api) {
    const own = result.stderr
        .split('\n')
        .filter((line) => !BANNER.test(line))
        .join('\n');
    const said = lastLines(own, 3) || lastLines(result.stdout, 3);
    const ended = result.exitCode === 0
        ? 'exited with code 0 but deployed nothing (no deployment on its stdout)'
        : describeExit(result);
    const sentence = `vercel deploy ${ended}${said ? `: ${said}` : ''}`;
    if (result.exitCode !== 0 && !UNREACHABLE.test(result.stderr))
        return sentence;
    const stop = /[.!?…]$/.test(sentence) ? '' : '.';
    try {
        await vercelRequest(api, 'GET', '/v2/user');
        return `${sentence}${stop} Vercel's API (${api.url}) accepts the token; the CLI's log above has the rest.`;
    }
    catch (error) {
        return `${sentence}${stop} Cause: ${errors_messageOf(error)}`;
    }
}

;// CONCATENATED MODULE: ./build/providers/vercel/inputs.js



function readVercelProject(inputs, token) {
    return {
        token,
        orgId: optionalMatching(inputs, 'vercel-org-id', /^[A-Za-z0-9_-]+$/, 'expected a Vercel team or user id such as team_abc123'),
        projectId: optionalMatching(inputs, 'vercel-project-id', /^[A-Za-z0-9_.-]+$/, 'expected a Vercel project id such as prj_abc123'),
        apiUrl: optionalHttpUrl(inputs, 'vercel-api-url') ?? VERCEL_API_URL,
    };
}
/** Vercel's inputs for both steps. */
const vercelInputs = {
    deployGate: () => ({ input: 'token', secretName: 'VERCEL_TOKEN', what: 'the Vercel deploy' }),
    readDeployTarget(inputs, given) {
        const target = {
            provider: 'vercel',
            prebuilt: inputs.boolean('prebuilt', false),
            production: inputs.boolean('production', false),
            ...readVercelProject(inputs, given.secret),
        };
        if ((target.orgId === undefined) !== (target.projectId === undefined)) {
            throw new errors_ConfigError('Inputs "vercel-org-id" and "vercel-project-id" go together (the Vercel CLI needs both): ' +
                'give both, or neither and commit .vercel/project.json.');
        }
        return target;
    },
    rollbackToken: 'give the Vercel token (${{ secrets.VERCEL_TOKEN }}). Secrets are empty in workflows from forks',
    readRollbackTarget(inputs, { token, common }) {
        const secret = token();
        const { orgId, projectId, apiUrl } = readVercelProject(inputs, secret);
        if (projectId === undefined) {
            throw new errors_ConfigError('Input "vercel-project-id" is required when "rollback" is "vercel": ' +
                'give the id of the project (prj_…) whose production is rolled back.');
        }
        return { provider: 'vercel', token: secret, orgId, projectId, apiUrl, ...common };
    },
};

;// CONCATENATED MODULE: ./build/providers/vercel/rollback.js


/** After an instant rollback Vercel stops moving the production domains to new deployments. */
const VERCEL_AUTO_ASSIGN_NOTE = 'Vercel has turned off the automatic assignment of production domains for this project: new production deployments ' +
    "(the deploy action's too) are not served on them until one is promoted, " +
    'with `vercel promote <deployment>` or Promote in the Vercel dashboard.';
/**
 * `rollback: vercel`, through Vercel's REST API as `vercel rollback` does it: the target is
 * `rollback-to` or the READY production deployment before the one serving now (Vercel's rollback
 * candidate first); the rollback is requested and the project's alias job followed until it
 * succeeded, within rollback-timeout.
 */
const vercelRollback = {
    describe: (config) => `the Vercel rollback of project ${config.projectId} ` +
        `to ${config.to ? `deployment ${config.to}` : 'its previous production deployment'}`,
    async rollback(config, context) {
        const started = context.deps.clock.now();
        const time = context.deadline;
        const api = { url: config.apiUrl, token: config.token, teamId: config.orgId, http: context.http };
        const targetId = config.to ?? (await previousProduction(api, config.projectId, context));
        context.deps.log.info(`Rolling production back to ${targetId}`);
        await rollbackVercel(api, config.projectId, targetId, {
            timeoutMs: time.left(),
            intervalMs: context.pollIntervalMs,
            clock: context.deps.clock,
        });
        context.deps.log.info(VERCEL_AUTO_ASSIGN_NOTE);
        const durationMs = Math.round(context.deps.clock.now() - started);
        return {
            ok: true,
            detail: `pointed production at ${targetId} in ${formatDuration(durationMs)}`,
            durationMs,
            note: VERCEL_AUTO_ASSIGN_NOTE,
        };
    },
};
async function previousProduction(api, projectId, context) {
    const { deployments } = await listVercelDeployments(api, {
        projectId,
        target: 'production',
        state: 'READY',
        limit: 20,
    });
    const current = pickCurrentProduction(deployments);
    if (!current)
        throw new Error(`Vercel lists no READY production deployment of project ${projectId}: nothing to roll back from`);
    const target = pickVercelRollbackTarget(deployments, current.id);
    if (!target)
        throw new Error(`Vercel lists no READY production deployment older than the one serving (${current.id}): give rollback-to`);
    context.deps.log.info(`Production serves ${current.id} (https://${current.url}); ` +
        `previous production deployment: ${target.id} (https://${target.url})`);
    return target.id;
}

;// CONCATENATED MODULE: ./build/providers/vercel/index.js



/** Vercel: deploys with the Vercel CLI, rolls production back through the REST API. */
const vercel = {
    name: 'vercel',
    ...vercelInputs,
    deploy: deployVercel,
    ...vercelRollback,
};

;// CONCATENATED MODULE: ./build/providers/registry.js





/**
 * Every provider, under the name the `provider` (deploy) and `rollback` (health-check) inputs take,
 * in the order error messages list them. Adding a provider is its folder (see CONTRIBUTING.md)
 * and one line here; the unions below follow from this table.
 */
const PROVIDERS = {
    railway: railway,
    vercel: vercel,
    'cloud-run': cloudRun,
    ssh: ssh,
    command: command,
};
const PROVIDER_NAMES = Object.keys(PROVIDERS);
/** The provider for a target (the union narrowed by its tag is the provider's own type). */
function providerFor(name) {
    return PROVIDERS[name];
}
/** The provider of that name, if there is one (for names from elsewhere, such as `none`). */
function findProvider(name) {
    return Object.hasOwn(PROVIDERS, name) ? providerFor(name) : undefined;
}

;// CONCATENATED MODULE: ./build/providers/run.js

/** No single request waits longer than this, however much of the deadline is left. */
const REQUEST_CAP_MS = 30_000;
/**
 * The one timeout rule for every provider, deploy and rollback alike: the operation gets one
 * deadline, and every HTTP request is bounded by min(REQUEST_CAP_MS, time left), read when the
 * request is made (so a late request never outlives the budget by more than a second).
 */
function startProviderRun(deps, timeoutMs, pollIntervalMs) {
    const deadline = poll_deadline(timeoutMs, deps.clock);
    return {
        deps,
        deadline,
        pollIntervalMs,
        remainingMs: () => deadline.cap(Number.POSITIVE_INFINITY),
        http: (request) => deps.http({ ...request, timeoutMs: deadline.cap(REQUEST_CAP_MS) }),
    };
}

;// CONCATENATED MODULE: ./build/lib/github.js


/**
 * The longest one GitHub API request may take. Octokit sets none (undici's defaults wait five
 * minutes for headers, five more for the body), so an API that accepts and never answers held a
 * deploy or a PR comment far beyond the step's timeout.
 */
const GITHUB_REQUEST_TIMEOUT_MS = 20_000;
async function octokit(token, run, timeoutMs = GITHUB_REQUEST_TIMEOUT_MS) {
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
        const client = await octokit(request.token, run);
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
function deployment_status_readDeploymentRecordInputs(inputs) {
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
        core.warning(`Could not ${what} (the step goes on): ${errors_messageOf(error)}.${hint}`);
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

;// CONCATENATED MODULE: ./build/deploy/github-deployment.js



/** The environment the record goes in when `environment` is not given. */
function githubEnvironment(config, target) {
    if (config.environment)
        return config.environment;
    if (target.provider === 'vercel')
        return target.production ? 'production' : 'preview';
    return 'production';
}
async function startGithubDeployment(config, target, deps) {
    if (!config.github)
        return undefined;
    const { run } = deps;
    try {
        const client = await octokit(config.github.token, run, Math.min(GITHUB_REQUEST_TIMEOUT_MS, config.timeoutMs));
        const environment = githubEnvironment(config, target);
        const created = await client.rest.repos.createDeployment({
            owner: run.owner,
            repo: run.repo,
            ref: run.sha || run.ref,
            environment,
            auto_merge: false,
            required_contexts: [],
            description: `deploy-kit: ${target.provider}`,
            production_environment: environment === 'production',
        });
        if (!('id' in created.data))
            throw new Error(created.data.message ?? 'GitHub did not create the deployment');
        const record = { id: created.data.id, client, owner: run.owner, repo: run.repo };
        await client.rest.repos.createDeploymentStatus({
            owner: run.owner,
            repo: run.repo,
            deployment_id: record.id,
            state: 'in_progress',
            ...(run.runUrl ? { log_url: run.runUrl } : {}),
        });
        deps.log.info(`GitHub Deployment ${record.id} created in environment ${environment}`);
        return record;
    }
    catch (error) {
        deps.log.warning('Could not record a GitHub Deployment (the deploy goes on): ' +
            `${deps.redact(errors_messageOf(error))}. The token needs deployments: write.`);
        return undefined;
    }
}
async function finishGithubDeployment(record, outcome, deps) {
    try {
        await record.client.rest.repos.createDeploymentStatus({
            owner: record.owner,
            repo: record.repo,
            deployment_id: record.id,
            state: outcome.ok ? 'success' : 'failure',
            ...(deps.run.runUrl ? { log_url: deps.run.runUrl } : {}),
            ...(outcome.environmentUrl ? { environment_url: outcome.environmentUrl } : {}),
            description: statusDescription(outcome.description ?? 'Deployed'),
            auto_inactive: outcome.ok,
        });
    }
    catch (error) {
        deps.log.warning(`Could not update GitHub Deployment ${record.id}: ${deps.redact(errors_messageOf(error))}`);
    }
}

;// CONCATENATED MODULE: ./build/deploy/deploy.js




async function deploy(config, deps) {
    const result = {
        provider: config.provider,
        environment: config.environment,
        deployed: false,
        skipped: false,
        reason: '',
        deploymentId: '',
        previousDeploymentId: '',
        url: '',
        status: '',
        durationMs: 0,
        githubDeploymentId: '',
    };
    if (config.skip || !config.target) {
        return {
            ...result,
            skipped: true,
            reason: config.skip?.reason ?? 'nothing to deploy',
            status: 'skipped',
            ...(config.skip ? { notice: config.skip.notice } : {}),
        };
    }
    const target = config.target;
    const started = deps.clock.now();
    const progress = {};
    const context = {
        ...startProviderRun(deps, config.timeoutMs, config.pollIntervalMs),
        progress,
        environment: config.environment,
        workingDirectory: config.workingDirectory,
        workspace: deps.workspace,
        contextEnv: contextEnv(config, deps.run),
    };
    const record = config.github ? await startGithubDeployment(config, target, deps) : undefined;
    let error;
    try {
        await providerFor(target.provider).deploy(target, context);
    }
    catch (thrown) {
        error = deps.redact(errors_messageOf(thrown));
    }
    const url = config.github?.environmentUrl ?? progress.url ?? '';
    if (record)
        await finishGithubDeployment(record, { ok: error === undefined, environmentUrl: url, description: error }, deps);
    return {
        ...result,
        deployed: error === undefined,
        reason: error ?? '',
        deploymentId: progress.deploymentId ?? '',
        previousDeploymentId: progress.previousDeploymentId ?? '',
        url: progress.url ?? '',
        status: progress.status ?? (error === undefined ? 'deployed' : 'failed'),
        durationMs: Math.round(deps.clock.now() - started),
        githubDeploymentId: record ? String(record.id) : '',
        ...(error === undefined ? {} : { error }),
    };
}
function contextEnv(config, run) {
    return {
        DEPLOY_PROVIDER: config.provider,
        DEPLOY_ENVIRONMENT: config.environment ?? '',
        DEPLOY_REPOSITORY: run.repository,
        DEPLOY_SHA: run.sha,
        DEPLOY_REF: run.ref,
        DEPLOY_RUN_URL: run.runUrl,
    };
}

;// CONCATENATED MODULE: ./build/deploy/outputs.js
/**
 * The deploy's outputs that the one-step pipeline also has, by the same names and defaults (what
 * a skipped or failed run leaves): one definition for both action.yml contracts.
 */
const DEPLOY_OUTCOME = {
    deployed: false,
    skipped: false,
    reason: '',
    'deployment-id': '',
    'previous-deployment-id': '',
    url: '',
};

;// CONCATENATED MODULE: ./build/deploy/deps.js

/**
 * What `deploy(config, deps)` needs, from the action's context: its effects, its redacting log.
 * Shared with the pipeline.
 */
function deployDeps(context) {
    const { core, env, effects } = context;
    return {
        exec: effects.exec,
        clock: effects.clock,
        http: effects.http,
        run: context.run,
        redact: (text) => context.secrets.redact(text),
        log: { info: (line) => core.info(line), warning: (line) => core.warning(line) },
        searchPath: env['PATH'] ?? '',
        tempDir: env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)(),
        workspace: context.run.workspace,
    };
}

;// CONCATENATED MODULE: ./build/health-check/policy.js
/**
 * What "healthy" means for one answer: the status is expected, the body holds what it must, and
 * the JSON fields have one of their accepted values. Pure: parsing of the expectations (for the
 * config step) and judging of one observed answer.
 */
/** `200`, `200-299`, `2xx`, `200,204`: returns undefined when any part is unreadable. */
function parseStatusRanges(text) {
    const ranges = [];
    for (const part of text.split(',').map((p) => p.trim())) {
        let match;
        if ((match = /^(\d{3})$/.exec(part)))
            ranges.push({ from: Number(match[1]), to: Number(match[1]) });
        else if ((match = /^(\d{3})\s*-\s*(\d{3})$/.exec(part)))
            ranges.push({ from: Number(match[1]), to: Number(match[2]) });
        else if ((match = /^([1-5])xx$/i.exec(part)))
            ranges.push({ from: Number(match[1]) * 100, to: Number(match[1]) * 100 + 99 });
        else
            return undefined;
    }
    const valid = ranges.every((r) => r.from >= 100 && r.to <= 599 && r.from <= r.to);
    return valid && ranges.length > 0 ? ranges : undefined;
}
function describeStatuses(ranges) {
    return ranges.map((r) => (r.from === r.to ? String(r.from) : `${r.from}-${r.to}`)).join(', ');
}
/** `/regex/flags` is a regular expression; anything else is a substring. Throws on a bad regex. */
function parseBodyExpectation(text) {
    const regex = /^\/(.+)\/([dgimsuvy]*)$/s.exec(text);
    if (!regex)
        return { kind: 'substring', text };
    // `g` and `y` make test() stateful between probes: drop them.
    return { kind: 'regex', pattern: new RegExp(regex[1], regex[2].replace(/[gy]/g, '')) };
}
function describeBody(body) {
    return body.kind === 'regex' ? `a match for ${String(body.pattern)}` : `the text ${JSON.stringify(body.text)}`;
}
/** `path` and `ok|healthy` from one `path=value` line; undefined when the path is unusable. */
function parseJsonExpectation(path, value) {
    const segments = path.split('.');
    if (segments.some((s) => s.trim() === ''))
        return undefined;
    return { path, segments, accepted: value.split('|').map((v) => v.trim()) };
}
/** The value at a dotted path (numeric segments index arrays); `undefined` when absent. */
function valueAt(document, segments) {
    let current = document;
    for (const segment of segments) {
        if (Array.isArray(current) && /^\d+$/.test(segment))
            current = current[Number(segment)];
        else if (current !== null && typeof current === 'object' && Object.hasOwn(current, segment)) {
            current = current[segment];
        }
        else
            return undefined;
    }
    return current;
}
/** How a JSON value compares with an expected alternative: strings as they are, the rest as JSON. */
function jsonText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function showSeen(value) {
    if (value === undefined)
        return '(missing)';
    const text = JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
function orWords(values) {
    const quoted = values.map((v) => JSON.stringify(v));
    return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
/** Everything this answer fails to meet; empty means the answer is healthy. */
function judgeAnswer(answer, expectations) {
    const mismatches = [];
    if (!expectations.statuses.some((r) => answer.status >= r.from && answer.status <= r.to)) {
        mismatches.push({
            what: 'status',
            subject: 'HTTP status',
            expected: describeStatuses(expectations.statuses),
            seen: String(answer.status),
        });
    }
    const body = expectations.body;
    if (body) {
        const found = body.kind === 'regex' ? body.pattern.test(answer.body) : answer.body.includes(body.text);
        if (!found)
            mismatches.push({
                what: 'body',
                subject: 'body',
                expected: describeBody(body),
                seen: excerpt(answer.body, 120) || '(empty)',
            });
    }
    if (expectations.json.length > 0)
        mismatches.push(...judgeJson(answer, expectations.json));
    return mismatches;
}
function judgeJson(answer, expectations) {
    let document;
    try {
        document = JSON.parse(answer.body);
    }
    catch {
        const seen = answer.truncated
            ? 'a body cut at max-body-bytes, so not readable as JSON'
            : `not JSON: ${excerpt(answer.body, 80) || '(empty)'}`;
        return [{ what: 'json', subject: 'body', expected: 'a JSON body', seen }];
    }
    const mismatches = [];
    for (const expectation of expectations) {
        const value = valueAt(document, expectation.segments);
        const text = value === undefined ? undefined : jsonText(value);
        if (text === undefined || !expectation.accepted.includes(text)) {
            mismatches.push({
                what: 'json',
                subject: expectation.path,
                expected: orWords(expectation.accepted),
                seen: showSeen(value),
            });
        }
    }
    return mismatches;
}
/** One line of text, at most `length` characters. */
function excerpt(text, length) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > length ? `${line.slice(0, length - 3)}...` : line;
}
/** `status: expected 200-299, saw 503; checks.database: expected "ok", saw "down"` */
function describeMismatches(mismatches) {
    return mismatches.map((m) => `${m.subject}: expected ${m.expected}, saw ${m.seen}`).join('; ');
}

;// CONCATENATED MODULE: ./build/health-check/probe-loop.js

const INITIAL_STATE = { attempts: 0, consecutive: 0, failuresInARow: 0 };
/** The wait after a probe: the interval after a success, the backoff after failures. */
function delayAfter(failuresInARow, policy) {
    if (failuresInARow === 0 || policy.backoff === 'fixed')
        return policy.intervalMs;
    return Math.min(policy.intervalMs * 2 ** (failuresInARow - 1), Math.max(policy.maxIntervalMs, policy.intervalMs));
}
/**
 * The state and decision after a probe that started at `startedAt`, was answered at `observedAt`
 * (default: at once), and passed or not. Probes are scheduled by their start; the stability window
 * is measured between observations, so it runs from when health was first seen, however long
 * that first answer took.
 */
function advance(state, probe, policy, deadline) {
    const attempts = state.attempts + 1;
    const observedAt = probe.observedAt ?? probe.startedAt;
    let next;
    if (probe.ok) {
        next = {
            attempts,
            consecutive: state.consecutive + 1,
            failuresInARow: 0,
            streakStartedAt: state.streakStartedAt ?? observedAt,
        };
        const stableSince = observedAt - next.streakStartedAt;
        if (next.consecutive >= policy.consecutiveSuccesses && stableSince >= policy.stableForMs) {
            return { state: next, decision: { kind: 'healthy' } };
        }
    }
    else {
        // Inside a stability watch every probe must pass: a failure after the first success is flapping.
        if (policy.stableForMs > 0 && state.streakStartedAt !== undefined) {
            return {
                state: { ...state, attempts, consecutive: 0, failuresInARow: 1 },
                decision: { kind: 'unhealthy', why: 'flapping' },
            };
        }
        next = { attempts, consecutive: 0, failuresInARow: state.failuresInARow + 1 };
    }
    if (policy.maxAttempts > 0 && attempts >= policy.maxAttempts)
        return { state: next, decision: { kind: 'unhealthy', why: 'attempts' } };
    let until = probe.startedAt + delayAfter(next.failuresInARow, policy);
    // Land the last probe of a stability watch on the end of its window rather than up to an interval later.
    if (probe.ok && policy.stableForMs > 0) {
        const windowEnd = next.streakStartedAt + policy.stableForMs;
        if (windowEnd > probe.startedAt)
            until = Math.min(until, windowEnd);
    }
    if (until >= deadline)
        return { state: next, decision: { kind: 'unhealthy', why: 'deadline' } };
    return { state: next, decision: { kind: 'wait', until } };
}
const BODY_KEPT = 2000;
/** Judge one observation against the expectations. */
function toProbeResult(observation, expectations, attempt, startedAt) {
    const base = { attempt, startedAt, latencyMs: observation.latencyMs };
    if (!observation.answer) {
        return { ...base, ok: false, error: observation.error?.message ?? 'no answer', mismatches: [] };
    }
    const mismatches = judgeAnswer(observation.answer, expectations);
    return {
        ...base,
        ok: mismatches.length === 0,
        status: observation.answer.status,
        mismatches,
        body: observation.answer.body.slice(0, BODY_KEPT),
    };
}
/**
 * Probe until a decision, never past `deadline`: each probe gets at most the time left, and a
 * probe that would start at or after the deadline is not started. `signal` cancels (another URL
 * already failed).
 */
async function pollUrl(policy, expectations, deadline, deps, signal) {
    const startedAt = deps.now();
    const outcome = {
        verdict: { kind: 'unhealthy', why: 'deadline' },
        attempts: 0,
        startedAt,
        endedAt: startedAt,
        latenciesMs: [],
        probes: [],
    };
    let state = INITIAL_STATE;
    for (;;) {
        const probeStart = deps.now();
        const left = deadline - probeStart;
        if (signal.aborted) {
            outcome.verdict = { kind: 'cancelled' };
            break;
        }
        if (left <= 0)
            break;
        const observation = await deps.probe(Math.ceil(Math.min(policy.requestTimeoutMs, left)), signal);
        if (signal.aborted) {
            outcome.verdict = { kind: 'cancelled' };
            break;
        }
        const observedAt = deps.now();
        const result = toProbeResult(observation, expectations, state.attempts + 1, probeStart);
        deps.onProbe?.(result);
        outcome.last = result;
        if (result.status !== undefined)
            outcome.latenciesMs.push(result.latencyMs);
        outcome.probes.push({ attempt: result.attempt, latencyMs: result.latencyMs, ok: result.ok });
        // A probe the deadline cut short only says that time ran out: the failure before it says why.
        const cutShort = left < policy.requestTimeoutMs && result.status === undefined && outcome.lastFailure !== undefined;
        if (!result.ok && !cutShort)
            outcome.lastFailure = result;
        const step = advance(state, { ok: result.ok, startedAt: probeStart, observedAt }, policy, deadline);
        state = step.state;
        outcome.attempts = state.attempts;
        if (step.decision.kind !== 'wait') {
            outcome.verdict = step.decision;
            break;
        }
        const wait = step.decision.until - deps.now();
        if (wait > 0)
            await deps.sleep(wait, signal);
    }
    outcome.streakStartedAt = state.streakStartedAt;
    outcome.endedAt = deps.now();
    return outcome;
}

;// CONCATENATED MODULE: ./build/health-check/probe.js

const MAX_REDIRECTS = 10;
/**
 * One HTTP request to `url` (through `http`, the context's client), as an observation: an answer,
 * or why there was none. Never throws.
 */
async function httpProbe(url, options, timeoutMs, signal, http) {
    const started = performance.now();
    try {
        const response = await http({
            url,
            method: options.method,
            headers: options.headers,
            timeoutMs,
            maxBodyBytes: options.maxBodyBytes,
            maxRedirects: options.followRedirects ? MAX_REDIRECTS : 0,
            tls: options.tls,
            signal,
        });
        return {
            answer: { status: response.status, body: response.body, truncated: response.truncated },
            latencyMs: response.latencyMs,
        };
    }
    catch (error) {
        return { error: describeProbeError(url, error), latencyMs: Math.round(performance.now() - started) };
    }
}
/** Certificate errors Node reports when the server's certificate is not trusted. */
const CERTIFICATE_CODES = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_GET_ISSUER_CERT',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'CERT_UNTRUSTED',
]);
function describeProbeError(url, error) {
    if (!(error instanceof HttpError))
        return { code: 'ERROR', message: error instanceof Error ? error.message : String(error) };
    const prefix = `${safeUrl(url)}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    if (CERTIFICATE_CODES.has(error.code)) {
        return {
            code: error.code,
            message: `TLS certificate not trusted: ${message}; ` +
                'give its CA as ca-cert (or insecure: true for a throwaway test server)',
        };
    }
    return { code: error.code, message };
}

;// CONCATENATED MODULE: ./build/health-check/check.js



/**
 * The context's HTTP client (`http`) and sleeps (cut short on cancel).
 * Time is read from `clock` when one is given (a test's); a real run reads performance.now:
 * monotonic and below the millisecond, so each probe gets exactly the time left to the deadline.
 */
function realDeps(config, onProbe, http, clock) {
    return {
        now: clock ? () => clock.now() : () => performance.now(),
        sleep: (ms, signal) => (clock ?? realClock).sleep(ms, signal),
        probe: (url, timeoutMs, signal) => httpProbe(url, config, timeoutMs, signal, http),
        ...(onProbe ? { onProbe } : {}),
    };
}
/**
 * Check every URL at once until all are healthy, one is judged unhealthy (the others are then
 * cancelled: the verdict is known), or the deadline passes.
 */
async function checkHealth(config, deps) {
    const started = deps.now();
    const deadline = started + config.timeoutMs;
    const cancel = new AbortController();
    const urls = await Promise.all(config.urls.map(async (url) => {
        const outcome = await pollUrl(config, config.expectations, deadline, {
            now: deps.now,
            sleep: deps.sleep,
            probe: (timeoutMs, signal) => deps.probe(url, timeoutMs, signal),
            onProbe: (result) => deps.onProbe?.(url, result),
        }, cancel.signal);
        if (outcome.verdict.kind === 'unhealthy')
            cancel.abort();
        return { url, ...outcome };
    }));
    const healthy = urls.every((u) => u.verdict.kind === 'healthy');
    const telling = urls.find((u) => u.verdict.kind === 'unhealthy') ?? urls[0];
    return {
        healthy,
        elapsedMs: Math.round(deps.now() - started),
        attempts: urls.reduce((sum, u) => sum + u.attempts, 0),
        ...(telling?.last?.status !== undefined ? { statusCode: telling.last.status } : {}),
        urls,
    };
}

;// CONCATENATED MODULE: ./build/health-check/report.js



const EXCERPT_LENGTH = 300;
/** Nearest-rank percentile; null for no values. */
function percentile(values, p) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
/** What a failed probe saw, in one phrase. */
function describeProbe(probe) {
    if (probe.error !== undefined)
        return `no answer: ${probe.error}`;
    return describeMismatches(probe.mismatches);
}
/** Why a URL was judged healthy, unhealthy or left unfinished, in one sentence (no URL in it). */
function urlReason(result, config) {
    const attempts = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`;
    const since = (at) => formatDuration(at - result.startedAt);
    const failure = result.lastFailure ? describeProbe(result.lastFailure) : undefined;
    const verdict = result.verdict;
    switch (verdict.kind) {
        case 'healthy':
            return `healthy after ${attempts} in ${formatDuration(result.endedAt - result.startedAt)}`;
        case 'cancelled':
            return `stopped after ${attempts}: another URL was already judged unhealthy`;
        case 'unhealthy':
            if (verdict.why === 'flapping') {
                return (`healthy at ${since(result.streakStartedAt ?? result.startedAt)}, ` +
                    `then failed ${since(result.lastFailure?.startedAt ?? result.endedAt)} ` +
                    `into the ${formatDuration(config.stableForMs)} stable-for window: ${failure}`);
            }
            if (result.last?.ok && result.streakStartedAt !== undefined) {
                // Every probe so far passed, but the window or the streak was not complete when probing stopped.
                const streak = config.stableForMs > 0
                    ? `healthy for ${formatDuration(result.endedAt - result.streakStartedAt)} ` +
                        `of the ${formatDuration(config.stableForMs)} stable-for window`
                    : `not yet ${config.consecutiveSuccesses} consecutive successes`;
                const stop = verdict.why === 'attempts'
                    ? `after ${attempts} (max-attempts)`
                    : `when the ${formatDuration(config.timeoutMs)} timeout ran out (${attempts})`;
                return `${streak} ${stop}`;
            }
            if (verdict.why === 'attempts')
                return `still unhealthy after ${attempts} (max-attempts): ${failure ?? 'no probe finished'}`;
            return (`not healthy within the ${formatDuration(config.timeoutMs)} ` +
                `timeout (${attempts}); last: ${failure ?? 'no probe finished'}`);
    }
}
function urlReport(result, config) {
    const shown = result.lastFailure ?? result.last;
    return {
        url: safeUrl(result.url),
        healthy: result.verdict.kind === 'healthy',
        verdict: result.verdict.kind,
        reason: urlReason(result, config),
        attempts: result.attempts,
        elapsedMs: Math.round(result.endedAt - result.startedAt),
        lastStatus: result.last?.status ?? null,
        latencyMs: { p50: percentile(result.latenciesMs, 50), p95: percentile(result.latenciesMs, 95) },
        lastError: result.last?.error ?? null,
        mismatches: (result.lastFailure?.mismatches ?? []).map(({ subject, expected, seen }) => ({
            subject,
            expected,
            seen,
        })),
        bodyExcerpt: shown?.body === undefined ? null : excerpt(shown.body, EXCERPT_LENGTH),
    };
}
function healthReport(result, config) {
    return result.urls.map((url) => urlReport(url, config));
}
/** Why the release is unhealthy: each failed URL and its reason (cancelled ones left out). */
function unhealthyStory(result, config) {
    const failed = result.urls.filter((u) => u.verdict.kind === 'unhealthy');
    const shown = failed.length > 0 ? failed : result.urls.filter((u) => u.verdict.kind !== 'healthy');
    return shown.map((u) => `${safeUrl(u.url)} ${urlReason(u, config)}`).join('; ');
}

;// CONCATENATED MODULE: ./build/health-check/rollback.js



const noRollback = {
    describe: () => 'no rollback (rollback: none)',
    rollback: async () => ({ ok: false, detail: 'did nothing', durationMs: 0 }),
};
/** The `rollback` input's values: none, the runner's own command, then the hosted providers. */
const rollback_PROVIDER_NAMES = [
    'none',
    'command',
    ...PROVIDER_NAMES.filter((name) => name !== 'command'),
];
function rollback_providerFor(config) {
    return (config.provider === 'none'
        ? noRollback
        : providerFor(config.provider));
}
/**
 * Roll back with the configured provider, then (when it reports success and verify is on) check
 * health again with the same policy. A rollback that fails, times out or throws is never success.
 */
async function rollbackAndVerify(config, check, context, checkDeps) {
    const provider = rollback_providerFor(config);
    const description = provider.describe(config);
    if (config.provider === 'none')
        return { provider: 'none', description, attempted: false, rolledBack: false, healthyAfter: false };
    const started = performance.now();
    let outcome;
    try {
        outcome = await provider.rollback(config, rollbackRun(config, context));
    }
    catch (error) {
        // The sentence goes on after the detail (", so the unhealthy release may still be serving").
        const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
        outcome = {
            ok: false,
            detail: `failed: ${context.redact(message)}`,
            durationMs: Math.round(performance.now() - started),
        };
    }
    const result = {
        provider: config.provider,
        description,
        attempted: true,
        outcome,
        rolledBack: outcome.ok,
        healthyAfter: false,
    };
    if (!outcome.ok || !config.verify)
        return result;
    const verification = await checkHealth(check, checkDeps);
    return { ...result, verification, healthyAfter: verification.healthy };
}
function rollbackRun(config, context) {
    const deps = {
        exec: context.effects.exec,
        clock: context.effects.clock,
        http: context.effects.http,
        log: { info: context.log, warning: context.log },
        redact: context.redact,
        tempDir: context.tempDir,
        searchPath: context.searchPath,
    };
    return {
        ...startProviderRun(deps, config.timeoutMs, context.pollIntervalMs),
        reason: context.reason,
        reportJson: context.reportJson,
    };
}

;// CONCATENATED MODULE: ./build/health-check/check-and-roll-back.js






/**
 * health-check's work, shared with the pipeline: check health (a log group, one line per probe);
 * when unhealthy, roll back with the configured provider and check again. Probes go through the
 * context's HTTP client; every line through its redacting core.
 */
async function checkAndRollBack(check, rollbackConfig, context) {
    const { core, effects } = context;
    if (check.tls.insecure)
        core.warning('insecure: true: TLS certificates are not verified, so any server can answer for these URLs.');
    const logProbe = (url, probe) => core.info(probeLine(url, probe));
    const title = check.urls.length === 1 ? safeUrl(check.urls[0]) : `${check.urls.length} URLs`;
    const checkDeps = realDeps(check, logProbe, effects.http);
    const health = await group(core, `Health check: ${title}`, () => checkHealth(check, checkDeps));
    const reportJson = context.secrets.redact(JSON.stringify(healthReport(health, check)));
    if (health.healthy)
        return { health, reportJson };
    const rollbackContext = {
        reason: context.secrets.redact(unhealthyStory(health, check)),
        reportJson,
        tempDir: context.env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)(),
        pollIntervalMs: check.intervalMs,
        log: (line) => core.info(line),
        redact: (text) => context.secrets.redact(text),
        effects,
        searchPath: context.env['PATH'] ?? '',
    };
    const rollback = rollbackConfig.provider === 'none'
        ? await rollbackAndVerify(rollbackConfig, check, rollbackContext, checkDeps)
        : await group(core, `Rollback (${rollbackConfig.provider})`, () => rollbackAndVerify(rollbackConfig, check, rollbackContext, checkDeps));
    return { health, reportJson, rollback };
}
/** `https://api.example.com/health #3: 503 in 12 ms: status: expected 200-299, saw 503` */
function probeLine(url, probe) {
    const head = `${safeUrl(url)} #${probe.attempt}: ${probe.status ?? 'no answer'} in ${probe.latencyMs} ms`;
    return probe.ok ? `${head}: ok` : `${head}: ${probe.status === undefined ? probe.error : describeProbe(probe)}`;
}

;// CONCATENATED MODULE: ./build/health-check/verdict.js


/** `3 attempts in 1.2 s` */
function attemptsIn(result) {
    return `${result.attempts} attempt${result.attempts === 1 ? '' : 's'} in ${formatDuration(result.elapsedMs)}`;
}
function healthyStory(result) {
    const count = result.urls.length;
    return `${count === 1 ? 'The URL is' : `All ${count} URLs are`} healthy (${attemptsIn(result)})`;
}
function rollbackStory(rollback, check) {
    if (!rollback.attempted)
        return 'No rollback is configured (rollback: none).';
    const outcome = rollback.outcome;
    const what = `${rollback.description} ${outcome.detail}`;
    if (!outcome.ok)
        return `The rollback FAILED: ${what}, so the unhealthy release may still be serving.`;
    if (!rollback.verification)
        return `Rolled back: ${what}; health after the rollback was not checked (verify-after-rollback: false).`;
    if (rollback.healthyAfter)
        return `Rolled back: ${what}; the service is healthy again (${attemptsIn(rollback.verification)}).`;
    return (`Rolled back: ${what}; but the service is still unhealthy after the rollback: ` +
        `${unhealthyStory(rollback.verification, check)}.`);
}
function finalVerdict(health, rollback, check, failOnUnhealthy) {
    if (health.healthy)
        return { failed: false, level: 'info', message: `${healthyStory(health)}.` };
    const story = `The release is unhealthy: ${unhealthyStory(health, check)}.`;
    const message = rollback ? `${story} ${rollbackStory(rollback, check)}` : story;
    return failOnUnhealthy
        ? { failed: true, level: 'error', message }
        : { failed: false, level: 'warning', message: `${message} The step does not fail (fail-on-unhealthy: false).` };
}

;// CONCATENATED MODULE: ./build/slack-notify/explain.js
/**
 * One line of what to do for the error codes Slack answers with: the plain-text bodies of incoming
 * webhooks (test/fixtures/slack/webhook/) and the `error` of Web API answers
 * (test/fixtures/slack/web-api/*.error-codes.json). An unknown code gets no explanation.
 */
const EXPLANATIONS = {
    // Incoming webhooks
    invalid_payload: 'Slack could not read the message (check the payload input)',
    invalid_blocks: 'Slack rejected the Block Kit blocks (check the payload input)',
    no_text: 'the message has no text (a payload needs text, blocks or attachments)',
    missing_text_or_fallback_or_attachments: 'the message has no text (a payload needs text, blocks or attachments)',
    too_many_attachments: 'a message can have at most 100 attachments',
    user_not_found: 'the webhook points at a user that no longer exists: create a new webhook',
    no_service: 'the webhook is disabled or was removed (app uninstalled or its channel changed): ' +
        'create a new webhook URL and update the secret',
    no_service_id: 'the webhook URL is incomplete: copy it again from the app settings',
    no_team: 'the webhook URL is incomplete or its workspace is gone: copy it again from the app settings',
    team_disabled: 'the workspace of this webhook is disabled',
    invalid_token: 'the webhook URL is no longer valid: create a new webhook URL and update the secret',
    action_prohibited: 'a workspace admin restricted posting to this channel',
    posting_to_general_channel_denied: "only admins may post to this workspace's general channel",
    channel_is_archived: 'the channel is archived',
    rollup_error: 'Slack had an internal error',
    // Web API
    channel_not_found: 'no such channel for this token: use the channel ID (C…), and invite the bot if the channel is private',
    not_in_channel: 'the bot is not a member of the channel: invite it with /invite @your-bot',
    is_archived: 'the channel is archived',
    msg_too_long: 'the message text is too long',
    invalid_auth: 'bot-token is not a valid token (use the xoxb- bot token of the app)',
    not_authed: 'no token reached Slack: check the bot-token input',
    account_inactive: 'the token belongs to a deactivated user or an uninstalled app: reinstall the app and update the secret',
    token_revoked: 'the token was revoked: reinstall the app and update the secret',
    token_expired: 'the token expired: refresh it or use a non-rotating bot token',
    missing_scope: 'the app lacks the chat:write scope: add it and reinstall the app',
    restricted_action: 'a workspace admin restricted posting to this channel',
    message_not_found: 'no message with this update-ts in the channel: pass the ts and channel outputs of the step that posted it',
    cant_update_message: 'a bot can only update its own messages: update-ts must come from a message this bot posted',
    edit_window_closed: 'the message is too old to be edited',
    ratelimited: 'Slack rate-limited the request (about one message per second per channel)',
    rate_limited: 'Slack rate-limited the request (about one message per second per channel)',
    fatal_error: 'Slack had an internal error',
    internal_error: 'Slack had an internal error',
    service_unavailable: 'Slack is unavailable',
};
function explainSlackError(code, needed) {
    if (code === 'missing_scope' && needed)
        return `the app lacks the ${needed} scope: add it and reinstall the app`;
    return EXPLANATIONS[code];
}

;// CONCATENATED MODULE: ./build/slack-notify/mrkdwn.js
/**
 * Slack's mrkdwn, as its message formatting reference describes: `&`, `<` and `>` are the only
 * control characters, so escaping those three turns any user text (a commit message holding
 * `<!channel>`, a branch name, a PR title) into text that shows as written and can neither ping
 * anyone nor forge a link. Quotes and newlines need no escaping here: bodies are built as objects
 * and serialised with JSON.stringify.
 */
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** `<url|label>` with the label escaped; characters that would end the link are percent-encoded in the URL. */
function mrkdwnLink(url, label) {
    return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${escapeMrkdwn(label)}>`;
}
/** Cut text to at most `max` characters, marking the cut; an escape (`&amp;`) cut in half is dropped whole. */
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1).replace(/&[a-z]{0,3}$/, '')}…`;
}

;// CONCATENATED MODULE: ./build/slack-notify/message.js


/** The statuses a message can report; `job.status` gives the first three. */
const STATUSES = ['success', 'failure', 'cancelled', 'started', 'skipped'];
/** Slack's own palette for the colour bar; the emoji tells the status to those who cannot see colour. */
const LOOKS = {
    success: { color: '#2EB67D', emoji: ':white_check_mark:', headline: 'Deploy succeeded' },
    failure: { color: '#E01E5A', emoji: ':x:', headline: 'Deploy failed' },
    cancelled: { color: '#868686', emoji: ':no_entry_sign:', headline: 'Deploy cancelled' },
    started: { color: '#1D9BD1', emoji: ':rocket:', headline: 'Deploy started' },
    skipped: { color: '#ECB22E', emoji: ':fast_forward:', headline: 'Deploy skipped' },
};
function statusLook(status) {
    return LOOKS[status];
}
// Block Kit limits: a section's text ≤ 3000 characters, ≤ 10 fields of ≤ 2000 characters each.
const SECTION_TEXT_MAX = 3000;
const FIELD_TEXT_MAX = 2000;
const FIELDS_PER_SECTION = 10;
/**
 * The message for a run: a headline as the top-level `text` (which is also what notifications and
 * screen readers show), and an attachment whose colour bar shows the status and whose blocks hold
 * the text, the fields and a link to the run. Every piece of user or repository text is escaped.
 */
function buildMessage(spec) {
    const look = LOOKS[spec.status];
    const blocks = [];
    if (spec.text)
        blocks.push(section(truncate(escapeMrkdwn(spec.text), SECTION_TEXT_MAX)));
    const fields = messageFields(spec);
    for (let i = 0; i < fields.length; i += FIELDS_PER_SECTION) {
        blocks.push({
            type: 'section',
            fields: fields.slice(i, i + FIELDS_PER_SECTION).map((text) => ({ type: 'mrkdwn', text })),
        });
    }
    const context = runContextLine(spec.run);
    if (context)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: context }] });
    const headline = headlineText(spec);
    return {
        text: headline,
        attachments: [{ color: look.color, fallback: headline, blocks }],
    };
}
/** `:x: *Deploy failed*: acme/shop to production` (with the mentions in front on failure). */
function headlineText(spec) {
    const look = LOOKS[spec.status];
    const where = [spec.run.repository, spec.environment ? `to ${spec.environment}` : ''].filter(Boolean).join(' ');
    const mentions = spec.status === 'failure' && spec.mentions.length ? `${spec.mentions.join(' ')} ` : '';
    const title = truncate(spec.title ?? look.headline, 150);
    return `${mentions}${look.emoji} *${escapeMrkdwn(title)}*${where ? `: ${escapeMrkdwn(where)}` : ''}`;
}
/** The fields, as `*Name*\nvalue` mrkdwn; empty ones are left out. */
function messageFields(spec) {
    const { run } = spec;
    const repoUrl = run.serverUrl && run.repository ? `${run.serverUrl}/${run.repository}` : '';
    const commit = run.sha
        ? [
            repoUrl ? mrkdwnLink(`${repoUrl}/commit/${run.sha}`, run.shortSha) : `\`${run.shortSha}\``,
            run.commitSubject ? escapeMrkdwn(truncate(run.commitSubject, 150)) : '',
        ]
            .filter(Boolean)
            .join(' ')
        : '';
    const fields = [
        [
            'Repository',
            run.repository ? (repoUrl ? mrkdwnLink(repoUrl, run.repository) : escapeMrkdwn(run.repository)) : '',
        ],
        ['Ref', run.refName ? escapeMrkdwn(run.refName) : ''],
        ['Commit', commit],
        ['Actor', run.actor ? escapeMrkdwn(run.actor) : ''],
        ['Environment', spec.environment ? escapeMrkdwn(spec.environment) : ''],
        ['URL', spec.url ? mrkdwnLink(spec.url, spec.url) : ''],
        ['Duration', spec.durationMs !== undefined ? formatDuration(spec.durationMs) : ''],
        ...spec.fields.map(([name, value]) => [escapeMrkdwn(name), escapeMrkdwn(value)]),
    ];
    return fields
        .filter(([, value]) => value !== '')
        .map(([name, value]) => truncate(`*${truncate(name, 100)}*\n${value}`, FIELD_TEXT_MAX));
}
function runContextLine(run) {
    const where = [run.workflow, run.job].filter(Boolean).map(escapeMrkdwn).join(' / ');
    return [run.runUrl ? mrkdwnLink(run.runUrl, 'View run') : '', where].filter(Boolean).join(' · ');
}
function section(text) {
    return { type: 'section', text: { type: 'mrkdwn', text } };
}

;// CONCATENATED MODULE: ./build/slack-notify/request.js



// Slack warns `missing_charset` on JSON bodies without it (fixtures: chat.postMessage.ok.bot-with-blocks.json).
const JSON_TYPE = 'application/json; charset=utf-8';
function buildRequest(config, destination) {
    const body = config.payload ? { ...config.payload } : buildMessage(config.message);
    if (destination.kind === 'webhook') {
        if (destination.threadTs)
            body['thread_ts'] = destination.threadTs;
        return {
            via: 'webhook',
            url: destination.webhookUrl,
            headers: { 'content-type': JSON_TYPE },
            body: JSON.stringify(body),
        };
    }
    if (destination.channel)
        body['channel'] = destination.channel;
    let via = 'chat.postMessage';
    if (destination.updateTs) {
        via = 'chat.update';
        body['ts'] = destination.updateTs;
        delete body['thread_ts'];
    }
    else if (destination.threadTs) {
        body['thread_ts'] = destination.threadTs;
    }
    return {
        via,
        url: `${destination.apiUrl}/${via}`,
        headers: { 'content-type': JSON_TYPE, authorization: `Bearer ${destination.token}` },
        body: JSON.stringify(body),
    };
}
/**
 * Slack does not notify mentions that an edit adds, so a failure that updates an earlier message
 * ("deploying…" -> "failed") would ping nobody. Then the mentions go in a reply in its thread.
 */
function mentionReply(config, destination) {
    if (destination.kind !== 'web-api' || !destination.updateTs || config.payload)
        return undefined;
    if (config.message.status !== 'failure' || config.message.mentions.length === 0)
        return undefined;
    const body = { channel: destination.channel, thread_ts: destination.updateTs, text: headlineText(config.message) };
    return {
        via: 'chat.postMessage',
        url: `${destination.apiUrl}/chat.postMessage`,
        headers: { 'content-type': JSON_TYPE, authorization: `Bearer ${destination.token}` },
        body: JSON.stringify(body),
    };
}
function interpretAnswer(via, answer, retryAfterMs) {
    const base = { skipped: false, via, httpStatus: answer.status, attempts: answer.attempts };
    if (via === 'webhook') {
        if (answer.status === 200 && answer.body.trim() === 'ok')
            return { ...base, sent: true };
        return failed(base, codeIn(answer.body) ?? `HTTP_${answer.status}`, undefined, retryAfterMs);
    }
    const json = parseObject(answer.body);
    if (answer.status === 200 && json?.['ok'] === true) {
        return { ...base, sent: true, ts: stringOr(json['ts']), channel: stringOr(json['channel']) };
    }
    const code = typeof json?.['error'] === 'string' ? json['error'] : `HTTP_${answer.status}`;
    return failed(base, code, stringOr(json?.['needed']), retryAfterMs);
}
/**
 * A request that got no answer at all. Refused, unresolvable or unreachable: it never left, and was
 * retried. Reset or timed out on an open connection: it may have arrived and been posted, and was
 * not sent again (a second POST would post a second message), so the outcome says it may be there.
 * `detail`, the HTTP client's own words, is kept when this says no more than "the connection broke".
 */
function unanswered(via, code, attempts, timeoutMs, detail) {
    const base = { sent: false, skipped: false, via, error: code, attempts };
    if (NOT_SENT_ERROR_CODES.has(code)) {
        const explanation = code === 'ECONNREFUSED'
            ? 'connection refused'
            : /^(ENOTFOUND|EAI_AGAIN)$/.test(code)
                ? 'the host name does not resolve'
                : 'could not connect';
        return { ...base, explanation };
    }
    const what = code === 'TIMEOUT' ? `no complete answer within ${timeoutMs / 1000} s` : 'the connection broke before an answer';
    const unsure = 'after the request was sent, so Slack may have posted it; not sent again, to avoid a duplicate';
    return {
        ...base,
        maybeDelivered: true,
        explanation: `${what} ${unsure}`,
        ...(detail && code !== 'TIMEOUT' ? { detail } : {}),
    };
}
/** One sentence for a warning or a failure; never holds the URL or the token. */
function describeOutcome(outcome) {
    if (outcome.sent)
        return `Slack accepted the message (${outcome.via}).`;
    const how = `${outcome.via}${outcome.attempts > 1 ? `, after ${outcome.attempts} attempts` : ''}`;
    if (outcome.httpStatus === undefined) {
        const verb = outcome.maybeDelivered ? 'No answer from Slack' : 'Could not reach Slack';
        const error = outcome.detail ? `${outcome.error}: ${outcome.detail}` : outcome.error;
        return `${verb} (${how}): ${outcome.explanation ?? 'no answer'} (${error}).`;
    }
    const said = outcome.error?.startsWith('HTTP_')
        ? `HTTP ${outcome.httpStatus}`
        : `${outcome.error} (HTTP ${outcome.httpStatus})`;
    return `Slack refused the message (${how}): ${said}${outcome.explanation ? `: ${outcome.explanation}` : ''}.`;
}
/** Slack's codes are short snake_case words; anything else (HTML from a proxy) is not shown as one. */
function codeIn(body) {
    const text = body.trim();
    return /^[a-z][a-z0-9_]{1,80}$/.test(text) ? text : undefined;
}
function failed(base, code, needed, retryAfterMs) {
    const explanation = explainSlackError(code, needed);
    return {
        ...base,
        sent: false,
        error: code,
        ...(explanation ? { explanation } : {}),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
}
function parseObject(text) {
    try {
        const value = JSON.parse(text);
        return value !== null && typeof value === 'object' && !Array.isArray(value)
            ? value
            : undefined;
    }
    catch {
        return undefined;
    }
}
function stringOr(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

;// CONCATENATED MODULE: ./build/slack-notify/send.js


/**
 * A post to Slack is not idempotent: the same request twice is two messages. So a failure is
 * retried only when Slack cannot have posted it: the connection was refused or never made (DNS,
 * unreachable), or Slack answered 429 (rate-limited, nothing posted) or 408/5xx (Slack documents
 * none of those as posted). A reset or a timeout after the request was sent is not retried.
 */
const RETRY_BASE = { minDelayMs: 1000, maxDelayMs: 8000, budgetMs: 30_000, idempotent: false };
/**
 * Sends one notification as the config says and reports what happened. It never throws for what
 * Slack answers or for a network failure: the caller decides whether that fails the step.
 */
async function sendSlack(config, hooks) {
    const { destination } = config;
    if (destination.kind === 'skip')
        return { sent: false, skipped: true, attempts: 0 };
    const redacted = (request) => hooks.redact ? { ...request, body: hooks.redact(request.body) } : request;
    const outcome = await deliver(redacted(buildRequest(config, destination)), config, hooks);
    const reply = outcome.sent ? mentionReply(config, destination) : undefined;
    return reply ? { ...outcome, mentionReply: await deliver(redacted(reply), config, hooks) } : outcome;
}
/**
 * One request to Slack, retried as RETRY_BASE says: 429 (after Retry-After), 5xx and connection
 * failures by the HTTP client;
 * the Web API's `rate_limited` answer, which comes with HTTP 200, here, on the same budget.
 */
async function deliver(request, config, hooks) {
    const policy = { ...RETRY_BASE, retries: config.retries };
    const { sleep } = hooks;
    let attempts = 0;
    let waitedMs = 0;
    for (;;) {
        const outcome = await exchange(request, config, policy, (notice) => hooks.onRetry?.({ ...notice, via: request.via }), hooks.http);
        attempts += outcome.attempts;
        waitedMs += outcome.waitedMs;
        const result = { ...outcome.result, attempts };
        if (result.sent || (result.error !== 'rate_limited' && result.error !== 'ratelimited') || result.httpStatus !== 200)
            return result;
        const decision = planRetry({ attempt: attempts, status: 429, retryAfterMs: result.retryAfterMs, waitedMs, policy });
        if (!decision.retry)
            return result;
        hooks.onRetry?.({ attempt: attempts, delayMs: decision.delayMs, cause: result.error, via: request.via });
        await sleep(decision.delayMs);
        waitedMs += decision.delayMs;
    }
}
async function exchange(request, config, policy, onRetry, http) {
    let waitedMs = 0;
    try {
        const response = await http({
            url: request.url,
            method: 'POST',
            headers: request.headers,
            body: request.body,
            timeoutMs: config.timeoutMs,
            maxBodyBytes: 256 * 1024,
            retry: policy,
            onRetry: (notice) => {
                waitedMs += notice.delayMs;
                onRetry(notice);
            },
        });
        const retryAfterMs = http_parseRetryAfter(response.headers['retry-after'], Date.now());
        return { result: interpretAnswer(request.via, response, retryAfterMs), attempts: response.attempts, waitedMs };
    }
    catch (error) {
        if (!(error instanceof HttpError)) {
            return { result: unanswered(request.via, 'ERROR', 1, config.timeoutMs), attempts: 1, waitedMs };
        }
        const { code, attempts } = error;
        const detail = clientWords(error, request.url);
        return { result: unanswered(request.via, code, attempts, config.timeoutMs, detail), attempts, waitedMs };
    }
}
/**
 * An HttpError's message without the URL it starts with (`safeUrl`: scheme, host and path). A
 * webhook's path is its secret: readConfig has masked it, so every log line, summary and output
 * would redact it anyway, but the words are kept without it all the same. Undefined for a message
 * of another shape, which may hold the URL elsewhere.
 */
function clientWords(error, url) {
    const prefix = `${safeUrl(url)}: `;
    if (!error.message.startsWith(prefix))
        return undefined;
    return error.message.slice(prefix.length).replace(` (${error.code})`, '') || undefined;
}

;// CONCATENATED MODULE: ./build/slack-notify/send-logged.js

/** Once, before the first message: logs the config's notes (readConfig has masked the secrets already). */
function logSlackNotes(config, core) {
    for (const note of config.notes)
        core.info(note);
}
/**
 * `sendSlack` through the context's HTTP client and clock, with each retry logged (the notice holds
 * no URL) and the run's secrets redacted from the message. Shared by slack-notify and the pipeline.
 */
function sendLogged(config, context) {
    const { core, effects } = context;
    return sendSlack(config, {
        redact: (text) => context.secrets.redact(text),
        http: effects.http,
        sleep: (ms) => effects.clock.sleep(ms),
        onRetry: (n) => core.info(`Slack (${n.via}): ${n.cause}; retrying in ${Math.ceil(n.delayMs / 1000)} s ` +
            `(attempt ${n.attempt + 1} of ${config.retries + 1}).`),
    });
}

;// CONCATENATED MODULE: ./build/health-check/config.js








const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const BACKOFFS = ['fixed', 'exponential'];
const MAX_URLS = 50;
/**
 * The only place health-check's inputs are read. `effects.files` reads a ca-cert given as a path;
 * the repository names the blue-green compose project by default, as in actions/deploy.
 */
function readConfig(inputs, { run, effects }) {
    return {
        check: readCheckConfig(inputs, (path) => effects.files.read(path)),
        rollback: readRollbackConfig(inputs, run),
        failOnUnhealthy: inputs.boolean('fail-on-unhealthy', true),
        github: readDeploymentRecordInputs(inputs),
    };
}
function readCheckConfig(inputs, readFile) {
    const urls = readUrls(inputs);
    const method = inputs.enum('method', METHODS, 'GET');
    const statusText = inputs.string('expected-status', '200-299');
    const statuses = parseStatusRanges(statusText);
    if (!statuses)
        throw inputs_invalidValue('expected-status', statusText, 'expected status codes and ranges such as 200, 200-299, 2xx or 200,204');
    const body = readBody(inputs);
    const json = readJson(inputs);
    if (method === 'HEAD' && (body || json.length > 0)) {
        throw new errors_ConfigError('Input "method" is HEAD, which gets no body, so "expect-body" and "expect-json" cannot be checked: use GET.');
    }
    const timeoutMs = inputs.duration('timeout', 120_000, { min: 100 });
    const intervalMs = inputs.duration('interval', 5000, { min: 10 });
    const backoff = inputs.enum('backoff', BACKOFFS, 'fixed');
    const maxIntervalMs = inputs.duration('max-interval', 30_000, { min: 10 });
    if (backoff === 'exponential' && maxIntervalMs < intervalMs) {
        throw inputs_invalidValue('max-interval', inputs.raw('max-interval'), `must be at least the interval (${inputs.raw('interval') || '5s'}) with exponential backoff`);
    }
    const stableForMs = inputs.duration('stable-for', 0);
    if (stableForMs >= timeoutMs) {
        throw inputs_invalidValue('stable-for', inputs.raw('stable-for'), `must be shorter than the timeout (${inputs.raw('timeout') || '2m'}), which must also cover the start-up`);
    }
    const tls = readTls(inputs, readFile);
    return {
        urls,
        method,
        headers: readHeaders(inputs),
        expectations: { statuses, ...(body ? { body } : {}), json },
        consecutiveSuccesses: inputs.integer('consecutive-successes', 1, { min: 1, max: 1000 }),
        stableForMs,
        intervalMs,
        backoff,
        maxIntervalMs,
        maxAttempts: inputs.integer('max-attempts', 0, { min: 0 }),
        requestTimeoutMs: inputs.duration('request-timeout', 10_000, { min: 10 }),
        timeoutMs,
        followRedirects: inputs.boolean('follow-redirects', false),
        tls,
        maxBodyBytes: inputs.integer('max-body-bytes', 1024 * 1024, { min: 1024, max: 64 * 1024 * 1024 }),
    };
}
function readUrls(inputs) {
    const urls = [...new Set(inputs.list('url', { commas: false }))];
    if (urls.length === 0)
        throw new errors_ConfigError('Input "url" is required: give one or more http:// or https:// URLs, one per line.');
    if (urls.length > MAX_URLS)
        throw inputs_invalidValue('url', `${urls.length} URLs`, `give at most ${MAX_URLS}`);
    for (const url of urls) {
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            throw inputs_invalidValue('url', url.replace(/\/\/[^/@]*@/, '//***@'), 'expected an absolute http:// or https:// URL, one per line');
        }
        // A password or a token in the query string must not reach the log, errors included.
        inputs.mask(decodeURIComponent(parsed.password));
        for (const value of parsed.searchParams.values())
            if (value.length >= 8)
                inputs.mask(value);
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
            throw inputs_invalidValue('url', safeUrl(url), 'only http:// and https:// URLs can be checked');
        }
    }
    return urls;
}
/** Header values are secrets: Inputs.headers masks them and never quotes a line in an error. */
function readHeaders(inputs) {
    return Object.fromEntries(inputs.headers('headers'));
}
function readBody(inputs) {
    const text = inputs.optional('expect-body');
    if (text === undefined)
        return undefined;
    try {
        return parseBodyExpectation(text);
    }
    catch (error) {
        throw inputs_invalidValue('expect-body', text, `not a valid regular expression (${error.message}); without the slashes it is a plain substring`);
    }
}
function readJson(inputs) {
    return inputs.list('expect-json', { commas: false }).map((line) => {
        const at = line.indexOf('=');
        const expectation = at > 0 && at < line.length - 1
            ? parseJsonExpectation(line.slice(0, at).trim(), line.slice(at + 1).trim())
            : undefined;
        if (!expectation)
            throw inputs_invalidValue('expect-json', line, 'expected one "path=value" per line, such as status=ok|healthy or checks.database=ok');
        return expectation;
    });
}
function readTls(inputs, readFile) {
    const insecure = inputs.boolean('insecure', false);
    const caInput = inputs.optional('ca-cert');
    if (caInput === undefined)
        return { insecure };
    if (insecure) {
        throw new errors_ConfigError('Only one of "insecure: true" and "ca-cert" can be set: ' +
            'ca-cert trusts one more CA, insecure trusts any certificate.');
    }
    const isPem = caInput.startsWith('-----BEGIN');
    let pem = caInput;
    if (!isPem) {
        try {
            pem = readFile(caInput);
        }
        catch (error) {
            throw inputs_invalidValue('ca-cert', caInput, 'expected PEM text or the path of a PEM file, ' +
                `and the file could not be read (${error.code ?? 'error'})`);
        }
    }
    try {
        new external_node_crypto_.X509Certificate(pem);
    }
    catch {
        throw isPem
            ? new errors_ConfigError('Input "ca-cert" is not a readable PEM certificate: ' +
                'expected -----BEGIN CERTIFICATE----- text or the path of a PEM file.')
            : inputs_invalidValue('ca-cert', caInput, 'the file is not a PEM certificate (-----BEGIN CERTIFICATE-----)');
    }
    return { insecure: false, ca: pem };
}
function readRollbackConfig(inputs, run) {
    const provider = inputs.enum('rollback', rollback_PROVIDER_NAMES, 'none');
    const command = inputs.optional('rollback-command');
    const to = inputs.optional('rollback-to');
    const token = inputs.secret('rollback-token');
    const common = {
        ...(to !== undefined ? { to } : {}),
        timeoutMs: inputs.duration('rollback-timeout', 300_000, { min: 1000 }),
        verify: inputs.boolean('verify-after-rollback', true),
    };
    if (command !== undefined && provider !== 'command' && provider !== 'ssh') {
        throw new errors_ConfigError(provider === 'none'
            ? 'Input "rollback-command" is set but "rollback" is "none": set rollback: command to run it.'
            : `Input "rollback-command" is set but "rollback" is "${provider}", which does not run it: ` +
                'rollback: command runs it on the runner, rollback: ssh on the host.');
    }
    if (token !== undefined && !rollbackUsesToken(provider)) {
        const takers = PROVIDER_NAMES.filter(rollbackUsesToken);
        throw new errors_ConfigError(`Input "rollback-token" is set but "rollback" is "${provider}", which does not use it: ` +
            `it is the secret of rollback: ${takers.slice(0, -1).join(', ')} or ${takers.at(-1)}.`);
    }
    if (provider === 'none')
        return { provider, ...common };
    const chosen = providerFor(provider);
    const secret = () => {
        if (token === undefined)
            throw new errors_ConfigError(`Input "rollback-token" is required when "rollback" is "${provider}": ${chosen.rollbackToken}.`);
        return token;
    };
    return chosen.readRollbackTarget(inputs, { token: secret, command, common, repo: run.repo });
}
/** Whether a rollback provider takes rollback-token (railway, vercel, cloud-run). */
function rollbackUsesToken(provider) {
    return findProvider(provider)?.rollbackToken !== undefined;
}

;// CONCATENATED MODULE: ./build/lib/gate.js

/**
 * The secret gate. Secrets cannot appear in `if:` conditions and are withheld from fork and
 * Dependabot runs, so the action takes the secret as an input and decides: present -> go on;
 * empty -> skip with a notice saying why that is normal; empty but required -> a clear error.
 */
function secretGate(request) {
    if (request.value !== undefined)
        return { open: true, secret: request.value };
    if (request.required) {
        throw new errors_ConfigError(`Input "${request.input}" is empty but required (require-token: true): set the ${request.secretName} secret ` +
            `and pass it as ${request.input}: \${{ secrets.${request.secretName} }}. Secrets are not passed to workflows ` +
            'triggered from forks or by Dependabot.');
    }
    return {
        open: false,
        reason: `${request.input} empty`,
        notice: `Skipped ${request.what}: input "${request.input}" is empty, ` +
            `so the ${request.secretName} secret is not available to this run. ` +
            'That is expected on pull requests from forks and on Dependabot runs, which get no secrets; ' +
            'set require-token: true to make a missing secret fail the step instead.',
    };
}

;// CONCATENATED MODULE: ./build/deploy/config.js




/**
 * The one place deploy's inputs are read. The pipeline (root action.yml) reuses these types and
 * `readConfig`, then calls `deploy(config, deps)`.
 */
const config_PROVIDERS = PROVIDER_NAMES;
function config_readConfig(inputs, { run }) {
    const provider = inputs.enum('provider', config_PROVIDERS);
    if (provider === undefined)
        throw new errors_ConfigError(`Input "provider" is required: give one of ${orList(config_PROVIDERS, 'or')}.`);
    const required = inputs.boolean('require-token', false);
    const token = inputs.secret('token');
    const chosen = providerFor(provider);
    const gateSpec = chosen.deployGate(inputs);
    const gate = secretGate({
        ...gateSpec,
        value: gateSpec.input === 'token' ? token : inputs.secret(gateSpec.input),
        required,
    });
    const githubToken = inputs.secret('github-token');
    const config = {
        provider,
        environment: inputs.optional('environment'),
        workingDirectory: inputs.string('working-directory', '.'),
        timeoutMs: inputs.duration('timeout', 30 * 60_000, { min: 1000 }),
        pollIntervalMs: inputs.duration('poll-interval', 5000, { min: 100, max: 5 * 60_000 }),
        github: githubToken
            ? { token: githubToken, environmentUrl: optionalHttpUrl(inputs, 'environment-url') }
            : undefined,
    };
    if (!gate.open)
        return { ...config, skip: { reason: gate.reason, notice: gate.notice } };
    const given = { secret: gate.secret, token, environment: config.environment, repo: run.repo };
    return { ...config, target: chosen.readDeployTarget(inputs, given) };
}

;// CONCATENATED MODULE: ./build/slack-notify/mentions.js

const ACCEPTS = 'expected here, channel, everyone, a member ID (U0123ABCD or @U0123ABCD), a user group ID (S0123ABCD) ' +
    'or <!here>, <@U0123ABCD>, <!subteam^S0123ABCD>; Slack cannot mention a user by name, use the member ID ' +
    '(profile -> ⋮ -> Copy member ID)';
const SPECIAL = new Set(['here', 'channel', 'everyone']);
/**
 * Turns the `mention` input's items into Slack's mention syntax. Only these shapes are accepted, so
 * the mention input cannot smuggle other markup into the message.
 */
function parseMentions(items) {
    return items.map((item) => {
        const bare = item.replace(/^@/, '').replace(/^!/, '');
        if (SPECIAL.has(bare.toLowerCase()))
            return `<!${bare.toLowerCase()}>`;
        if (/^[UW][A-Z0-9]{4,}$/.test(bare))
            return `<@${bare}>`;
        if (/^S[A-Z0-9]{4,}$/.test(bare))
            return `<!subteam^${bare}>`;
        if (/^<!(here|channel|everyone)>$/.test(item) ||
            /^<@[UW][A-Z0-9]{4,}>$/.test(item) ||
            /^<!subteam\^S[A-Z0-9]{4,}>$/.test(item)) {
            return item;
        }
        throw inputs_invalidValue('mention', item, ACCEPTS);
    });
}

;// CONCATENATED MODULE: ./build/slack-notify/payload.js

/**
 * The `payload` input: a JSON object, or a YAML mapping (what is easier to write in a workflow).
 * Text that starts with `{` is read as JSON so that a JSON mistake is reported as one, with its
 * line and column. The YAML parser is passed in, so that it is loaded only when a payload is used.
 */
function parsePayload(text, parseYaml) {
    let value;
    if (text.trimStart().startsWith('{')) {
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new errors_ConfigError(`Invalid "payload": not valid JSON: ${firstLine(error)}.`);
        }
    }
    else {
        try {
            value = parseYaml(text);
        }
        catch (error) {
            throw new errors_ConfigError(`Invalid "payload": not valid YAML: ${firstLine(error)}.`);
        }
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors_ConfigError('Invalid "payload": expected a JSON object or a YAML mapping with text, blocks or attachments, ' +
            `got ${Array.isArray(value) ? 'a list' : value === null ? 'nothing' : `a ${typeof value}`}.`);
    }
    return value;
}
/** Parse errors from `yaml` carry a code snippet after the first line; the first line names the place. */
function firstLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    return (message.split('\n')[0] ?? message).replace(/[:.]\s*$/, '');
}

;// CONCATENATED MODULE: ./build/slack-notify/config.js






const TS_HELP = 'expected a Slack message ts such as 1503435956.000247 (the ts output of the step that posted it)';
const DEFAULT_API_URL = 'https://slack.com/api';
/**
 * Reads and validates every input. All inputs are read before the one `await` (the YAML parser,
 * loaded only when a YAML payload is given). `now` is when the run is, for the duration of an update.
 * Reading masks the secrets: both inputs whole, and a webhook URL's path on its own (see below).
 */
async function slack_notify_config_readConfig(inputs, { run, effects, secrets }) {
    const now = effects.clock.now();
    const webhookUrl = inputs.secret('webhook-url');
    const token = inputs.secret('bot-token');
    const requireToken = inputs.boolean('require-token', false);
    const channel = inputs.optional('channel');
    const updateTs = slackTs(inputs, 'update-ts');
    const threadTs = slackTs(inputs, 'thread-ts');
    const apiUrl = (optionalHttpUrl(inputs, 'api-url') ?? DEFAULT_API_URL).replace(/\/+$/, '');
    const payloadText = inputs.optional('payload');
    const durationMs = inputs.duration('duration', undefined);
    const message = {
        status: inputs.enum('status', STATUSES, 'success'),
        title: inputs.optional('title'),
        text: inputs.optional('text'),
        fields: [...inputs.keyValues('fields')],
        environment: inputs.optional('environment'),
        url: optionalHttpUrl(inputs, 'url'),
        mentions: parseMentions(inputs.list('mention')),
        durationMs: durationMs ?? durationSince(updateTs, now),
        run: runFacts(run),
    };
    const common = {
        message,
        failOnError: inputs.boolean('fail-on-error', false),
        retries: inputs.integer('retries', 3, { min: 0, max: 10 }),
        timeoutMs: inputs.duration('timeout', 10_000, { min: 100, max: 300_000 }),
        notes: [],
    };
    const gate = secretGate({
        value: token ?? webhookUrl,
        input: 'webhook-url',
        secretName: 'SLACK_WEBHOOK_URL',
        what: 'the Slack notification (no webhook-url or bot-token)',
        required: requireToken,
    });
    if (!gate.open)
        return { ...common, destination: { kind: 'skip', notice: gate.notice } };
    if (updateTs && threadTs) {
        throw new errors_ConfigError('Only one of "update-ts" or "thread-ts" can be set: to edit a reply, pass its own ts as update-ts.');
    }
    const payload = payloadText === undefined ? undefined : parsePayload(payloadText, await loadYamlParser(payloadText));
    let destination;
    if (token) {
        if (/^https?:\/\//i.test(token)) {
            throw new errors_ConfigError('Input "bot-token" holds a URL, not a token: pass an incoming webhook URL as webhook-url.');
        }
        if (webhookUrl)
            common.notes.push('Both bot-token and webhook-url are set: posting with bot-token; webhook-url is ignored.');
        const target = channel ?? (typeof payload?.['channel'] === 'string' ? payload['channel'] : undefined);
        if (!target) {
            throw new errors_ConfigError('Input "channel" is required with "bot-token": give a channel ID such as C0123456789' +
                (updateTs ? ' (to update a message, the channel output of the step that posted it)' : '') +
                '.');
        }
        destination = { kind: 'web-api', token, apiUrl, channel: target, updateTs, threadTs };
    }
    else {
        const url = webhookUrl;
        // The URL is the secret: never show it, not even in this error.
        if (!/^https?:\/\/[^\s/]+\/\S*$/i.test(url) || !URL.canParse(url)) {
            throw new errors_ConfigError('Input "webhook-url" is not an http(s) URL (its value is not shown: it is a secret)' +
                (/^xox/.test(url) ? '; it looks like a token: pass it as bot-token' : '') +
                '.');
        }
        if (updateTs)
            throw new errors_ConfigError('Input "update-ts" needs bot-token: an incoming webhook cannot edit a message it posted.');
        // The path is the secret part, and it is what an error names on its own (`safeUrl`: the host
        // and path, without the rest), so it is masked by itself too, before anything can log it. A
        // path too short to be a secret (`/`) is not: masking it would hide every slash in the job.
        const path = new URL(url).pathname;
        if (path.length >= 8)
            secrets.add(path);
        destination = { kind: 'webhook', webhookUrl: url, threadTs };
    }
    return { ...common, destination, ...(payload ? { payload } : {}) };
}
function runFacts(run) {
    const { serverUrl, repository, sha, shortSha, refName, actor, runUrl, workflow, job, commitSubject } = run;
    return { serverUrl, repository, sha, shortSha, refName, actor, runUrl, workflow, job, commitSubject };
}
function slackTs(inputs, name) {
    const value = inputs.optional(name);
    if (value !== undefined && !/^\d{9,11}\.\d{1,6}$/.test(value))
        throw inputs_invalidValue(name, value, TS_HELP);
    return value;
}
/** A message's ts is the second it was posted: an update tells how long since then. */
function durationSince(ts, now) {
    if (ts === undefined)
        return undefined;
    const elapsed = now - Number(ts) * 1000;
    return elapsed >= 0 && elapsed < 7 * 24 * 3_600_000 ? elapsed : undefined;
}
async function loadYamlParser(text) {
    if (text.trimStart().startsWith('{'))
        return () => undefined; // JSON: the YAML parser is not needed
    const { parse } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    return (source) => parse(source);
}

;// CONCATENATED MODULE: ./build/pipeline/names.js
/**
 * How the pipeline (root action.yml) names the inputs of the three actions it composes. The
 * sub-actions' own config readers read them through `Inputs.readAs(rule, readConfig)`, so the
 * pipeline parses nothing twice, and scripts/pipeline-action.mjs writes the root action.yml's
 * inputs with the same rules: a new input of a sub-action appears in the pipeline by re-running it.
 *
 * - deploy: its own names (the pipeline is mostly a deploy), except ssh blue-green's `health-url`
 *   and `health-timeout`, which become `blue-green-health-url` / `blue-green-health-timeout`.
 * - health-check, checking (what `readCheckConfig` reads): `health-` + name (`health-url`, …).
 * - health-check, rolling back (what `readRollbackConfig` reads) and `fail-on-unhealthy`: named as
 *   deploy's inputs are (so blue-green's `health-url` is `blue-green-health-url`). One that deploy
 *   also has (`service`, `ssh-host`, `project`, …) IS the deploy's input: the rollback returns the
 *   service that was deployed.
 * - slack-notify: `slack-` + name, except what the pipeline says itself (status, title, url,
 *   duration, the ts to update, payload, thread-ts) and `environment`, which is the deploy's.
 */
function deployInput(name) {
    return name.startsWith('health-') ? `blue-green-${name}` : name;
}
function checkInput(name) {
    return `health-${name}`;
}
function rollbackInput(name) {
    // Named as deploy names its inputs, so a shared one (ssh blue-green's health-url) is one input.
    return deployInput(name);
}
/** Rollback inputs that, left empty, take a deploy input's value (the same secret usually serves both). */
const ROLLBACK_FALLBACKS = { 'rollback-token': 'token' };
/**
 * health-check inputs the pipeline fills in itself: the deploy's GitHub Deployment id (its token is
 * deploy's github-token).
 */
const CHECK_SUPPLIED = (/* unused pure expression or super */ null && (['github-deployment-id']));
/** Slack inputs the pipeline fills in itself from what happened; not inputs of the pipeline. */
const SLACK_SUPPLIED = ['status', 'title', 'url', 'duration', 'update-ts', 'thread-ts', 'payload'];
function slackInput(name) {
    if (SLACK_SUPPLIED.includes(name))
        return { value: '' };
    if (name === 'environment')
        return 'environment';
    return `slack-${name}`;
}
/** `rollback: auto` (the pipeline's default) picks a provider; see rollbackProvider in config.ts. */
const AUTO_ROLLBACK = 'auto';

;// CONCATENATED MODULE: ./build/pipeline/config.js







/**
 * Each sub-action's own reader, on the pipeline's inputs under the names of names.ts. The order is
 * the order of the story: a bad deploy input is reported before a bad Slack input.
 */
async function pipeline_config_readConfig(inputs, context) {
    const { run, effects } = context;
    const deploy = inputs.readAs(deployInput, (sub) => config_readConfig(sub, context));
    const checking = inputs.list(checkInput('url'), { commas: false }).length > 0;
    const check = checking
        ? inputs.readAs(checkInput, (sub) => readCheckConfig(sub, (path) => effects.files.read(path)))
        : undefined;
    const given = inputs.string(rollbackInput('rollback'), AUTO_ROLLBACK);
    const choices = [AUTO_ROLLBACK, ...rollback_PROVIDER_NAMES];
    if (!choices.includes(given.toLowerCase()))
        throw inputs_invalidValue('rollback', given, `valid values are ${orList(choices)}`);
    const hasCommand = inputs.optional(rollbackInput('rollback-command')) !== undefined;
    if (!checking && (hasCommand || !['none', AUTO_ROLLBACK].includes(given.toLowerCase()))) {
        throw new errors_ConfigError(`Input "${hasCommand ? 'rollback-command' : 'rollback'}" is set but "health-url" is empty: ` +
            'the rollback runs when the health check after the deploy fails, so give health-url.');
    }
    const auto = given.toLowerCase() === AUTO_ROLLBACK ? autoRollback(deploy, checking, hasCommand) : undefined;
    // A skipped deploy (an empty secret, e.g. on a fork) rolls nothing back, whatever rollback says:
    // its provider's inputs and secret are not for health-check to demand.
    const skipped = deploy.skip !== undefined;
    const rollbackSource = (name) => {
        if (name === 'rollback' && skipped)
            return { value: 'none' };
        if (name === 'rollback' && auto)
            return { value: auto.provider };
        if (name === 'rollback-command' && (skipped || auto?.provider === 'none'))
            return { value: '' };
        // The deploy's token serves the rollback too, for the providers that take one.
        const fallback = ROLLBACK_FALLBACKS[name];
        if (fallback && inputs.raw(rollbackInput(name)) === '' && rollbackUsesToken(auto?.provider ?? given))
            return deployInput(fallback);
        return rollbackInput(name);
    };
    let rollback;
    try {
        rollback = inputs.readAs(rollbackSource, (sub) => readRollbackConfig(sub, run));
    }
    catch (error) {
        if (error instanceof errors_ConfigError && auto)
            throw new errors_ConfigError(`${error.message} (${auto.why}; set rollback: none to roll back nothing.)`);
        throw error;
    }
    const failOnUnhealthy = inputs.boolean('fail-on-unhealthy', true);
    const slack = await inputs.readAs(slackInput, (sub) => slack_notify_config_readConfig(sub, context));
    return {
        deploy,
        ...(check ? { check } : {}),
        rollback,
        ...(auto ? { rollbackChoice: auto.why } : {}),
        failOnUnhealthy,
        slack,
    };
}
/**
 * `rollback: auto`: a rollback with `rollback-command` when one is given, else with the deploy's
 * own provider when health-check can roll it back; nothing when there is nothing to check or
 * nothing will be deployed (a skip).
 */
function autoRollback(deploy, checking, hasCommand) {
    if (deploy.skip)
        return { provider: 'none', why: 'rollback: auto rolls back nothing when the deploy is skipped' };
    if (!checking)
        return { provider: 'none', why: 'rollback: auto rolls back nothing without health-url' };
    if (hasCommand)
        return { provider: 'command', why: 'rollback: auto runs rollback-command' };
    const known = rollback_PROVIDER_NAMES.filter((name) => name !== 'none' && name !== 'command');
    if (known.includes(deploy.provider))
        return {
            provider: deploy.provider,
            why: `rollback: auto rolls back with ${deploy.provider}, the deploy's provider`,
        };
    return {
        provider: 'none',
        why: 'rollback: auto has no rollback for provider ' +
            `${deploy.provider}${known.length ? ` (health-check rolls back ${orList(known, 'or')})` : ''}: ` +
            'give rollback-command',
    };
}

;// CONCATENATED MODULE: ./build/deploy/summary.js

const summary_PROVIDER_NAMES = {
    railway: 'Railway',
    vercel: 'Vercel',
    'cloud-run': 'Cloud Run',
    ssh: 'SSH',
    command: 'command',
};
/** The job summary: what was deployed where, what a rollback returns to, or why nothing was. */
function deploySummary(result) {
    const provider = summary_PROVIDER_NAMES[result.provider];
    if (result.skipped) {
        return `### ${ICON.skip} Deploy skipped (${provider})\n\n${mdText(result.notice ?? result.reason)}\n`;
    }
    const title = result.deployed
        ? `${ICON.pass} Deployed with ${provider}`
        : `${ICON.fail} Deploy with ${provider} failed`;
    const code = (value) => (value ? `\`${mdText(value).replace(/`/g, "'")}\`` : '—');
    const rows = [
        ['Environment', result.environment ? mdText(result.environment) : '—'],
        ['Deployment', code(result.deploymentId)],
        ['Previous (rollback target)', code(result.previousDeploymentId)],
        ['URL', result.url ? mdLink(result.url, result.url) : '—'],
        ['Status', result.status ? mdText(result.status) : '—'],
        ['Duration', formatDuration(result.durationMs)],
    ];
    if (result.githubDeploymentId)
        rows.push(['GitHub Deployment', code(result.githubDeploymentId)]);
    const error = result.error ? `\n\n**Why:** ${mdText(result.error)}` : '';
    return `### ${title}\n\n${mdTable(['', ''], rows)}${error}\n`;
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

;// CONCATENATED MODULE: ./build/health-check/summary.js




/**
 * The job summary, pure: the verdict, a timeline of the check (and rollback and re-check), then a
 * table and a latency chart per URL, what was expected and seen on failure, the rollback story.
 * `timeline: false` leaves the timeline out (the pipeline draws one that starts with its deploy).
 */
function summaryMarkdown(health, rollback, verdict, check, options = {}) {
    const icon = health.healthy ? ICON.pass : ICON.fail;
    const parts = [
        `## ${icon} Health check: ${health.healthy ? 'healthy' : 'unhealthy'}`,
        '',
        mdText(verdict.message),
        '',
    ];
    if (options.timeline !== false)
        parts.push(ganttChart({ title: 'What happened', sections: checkTimeline(health, rollback, 0).sections }), '');
    parts.push(...urlSections(health, check));
    if (rollback?.attempted) {
        const outcome = rollback.outcome;
        parts.push(`### ${outcome.ok ? ICON.pass : ICON.fail} Rollback`, '', mdTable(['Provider', 'Action', 'Result', 'Took'], [
            [
                mdText(rollback.provider),
                mdText(rollback.description),
                `${outcome.ok ? 'done' : '**failed**'}: ${mdText(outcome.detail)}`,
                formatDuration(outcome.durationMs),
            ],
        ]), '');
        // The provider's own words (markdown it wrote, no user text): something to act on.
        if (outcome.note)
            parts.push(`> ${ICON.warn} ${outcome.note}`, '');
        if (rollback.verification) {
            parts.push(`### ${rollback.healthyAfter ? ICON.pass : ICON.fail} Health after the rollback`, '', ...urlSections(rollback.verification, check));
        }
        else if (outcome.ok) {
            parts.push('Health after the rollback was not checked (verify-after-rollback: false).', '');
        }
    }
    return parts.join('\n');
}
function urlSections(health, check) {
    return health.urls.flatMap((result) => [...urlSection(urlReport(result, check)), ...latencySection(result)]);
}
/**
 * The timeline of a check, its rollback and the check after it, from `offsetMs` on: one bar per
 * URL (when its probes started and stopped), one for the rollback. The phases follow each other.
 */
function checkTimeline(health, rollback, offsetMs) {
    const sections = [];
    let at = offsetMs;
    const phase = (name, result) => {
        const first = Math.min(Infinity, ...result.urls.map((url) => url.startedAt));
        const tasks = result.urls.map((url) => ({
            label: `${VERDICT_WORD[url.verdict.kind]}, ${url.attempts} probe${url.attempts === 1 ? '' : 's'} ` +
                `in ${formatDuration(url.endedAt - url.startedAt)}, ${shortUrl(url.url)}`,
            startMs: at + (url.startedAt - first),
            endMs: at + (url.endedAt - first),
            state: url.verdict.kind === 'healthy' ? 'done' : url.verdict.kind === 'cancelled' ? 'active' : 'crit',
        }));
        sections.push({ name, tasks });
        at = Math.max(at + result.elapsedMs, ...tasks.map((task) => task.endMs));
    };
    phase('Health check', health);
    if (rollback?.attempted && rollback.outcome) {
        const { ok, durationMs } = rollback.outcome;
        sections.push({
            name: 'Rollback',
            tasks: [
                {
                    label: `Rollback with ${rollback.provider} ${ok ? 'done' : 'failed'} in ${formatDuration(durationMs)}`,
                    startMs: at,
                    endMs: at + durationMs,
                    state: ok ? 'done' : 'crit',
                },
            ],
        });
        at += durationMs;
        if (rollback.verification)
            phase('After rollback', rollback.verification);
    }
    return { sections, endMs: at };
}
const VERDICT_WORD = { healthy: 'Healthy', unhealthy: 'Unhealthy', cancelled: 'Stopped' };
/** `api.example.com/health`: the URL without its scheme (and without credentials). */
function shortUrl(url) {
    return safeUrl(url).replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}
const LATENCY_BARS = 60;
/** A bar per probe of one URL (the last 60): how long each took, answered or not. One probe: the table says it all. */
function latencySection(result) {
    if (result.probes.length < 2)
        return [];
    const shown = result.probes.slice(-LATENCY_BARS);
    const which = shown.length < result.probes.length ? `last ${shown.length} of ${result.probes.length} probes` : 'each probe';
    return [
        barChart({
            title: `Latency of ${which} in ms, ${shortUrl(result.url)}`,
            labels: shown.map((probe) => String(probe.attempt)),
            axis: 'ms',
            bars: shown.map((probe) => probe.latencyMs),
            height: 240,
        }),
        '',
    ];
}
const summary_ms = (value) => (value === null ? '–' : `${value} ms`);
function urlSection(report) {
    const icon = report.healthy ? ICON.pass : report.verdict === 'cancelled' ? ICON.skip : ICON.fail;
    const lines = [
        `#### ${icon} \`${report.url.replace(/`/g, '%60')}\``,
        '',
        mdTable(['Verdict', 'Attempts', 'Last status', 'Latency p50', 'Latency p95', 'Elapsed'], [
            [
                report.verdict,
                String(report.attempts),
                report.lastStatus === null ? 'no answer' : String(report.lastStatus),
                summary_ms(report.latencyMs.p50),
                summary_ms(report.latencyMs.p95),
                formatDuration(report.elapsedMs),
            ],
        ]),
        '',
    ];
    if (report.healthy)
        return lines;
    lines.push(mdText(report.reason), '');
    if (report.mismatches.length > 0) {
        lines.push(mdTable(['Check', 'Expected', 'Seen'], report.mismatches.map((m) => [`\`${mdText(m.subject)}\``, mdText(m.expected), mdText(m.seen)])), '');
    }
    else if (report.lastError) {
        lines.push(mdTable(['Expected', 'Seen'], [['an HTTP answer', mdText(report.lastError)]]), '');
    }
    if (report.bodyExcerpt)
        lines.push(mdDetails('Body of the answer (excerpt)', mdCode(report.bodyExcerpt)), '');
    return lines;
}

;// CONCATENATED MODULE: ./build/slack-notify/summary.js

/** The job summary's one line: sent where, skipped why, or what Slack said. */
function summaryLine(outcome, failure) {
    if (outcome.skipped)
        return (`${ICON.skip} Slack notification skipped: no webhook-url or bot-token on this run ` +
            '(secrets are not passed to forks and Dependabot).');
    if (outcome.sent) {
        const where = outcome.channel ? ` to ${mdText(outcome.channel)}` : ' through the incoming webhook';
        const verb = outcome.via === 'chat.update' ? 'updated' : 'sent';
        const ts = outcome.ts ? ` (ts ${mdText(outcome.ts)})` : '';
        return `${ICON.pass} Slack notification ${verb}${where}${ts}; ${attempts(outcome)}.`;
    }
    const why = mdText(failure ?? outcome.error ?? 'unknown error');
    return `${ICON.fail} Slack notification failed (${attempts(outcome)}). ${why}`;
}
/** How many requests went to Slack, the retries included: `1 attempt`, `3 attempts`. */
function attempts(outcome) {
    return `${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./build/pipeline/story.js







function pipelineStatus(story) {
    const { deploy, checked } = story;
    if (deploy.skipped)
        return 'skipped';
    if (!deploy.deployed)
        return 'failed';
    if (!checked || checked.outcome.health.healthy)
        return 'deployed';
    return checked.outcome.rollback?.rolledBack ? 'rolled-back' : 'unhealthy';
}
/** `Deployed v3 with command to production in 1.2 s (previous: v2).` */
function deployStory(deploy) {
    if (deploy.skipped)
        return deploy.notice ?? `Deploy skipped: ${deploy.reason}.`;
    const where = deploy.environment ? ` to ${deploy.environment}` : '';
    if (!deploy.deployed)
        return `The deploy with ${deploy.provider}${where} failed: ${deploy.error ?? deploy.reason}`;
    const id = deploy.deploymentId ? ` ${deploy.deploymentId}` : '';
    const previous = deploy.previousDeploymentId ? ` (previous: ${deploy.previousDeploymentId})` : '';
    return `Deployed${id} with ${deploy.provider}${where} in ${formatDuration(deploy.durationMs)}${previous}.`;
}
/** The whole story in a few sentences: the deploy, then the health check and rollback verdict. */
function storyText(story) {
    const parts = [deployStory(story.deploy)];
    if (story.checked)
        parts.push(story.checked.verdict.message);
    else if (story.deploy.deployed)
        parts.push('No health check (health-url is empty).');
    return parts.join(' ');
}
/** The step's failure message, or undefined when the step passes. */
function failureMessage(story) {
    if (!story.deploy.skipped && !story.deploy.deployed)
        return deployStory(story.deploy);
    if (story.checked?.verdict.failed)
        return storyText(story);
    return undefined;
}
const SLACK_STATUS = {
    deployed: 'success',
    'rolled-back': 'failure',
    unhealthy: 'failure',
    failed: 'failure',
    skipped: 'skipped',
};
const SLACK_TITLE = {
    'rolled-back': 'Deploy rolled back (unhealthy release)',
    unhealthy: 'Deploy unhealthy',
};
/** The "deploying…" message: the configured one, as started. */
function startMessage(base, provider) {
    return { ...base, status: 'started', title: 'Deploying…', text: joinText(base.text, `Deploying with ${provider}…`) };
}
/** The final message: the configured one (text, fields, mentions) with the story added. */
function finalMessage(base, story, durationMs) {
    const status = pipelineStatus(story);
    const { deploy, checked } = story;
    const fields = [...base.fields];
    if (deploy.deploymentId)
        fields.push(['Deployment', deploy.deploymentId]);
    if (checked)
        fields.push(['Health', healthWord(checked.outcome)]);
    if (checked?.outcome.rollback?.attempted)
        fields.push(['Rollback', rollbackWord(checked.outcome)]);
    const title = SLACK_TITLE[status];
    return {
        ...base,
        status: SLACK_STATUS[status],
        ...(title ? { title } : {}),
        text: joinText(base.text, storyText(story)),
        fields,
        ...(/^https?:\/\//i.test(deploy.url) ? { url: deploy.url } : {}),
        durationMs,
    };
}
function joinText(mine, story) {
    return mine ? `${mine}\n${story}` : story;
}
function healthWord(outcome) {
    const code = outcome.health.statusCode === undefined ? '' : ` (HTTP ${outcome.health.statusCode})`;
    return outcome.health.healthy ? 'healthy' : `unhealthy${code}`;
}
function rollbackWord(outcome) {
    const rollback = outcome.rollback;
    const to = rollback.description;
    if (!rollback.rolledBack)
        return `failed: ${to}`;
    if (!rollback.verification)
        return `done, not verified: ${to}`;
    return `${rollback.healthyAfter ? 'healthy again' : 'still unhealthy'}: ${to}`;
}
const TITLES = {
    deployed: `${ICON.pass} Deployed`,
    'rolled-back': `${ICON.fail} Rolled back (unhealthy release)`,
    unhealthy: `${ICON.fail} Deployed, but unhealthy`,
    failed: `${ICON.fail} Deploy failed`,
    skipped: `${ICON.skip} Deploy skipped`,
};
/** The job summary: the story and a table of the steps, then each action's own section. */
function pipelineSummary(story, notification, where) {
    const status = pipelineStatus(story);
    const { deploy, checked } = story;
    const rows = [['Deploy', deployCell(deploy)]];
    if (checked) {
        const { outcome } = checked;
        rows.push(['Health check', `${outcome.health.healthy ? ICON.pass : ICON.fail} ${healthWord(outcome)}`]);
        const rollback = outcome.rollback;
        if (rollback)
            rows.push([
                'Rollback',
                rollback.attempted
                    ? `${rollback.healthyAfter ? ICON.pass : ICON.fail} ${mdText(rollbackWord(outcome))}`
                    : '— none configured',
            ]);
    }
    else if (deploy.deployed) {
        rows.push(['Health check', '— not configured (health-url is empty)']);
    }
    rows.push(['Slack', slackCell(notification)]);
    const parts = [
        `## ${TITLES[status]}${where ? `: ${mdText(where)}` : ''}`,
        '',
        mdText(storyText(story)),
        '',
        mdTable(['Step', 'Result'], rows),
        '',
        ...timeline(story),
        demote(deploySummary(deploy)),
    ];
    if (checked)
        parts.push(demote(summaryMarkdown(checked.outcome.health, checked.outcome.rollback, checked.verdict, checked.config, {
            timeline: false,
        })));
    parts.push('### Slack', '', slackLines(notification), '');
    return parts.join('\n');
}
/** The timeline: the deploy, then the health check, rollback and re-check (nothing for a skipped deploy). */
function timeline({ deploy, checked }) {
    if (deploy.skipped)
        return [];
    const deployed = {
        label: `Deploy ${deploy.deploymentId ? `${deploy.deploymentId} ` : ''}with ${deploy.provider} ` +
            `${deploy.deployed ? 'done' : 'failed'} in ${formatDuration(deploy.durationMs)}`,
        startMs: 0,
        endMs: deploy.durationMs,
        state: deploy.deployed ? 'done' : 'crit',
    };
    const after = checked
        ? checkTimeline(checked.outcome.health, checked.outcome.rollback, deploy.durationMs).sections
        : [];
    return [ganttChart({ title: 'What happened', sections: [{ name: 'Deploy', tasks: [deployed] }, ...after] }), ''];
}
function deployCell(deploy) {
    if (deploy.skipped)
        return `${ICON.skip} skipped: ${mdText(deploy.reason)}`;
    if (!deploy.deployed)
        return `${ICON.fail} failed with ${mdText(deploy.provider)}`;
    const id = deploy.deploymentId ? ` \`${mdText(deploy.deploymentId).replace(/`/g, "'")}\`` : '';
    return `${ICON.pass} deployed${id} with ${mdText(deploy.provider)} in ${formatDuration(deploy.durationMs)}`;
}
function slackCell({ start, final }) {
    if (final.skipped)
        return `${ICON.skip} skipped (no slack-webhook-url or slack-bot-token)`;
    if (!final.sent)
        return `${ICON.warn} not sent: ${mdText(final.error ?? 'unknown error')}`;
    const how = final.via === 'chat.update'
        ? 'updated in place'
        : start?.sent === false
            ? 'sent (the start message was not)'
            : 'sent';
    return `${ICON.pass} ${how}${final.channel ? ` in ${mdText(final.channel)}` : ''}`;
}
function slackLines({ start, final }) {
    const lines = [];
    if (start)
        lines.push(start.sent
            ? `${ICON.pass} "Deploying…" posted${start.ts ? ` (ts ${mdText(start.ts)})` : ''}.`
            : summaryLine(start, `The "deploying…" message: ${describeOutcome(start)}`));
    lines.push(summaryLine(final, describeOutcome(final)));
    return lines.join('\n\n');
}
/** Each action's summary starts at `##`; under the pipeline's heading it goes one level down. */
function demote(markdown) {
    return markdown.replace(/^(#{2,5}) /gm, '#$1 ');
}
/** The `report` output: the whole story as JSON. */
function pipelineReport(story, notification, durationMs) {
    const { deploy, checked } = story;
    const rollback = checked?.outcome.rollback;
    return {
        status: pipelineStatus(story),
        durationMs,
        deploy: {
            provider: deploy.provider,
            environment: deploy.environment ?? null,
            deployed: deploy.deployed,
            skipped: deploy.skipped,
            reason: deploy.reason,
            deploymentId: deploy.deploymentId,
            previousDeploymentId: deploy.previousDeploymentId,
            url: deploy.url,
            status: deploy.status,
            durationMs: deploy.durationMs,
        },
        health: checked ? healthReport(checked.outcome.health, checked.config) : null,
        rollback: rollback?.attempted
            ? {
                provider: rollback.provider,
                description: rollback.description,
                ok: rollback.outcome?.ok ?? false,
                detail: rollback.outcome?.detail ?? '',
                healthyAfter: rollback.verification ? rollback.healthyAfter : null,
                health: rollback.verification ? healthReport(rollback.verification, checked.config) : null,
            }
            : null,
        notification: {
            sent: notification.final.sent,
            skipped: notification.final.skipped,
            via: notification.final.via ?? null,
            ts: notification.final.ts ?? null,
            channel: notification.final.channel ?? null,
            error: notification.final.error ?? null,
        },
    };
}

;// CONCATENATED MODULE: ./build/pipeline/main.js













const OUTPUTS = {
    ...DEPLOY_OUTCOME,
    healthy: '',
    'rolled-back': false,
    'rollback-healthy': false,
    notified: false,
    'slack-ts': '',
    status: 'failed',
    'duration-ms': 0,
    report: '{}',
};
/** The action, as index.ts, @github/local-action and tests run it. */
const run = defineAction({ outputs: OUTPUTS, main });
/** Gated deploy -> health check -> rollback when unhealthy -> Slack, each step the sub-action's own code. */
async function main(context, outputs) {
    const { core, effects } = context;
    const started = effects.clock.now();
    let config;
    try {
        config = await pipeline_config_readConfig(context.inputs, context);
    }
    catch (error) {
        outputs.reason = errors_messageOf(error);
        throw error;
    }
    if (config.rollbackChoice)
        core.info(`${config.rollbackChoice}.`);
    const slack = config.slack;
    if (slack.destination.kind === 'skip')
        core.info('Slack: no slack-webhook-url or slack-bot-token on this run, so no message.');
    else
        logSlackNotes(slack, core);
    // With a bot token the team sees "deploying…" at once, and the same message becomes the verdict.
    const start = !config.deploy.skip && slack.destination.kind === 'web-api'
        ? await group(core, 'Slack: deploying…', () => sendLogged({ ...slack, message: startMessage(slack.message, config.deploy.provider) }, context))
        : undefined;
    if (start && !start.sent)
        core.warning(`The "deploying…" Slack message was not sent: ${describeOutcome(start)} The verdict is posted as a new message.`);
    const story = await deployAndCheck(config, context);
    const status = pipelineStatus(story);
    const final = await group(core, 'Slack', () => sendLogged(finalSlack(slack, story, start, effects.clock.now() - started), context));
    const notification = { ...(start ? { start } : {}), final };
    const durationMs = effects.clock.now() - started;
    const { deploy: result, checked } = story;
    Object.assign(outputs, {
        deployed: result.deployed,
        skipped: result.skipped,
        reason: result.reason || (status === 'deployed' ? '' : (checked?.verdict.message ?? '')),
        'deployment-id': result.deploymentId,
        'previous-deployment-id': result.previousDeploymentId,
        url: result.url,
        healthy: checked ? String(checked.outcome.health.healthy) : '',
        'rolled-back': checked?.outcome.rollback?.rolledBack ?? false,
        'rollback-healthy': checked?.outcome.rollback?.healthyAfter ?? false,
        notified: final.sent,
        'slack-ts': final.ts ?? start?.ts ?? '',
        status,
        'duration-ms': durationMs,
        report: context.secrets.redact(JSON.stringify(pipelineReport(story, notification, durationMs))),
    });
    const where = [context.run.repository, result.environment ? `to ${result.environment}` : '']
        .filter(Boolean)
        .join(' ');
    await writeSummary(context, pipelineSummary(story, notification, where));
    if (result.notice)
        core.notice(result.notice);
    const failure = failureMessage(story);
    const slackFailure = final.sent || final.skipped ? undefined : `The Slack message was not sent: ${describeOutcome(final)}`;
    if (slackFailure && slack.failOnError && !failure)
        throw new Error(slackFailure);
    if (slackFailure)
        core.warning(`${slackFailure}${slack.failOnError ? '' : ' The step goes on (slack-fail-on-error: false).'}`);
    if (failure)
        throw new Error(failure);
    if (checked?.verdict.level === 'warning')
        core.warning(checked.verdict.message);
    core.info(`Pipeline: ${status}. ${final.sent ? 'Slack was told.' : ''}`.trim());
}
/** The deploy, then (when it deployed and health-url is set) the health check and the rollback. */
async function deployAndCheck(config, context) {
    const result = await group(context.core, `Deploy (${config.deploy.provider})`, () => deploy(config.deploy, deployDeps(context)));
    if (!result.deployed || !config.check)
        return { deploy: result };
    const rollback = { ...config.rollback, to: config.rollback.to ?? (result.previousDeploymentId || undefined) };
    const outcome = await checkAndRollBack(config.check, rollback, context);
    const record = config.deploy.github && result.githubDeploymentId
        ? { token: config.deploy.github.token, deploymentId: Number(result.githubDeploymentId) }
        : undefined;
    await recordCheckOutcome(record, outcome, outcome.health.healthy ? '' : unhealthyStory(outcome.health, config.check), context);
    const verdict = finalVerdict(outcome.health, outcome.rollback, config.check, config.failOnUnhealthy);
    return { deploy: result, checked: { config: config.check, outcome, verdict } };
}
/** The verdict message: an update of the "deploying…" message when it was posted, else a new one. */
function finalSlack(slack, story, start, durationMs) {
    const message = finalMessage(slack.message, story, durationMs);
    const { destination } = slack;
    if (destination.kind === 'web-api' && start?.sent && start.ts) {
        return {
            ...slack,
            message,
            destination: { ...destination, updateTs: start.ts, channel: start.channel ?? destination.channel },
        };
    }
    return { ...slack, message };
}


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
/******/ var __webpack_exports__ = __nccwpck_require__(1231);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
