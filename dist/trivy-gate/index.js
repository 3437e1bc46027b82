import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 70744:
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

/***/ 89379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(70356)
const { safeRe: re, t } = __nccwpck_require__(95471)
const cmp = __nccwpck_require__(28646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)


/***/ }),

/***/ 96782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(61383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(70356)
const Comparator = __nccwpck_require__(89379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(69737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(95471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(45101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(45101)
const { safeRe: re, t } = __nccwpck_require__(95471)

const parseOptions = __nccwpck_require__(70356)
const { compareIdentifiers } = __nccwpck_require__(73348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 28646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(55082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(16599)
const gte = __nccwpck_require__(41236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(56717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 35385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(16353)
const { safeRe: re, t } = __nccwpck_require__(95471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 37648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 56874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 78469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 70711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 55082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 16599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 41236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 62338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 56717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 68511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 32603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 16353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 48756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 15714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 32173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 87192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(37648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 68011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 29872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(37648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 16114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const constants = __nccwpck_require__(45101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 58780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 62088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(95471)
const constants = __nccwpck_require__(45101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(73348)
const parse = __nccwpck_require__(16353)
const valid = __nccwpck_require__(58780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(62338)
const diff = __nccwpck_require__(70711)
const major = __nccwpck_require__(68511)
const minor = __nccwpck_require__(32603)
const patch = __nccwpck_require__(48756)
const prerelease = __nccwpck_require__(15714)
const compare = __nccwpck_require__(78469)
const rcompare = __nccwpck_require__(32173)
const compareLoose = __nccwpck_require__(56874)
const compareBuild = __nccwpck_require__(37648)
const sort = __nccwpck_require__(29872)
const rsort = __nccwpck_require__(87192)
const gt = __nccwpck_require__(16599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(55082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(41236)
const lte = __nccwpck_require__(56717)
const cmp = __nccwpck_require__(28646)
const coerce = __nccwpck_require__(35385)
const truncate = __nccwpck_require__(16114)
const Comparator = __nccwpck_require__(89379)
const Range = __nccwpck_require__(96782)
const satisfies = __nccwpck_require__(68011)
const toComparators = __nccwpck_require__(54750)
const maxSatisfying = __nccwpck_require__(73193)
const minSatisfying = __nccwpck_require__(68595)
const minVersion = __nccwpck_require__(51866)
const validRange = __nccwpck_require__(64737)
const outside = __nccwpck_require__(10280)
const gtr = __nccwpck_require__(12276)
const ltr = __nccwpck_require__(15213)
const intersects = __nccwpck_require__(23465)
const simplifyRange = __nccwpck_require__(82028)
const subset = __nccwpck_require__(61489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 45101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 73348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 61383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 70356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 95471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(45101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 69737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(45101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 12276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(10280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 23465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 15213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(10280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 73193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 68595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 51866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)
const gt = __nccwpck_require__(16599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 10280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(89379)
const { ANY } = Comparator
const Range = __nccwpck_require__(96782)
const satisfies = __nccwpck_require__(68011)
const gt = __nccwpck_require__(16599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(56717)
const gte = __nccwpck_require__(41236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 82028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(68011)
const compare = __nccwpck_require__(78469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 61489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const Comparator = __nccwpck_require__(89379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(68011)
const compare = __nccwpck_require__(78469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 54750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 64737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 87997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
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

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 61469:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Io: () => (/* binding */ jsonProblem),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * A mistake in the workflow file (a bad or missing input), reported as one sentence that names the
 * input and what it accepts. Anything else that escapes an action is a failure of the action or of
 * a service it talks to, and is reported with its own message.
 */
class ConfigError extends Error {
    name = 'ConfigError';
}
/** The message of anything thrown, including non-Error throws (a string, an object). */
function messageOf(error) {
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


/***/ }),

/***/ 21691:
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
var external_os_ = __nccwpck_require__(70857);
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
var external_crypto_ = __nccwpck_require__(76982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(79896);
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
var external_path_ = __nccwpck_require__(16928);
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
        const { OidcClient } = yield Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(778)]).then(__nccwpck_require__.bind(__nccwpck_require__, 41778));
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

/***/ 43263:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ matchIgnore),
/* harmony export */   O1: () => (/* binding */ parseTrivyIgnore),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   gs: () => (/* binding */ indexIgnores),
/* harmony export */   r_: () => (/* binding */ scheduleIgnores)
/* harmony export */ });
/* unused harmony exports parsePurl, purlMatches */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);

const ALL_KINDS = ['vulnerability', 'misconfiguration', 'secret'];
function parseTrivyIgnore(text, file) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file);
    const result = { entries: [], warnings: [] };
    text.split(/\r?\n/).forEach((raw, index) => {
        const content = raw.trim();
        if (content === '' || content.startsWith('#'))
            return;
        const [id = '', ...fields] = content.split(/\s+/);
        const entry = { id, kinds: ALL_KINDS, paths: [], purls: [], source: `${name}:${index + 1}` };
        const expiry = fields.find((field) => field.startsWith('exp:'));
        if (expiry !== undefined) {
            const date = parseDate(expiry.slice(4));
            if (!date) {
                result.warnings.push(`${entry.source}: skipped "${content}": "${expiry}" is not a date (exp:YYYY-MM-DD).`);
                return;
            }
            entry.expiresAt = date;
        }
        result.entries.push(entry);
    });
    return result;
}
/** `2023-01-01` as midnight UTC, as Go's time.Parse("2006-01-02") reads it; undefined if not a real date. */
function parseDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return undefined;
    const date = new Date(`${text}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? undefined : date;
}
const DAY_MS = 86_400_000;
function scheduleIgnores(entries, now, soonDays = 14) {
    const schedule = { active: [], expired: [], expiringSoon: [] };
    for (const entry of entries) {
        if (entry.expiresAt && entry.expiresAt.getTime() < now.getTime()) {
            schedule.expired.push(entry);
            continue;
        }
        schedule.active.push(entry);
        if (entry.expiresAt && entry.expiresAt.getTime() - now.getTime() <= soonDays * DAY_MS)
            schedule.expiringSoon.push(entry);
    }
    return schedule;
}
function indexIgnores(active) {
    const index = new Map();
    for (const entry of active)
        index.set(entry.id, [...(index.get(entry.id) ?? []), entry]);
    return index;
}
/** An active entry that hides this finding, or undefined. */
function matchIgnore(finding, index) {
    if (index.size === 0)
        return undefined;
    const candidates = idsOf(finding).flatMap((id) => index.get(id) ?? []);
    if (candidates.length === 0)
        return undefined;
    // Vulnerabilities match on the Result's target or the package's own path (pkg/result/ignore.go).
    const paths = finding.pkgPath ? [finding.target, finding.pkgPath] : [finding.target];
    return candidates.find((entry) => entry.kinds.includes(finding.kind) &&
        (entry.paths.length === 0 ||
            entry.paths.some((glob) => paths.some((path) => path !== '' && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.matchesGlob)(path, glob)))) &&
        (entry.purls.length === 0 ||
            finding.kind !== 'vulnerability' ||
            !finding.purl ||
            entry.purls.some((purl) => purlMatches(purl, finding.purl))));
}
/** Misconfiguration ids are accepted in both forms, `DS-0002` and the older alias `AVD-DS-0002`. */
function idsOf(finding) {
    if (finding.kind !== 'misconfiguration')
        return finding.aliases.length === 0 ? [finding.id] : [finding.id, ...finding.aliases];
    const ids = [finding.id, ...finding.aliases];
    return [...ids, ...ids.map((id) => (id.startsWith('AVD-') ? id.slice(4) : `AVD-${id}`))];
}
function parsePurl(text) {
    const match = /^pkg:([^/]+)\/([^?#]+)(?:\?([^#]*))?(?:#.*)?$/.exec(text.trim());
    if (!match)
        return undefined;
    // The version follows the last "@" that does not open a segment (an unencoded npm scope does).
    let path = match[2];
    let version;
    const at = path.lastIndexOf('@');
    if (at > 0 && path[at - 1] !== '/') {
        version = decode(path.slice(at + 1));
        path = path.slice(0, at);
    }
    const segments = path.split('/').filter(Boolean).map(decode);
    const purl = {
        type: match[1].toLowerCase(),
        namespace: segments.slice(0, -1).join('/'),
        name: segments.at(-1) ?? '',
        qualifiers: new Map((match[3] ?? '')
            .split('&')
            .filter(Boolean)
            .map((pair) => [decode(pair.split('=')[0]), decode(pair.split('=').slice(1).join('='))])),
    };
    if (version)
        purl.version = version;
    return purl;
}
function decode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** An ignore entry's purl matches a package when every part it names is equal (no version: any version). */
function purlMatches(pattern, target) {
    const want = parsePurl(pattern);
    const have = parsePurl(target);
    if (!want || !have)
        return pattern === target;
    if (want.type !== have.type || want.namespace !== have.namespace || want.name !== have.name)
        return false;
    if (want.version !== undefined && want.version !== have.version)
        return false;
    return [...want.qualifiers].every(([key, value]) => have.qualifiers.get(key) === value);
}


/***/ }),

/***/ 19317:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(53398);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 53398:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: main

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./build/node_modules/@actions/core/lib/core.js + 5 modules
var lib_core = __nccwpck_require__(21691);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
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

function readRunContext(env, readFile = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8')) {
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

// EXTERNAL MODULE: ./build/lib/errors.js
var errors = __nccwpck_require__(61469);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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
    if (dir !== undefined && !(0,external_node_fs_.existsSync)(dir))
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
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            if ((0,external_node_fs_.statSync)(candidate).isFile())
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
const loadUndici = () => (undici ??= Promise.all(/* import() */[__nccwpck_require__.e(505), __nccwpck_require__.e(370)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30370)));
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
var ms = __nccwpck_require__(70744);
;// CONCATENATED MODULE: ./build/lib/inputs.js


/** `Invalid "x" value "y": valid values are "a", "b" and "c".` */
function invalidValue(name, value, accepts) {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return new errors/* ConfigError */.xL(`Invalid "${name}" value ${JSON.stringify(shown)}: ${accepts}.`);
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
            throw new errors/* ConfigError */.xL(`Input "${name}" is required: give ${what}.`);
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
            if (!(error instanceof errors/* ConfigError */.xL))
                throw error;
            const renamedError = new errors/* ConfigError */.xL(error.message.replace(/"([a-z][a-z0-9-]*)(?=["|:])/g, (quoted, name) => {
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
        throw invalidValue(name, value, 'expected "true" or "false"');
    }
    duration(name, fallback, bounds = {}) {
        const value = this.raw(name);
        if (value === '')
            return fallback;
        const parsed = parseDuration(value);
        if (parsed === undefined)
            throw invalidValue(name, value, DURATION_HELP);
        checkBounds(name, value, parsed, bounds, (n) => ms(n, { long: false }));
        return parsed;
    }
    integer(name, fallback, bounds = {}) {
        const value = this.raw(name);
        if (value === '')
            return fallback;
        if (!/^-?\d+$/.test(value))
            throw invalidValue(name, value, 'expected a whole number');
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
            throw invalidValue(name, value, `valid values are ${orList(values)}`);
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
                throw new errors/* ConfigError */.xL(`Input "${name}" line ${index + 1} is not "Name: value" with a valid header name ` +
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
        throw invalidValue(name, value, 'expected an http:// or https:// URL');
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
            throw invalidValue(name, line, `expected one "${shape}" per line`);
        pairs.set(key, line.slice(at + 1).trim());
    }
    return pairs;
}
function checkBounds(name, raw, value, bounds, show) {
    if (bounds.min !== undefined && value < bounds.min)
        throw invalidValue(name, raw, `must be at least ${show(bounds.min)}`);
    if (bounds.max !== undefined && value > bounds.max)
        throw invalidValue(name, raw, `must be at most ${show(bounds.max)}`);
}
/** The value when it matches `pattern`, undefined when empty; otherwise an error saying what is accepted. */
function optionalMatching(inputs, name, pattern, accepts) {
    const value = inputs.optional(name);
    if (value !== undefined && !pattern.test(value))
        throw invalidValue(name, value, accepts);
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
            exists: (path) => (0,external_node_fs_.existsSync)(path),
            isDirectory: (path) => (0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory(),
            read: (path) => (0,external_node_fs_.readFileSync)(path, 'utf8'),
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
        if (!(error instanceof errors/* ConfigError */.xL) && error instanceof Error && error.stack)
            core.debug(secrets.redact(error.stack));
        core.setFailed(secrets.redact((0,errors/* messageOf */.bD)(error)));
        if (!summarised.has(secrets)) {
            await writeSummary({ core, secrets, env }, `### ${ICON.fail} ${mdText(spec.title ?? 'deploy-kit step')} failed\n\n${mdText((0,errors/* messageOf */.bD)(error))}\n`);
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
        context.core.warning(`Could not write the job summary: ${(0,errors/* messageOf */.bD)(error)}`);
    }
}

;// CONCATENATED MODULE: ./build/lib/github.js


/**
 * The longest one GitHub API request may take. Octokit sets none (undici's defaults wait five
 * minutes for headers, five more for the body), so an API that accepts and never answers held a
 * deploy or a PR comment far beyond the step's timeout.
 */
const GITHUB_REQUEST_TIMEOUT_MS = 20_000;
async function octokit(token, run, timeoutMs = GITHUB_REQUEST_TIMEOUT_MS) {
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 157).then(__nccwpck_require__.bind(__nccwpck_require__, 50157));
    return getOctokit(token, { baseUrl: run.apiUrl, request: { fetch: await boundedFetch(timeoutMs) } });
}
/**
 * undici's fetch on our shared pool (proxies from env, closed by runAction) with a deadline per
 * request, body included. A request cut by the deadline fails with a sentence that says so.
 */
async function boundedFetch(timeoutMs) {
    const [{ fetch }, dispatcher] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(505), __nccwpck_require__.e(752)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 46752, 19)), sharedDispatcher()]);
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
        throw new Error(`Could not write the pull request comment: ${(0,errors/* messageOf */.bD)(error)}`);
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
        context.core.warning((0,errors/* messageOf */.bD)(error));
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(62088);
;// CONCATENATED MODULE: ./build/trivy-gate/findings.js
/**
 * One shape for everything Trivy reports (vulnerabilities, misconfigurations, secrets), so that
 * policy, summary and SARIF never look at Trivy's JSON again.
 */
const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
function severityOf(value) {
    const upper = typeof value === 'string' ? value.toUpperCase() : '';
    return SEVERITIES.includes(upper) ? upper : 'UNKNOWN';
}
function emptyCounts() {
    return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
}
/** Severities at or above `threshold` (UNKNOWN sits below LOW, as in Trivy). */
function atOrAbove(threshold) {
    const order = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
    return order.slice(order.indexOf(threshold)).reverse();
}

;// CONCATENATED MODULE: ./build/trivy-gate/release.js
/**
 * Where Trivy's release assets are and how to check them, as pure functions. Asset names follow
 * Trivy's goreleaser configuration: `trivy_<version>_<OS>-<arch>.tar.gz` (`.zip` on Windows) beside
 * one `trivy_<version>_checksums.txt` in sha256sum format.
 */
/**
 * The default Trivy. v0.72.0 is the release trivy-action itself pins after the March 2026
 * compromise (its tags were force-pushed and Trivy v0.69.4's binaries were malicious), and the
 * release that produced the real reports this gate is tested against.
 */
const DEFAULT_TRIVY_VERSION = '0.72.0';
/** Releases whose published binaries are known to be malicious: refused whatever the checksum says. */
const COMPROMISED_VERSIONS = {
    '0.69.4': 'its release binaries were replaced with credential-stealing code in March 2026 (CVE-2026-33634)',
};
const DEFAULT_DOWNLOAD_URL = 'https://github.com/aquasecurity/trivy/releases/download';
const OS_NAMES = { linux: 'Linux', darwin: 'macOS', win32: 'windows', freebsd: 'FreeBSD' };
const ARCH_NAMES = {
    x64: '64bit',
    ia32: '32bit',
    arm64: 'ARM64',
    arm: 'ARM',
    ppc64: 'PPC64LE',
    s390x: 's390x',
};
/** The asset for a Node platform and arch (`process.platform`, `process.arch`), or an error naming both. */
function releaseAsset(version, platform, arch) {
    const os = OS_NAMES[platform];
    const cpu = ARCH_NAMES[arch];
    if (!os || !cpu)
        throw new Error(`Trivy publishes no release for ${platform}/${arch}: install it in an earlier step and put it on PATH.`);
    const windows = platform === 'win32';
    return {
        archive: `trivy_${version}_${os}-${cpu}.${windows ? 'zip' : 'tar.gz'}`,
        format: windows ? 'zip' : 'tar.gz',
        binary: windows ? 'trivy.exe' : 'trivy',
    };
}
function releaseUrls(baseUrl, version, asset) {
    const base = `${baseUrl.replace(/\/+$/, '')}/v${version}`;
    return { archive: `${base}/${asset.archive}`, checksums: `${base}/trivy_${version}_checksums.txt` };
}
/** The SHA-256 that a sha256sum-format file gives for `fileName` (lower case), or undefined. */
function checksumFor(checksums, fileName) {
    for (const line of checksums.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
        if (match && match[2] === fileName)
            return match[1].toLowerCase();
    }
    return undefined;
}

;// CONCATENATED MODULE: ./build/trivy-gate/trivy.js

/**
 * Running Trivy: the argv (pure) and the process (effect). Trivy is asked for everything, as JSON:
 * no `--severity` (the gate decides what fails, the report keeps all), `--exit-code 0` (its exit
 * status then means only "the scan worked"), and an `--ignorefile` that does not exist, so Trivy
 * does not silently drop what a `.trivyignore` in the working directory lists: the gate applies the
 * ignore file itself and can show what it hid and until when.
 */
const SCAN_TYPES = ['image', 'fs', 'repo', 'config', 'sbom'];
const SCANNERS = ['vuln', 'secret', 'misconfig'];
/** The scanners each subcommand accepts (`trivy config` has no --scanners: it checks misconfigurations). */
const SCANNERS_BY_TYPE = {
    image: SCANNERS,
    fs: SCANNERS,
    repo: SCANNERS,
    sbom: ['vuln'],
    config: [],
};
function trivyArgs(plan) {
    const vulnDb = plan.scanType !== 'config';
    const checks = plan.scanType !== 'sbom';
    const args = [
        plan.scanType,
        '--format',
        'json',
        '--output',
        plan.reportPath,
        '--exit-code',
        '0',
        '--cache-dir',
        plan.cacheDir,
        '--ignorefile',
        plan.noIgnoreFile,
        '--timeout',
        `${Math.max(1, Math.round(plan.timeoutMs / 1000))}s`,
    ];
    if (plan.scanners.length > 0 && plan.scanType !== 'config')
        args.push('--scanners', plan.scanners.join(','));
    if (plan.skipUpdates) {
        if (vulnDb)
            args.push('--skip-db-update', '--skip-java-db-update');
        if (checks)
            args.push('--skip-check-update');
    }
    // `--` ends the options: a target cannot be read as a flag.
    args.push('--', plan.target);
    return args;
}
/** How long after its own --timeout Trivy is stopped: time to write the report it has. */
const TRIVY_GRACE_MS = 2000;
class TrivyError extends Error {
    name = 'TrivyError';
}
async function runTrivy(binary, plan, io) {
    const args = trivyArgs(plan);
    io.log(`$ ${showCommand(binary, args)}`);
    // Trivy stops itself at --timeout; our deadline, a moment later, catches a Trivy that hangs
    // (while downloading its database, say) without letting the step outlive its timeout by much.
    const timeoutMs = plan.timeoutMs + TRIVY_GRACE_MS;
    const result = await io.exec({
        command: binary,
        args,
        timeoutMs,
        redact: io.redact,
        onLine: (line) => io.log(line),
    });
    if (result.exitCode === 0)
        return;
    const tail = lastLines(result.stderr || result.stdout, 5);
    const how = result.timedOut
        ? `did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`
        : result.signal
            ? `was killed by ${result.signal}${result.signal === 'SIGKILL' ? ' (out of memory?)' : ''}`
            : describeExit(result);
    throw new TrivyError(`Trivy ${how}, so there is no report to judge and the gate ` +
        `fails closed${tail ? `: ${tail.replace(/\n/g, ' | ')}` : '.'}`);
}

;// CONCATENATED MODULE: ./build/trivy-gate/config.js







function readConfig(inputs, { env, run }) {
    const { workspace } = run;
    const inWorkspace = (path) => ((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(workspace, path));
    const report = inputs.optional('report');
    const scanType = inputs.enum('scan-type', SCAN_TYPES, 'fs');
    const scanRef = inputs.string('scan-ref', '.');
    const imageRef = inputs.optional('image-ref');
    const scanners = readScanners(inputs, scanType);
    const trivyVersion = readTrivyVersion(inputs);
    const trivySha256 = inputs.optional('trivy-sha256');
    if (trivySha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(trivySha256)) {
        throw invalidValue('trivy-sha256', trivySha256, "expected the 64 hex digits of the release archive's SHA-256");
    }
    const downloadUrl = inputs.string('download-url', DEFAULT_DOWNLOAD_URL);
    // A mirror may take credentials in the URL: masked before anything can show them.
    const credentials = /^[a-z][a-z0-9+.-]*:\/\/([^/@]*)@/i.exec(downloadUrl)?.[1];
    if (credentials)
        for (const part of [credentials, ...credentials.split(':')])
            inputs.mask(decodeURIComponent(part));
    if (!/^https?:\/\/[^\s/]+/i.test(downloadUrl))
        throw invalidValue('download-url', downloadUrl.replace(/\/\/[^/@]*@/, '//***@'), 'expected an http(s) URL of a release download base');
    const cache = inputs.boolean('cache', true);
    const timeoutMs = inputs.duration('timeout', 10 * 60_000, { min: 1000, max: 6 * 3_600_000 });
    if (report !== undefined && imageRef !== undefined)
        throw new errors/* ConfigError */.xL('Only one of "report" or "image-ref" can be set: ' +
            '"report" reads a report an earlier step produced, "image-ref" scans an image.');
    if (imageRef !== undefined && scanType !== 'image')
        throw new errors/* ConfigError */.xL('Input "image-ref" is for scan-type image; ' +
            `scan-type is "${scanType}": use "scan-ref" for the path or repository.`);
    if (report === undefined && scanType === 'image' && imageRef === undefined)
        throw new errors/* ConfigError */.xL('Input "image-ref" is required when scan-type is image: give the image to scan, e.g. ghcr.io/acme/api:sha.');
    const ignoreFile = inputs.optional('ignore-file');
    const comment = inputs.boolean('comment', false);
    const token = inputs.secret('github-token');
    const sarifOutput = inputs.optional('sarif-output');
    const config = {
        source: report !== undefined
            ? { kind: 'report', path: inWorkspace(report) }
            : {
                kind: 'scan',
                scanType,
                target: imageRef ?? scanRef,
                scanners,
                trivyVersion,
                ...(trivySha256 ? { trivySha256: trivySha256.toLowerCase() } : {}),
                downloadUrl,
                cache,
                timeoutMs,
            },
        failOn: readSeverity(inputs),
        ignoreUnfixed: inputs.boolean('ignore-unfixed', false),
        ignoreFile: ignoreFile !== undefined
            ? { path: inWorkspace(ignoreFile), explicit: true }
            : { path: inWorkspace('.trivyignore'), explicit: false },
        allow: parseAllow(inputs.list('allow', { commas: false })),
        maxFindings: readMaxFindings(inputs),
        workspace,
        tempDir: env['RUNNER_TEMP'] || (0,external_node_path_.join)(workspace, '.trivy-gate'),
        searchPath: env['PATH'] ?? '',
    };
    if (sarifOutput !== undefined)
        config.sarifOutput = inWorkspace(sarifOutput);
    // One comment per step: the job and the step's id stay the same from run to run.
    if (comment)
        config.comment = { token, key: `trivy-gate:${env['GITHUB_JOB'] ?? ''}:${env['GITHUB_ACTION'] ?? ''}` };
    return config;
}
/** `HIGH` is a threshold (HIGH and CRITICAL); `CRITICAL,MEDIUM` an explicit list; `none` fails on nothing. */
function parseSeverity(value) {
    const items = value
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((item) => item.toUpperCase());
    if (items.length === 1 && items[0] === 'NONE')
        return [];
    const unknown = items.filter((item) => !SEVERITIES.includes(item));
    if (items.length === 0 || unknown.length > 0) {
        throw invalidValue('severity', value, `expected a threshold (${orList(SEVERITIES, 'or')}), a comma-separated list of them, or "none"`);
    }
    if (items.length === 1)
        return atOrAbove(items[0]);
    return SEVERITIES.filter((severity) => items.includes(severity));
}
function readSeverity(inputs) {
    return parseSeverity(inputs.string('severity', 'HIGH'));
}
function readScanners(inputs, scanType) {
    const scanners = inputs.list('scanners').map((item) => item.toLowerCase());
    for (const scanner of scanners) {
        if (!SCANNERS.includes(scanner))
            throw invalidValue('scanners', scanner, `valid values are ${orList(SCANNERS)}`);
    }
    const accepted = SCANNERS_BY_TYPE[scanType];
    const refused = scanners.filter((scanner) => !accepted.includes(scanner) && !(scanType === 'config' && scanner === 'misconfig'));
    if (refused.length > 0) {
        throw invalidValue('scanners', scanners.join(','), scanType === 'config'
            ? 'scan-type config checks misconfigurations only'
            : `scan-type ${scanType} accepts ${orList(accepted)}`);
    }
    return [...new Set(scanners)];
}
function readTrivyVersion(inputs) {
    const raw = inputs.string('trivy-version', `v${DEFAULT_TRIVY_VERSION}`);
    const version = semver.valid(raw.replace(/^v/, ''));
    if (!version || semver.prerelease(version)) {
        throw invalidValue('trivy-version', raw, 'expected an exact release such as v0.72.0 (the download is verified ' +
            'against that release\'s checksums; "latest" cannot be pinned)');
    }
    const compromised = COMPROMISED_VERSIONS[version];
    if (compromised)
        throw invalidValue('trivy-version', raw, `refused: ${compromised}`);
    return version;
}
/** One `ID: reason` per line; the reason is required (it is what the summary shows). */
function parseAllow(lines) {
    return lines.map((line) => {
        const match = /^([^\s:]+)\s*:\s*(.*)$/.exec(line);
        if (!match || match[2].trim() === '')
            throw invalidValue('allow', line, 'expected one "ID: reason" per line, with a reason');
        return { id: match[1], reason: match[2].trim() };
    });
}
function readMaxFindings(inputs) {
    const limits = {};
    for (const pair of inputs.list('max-findings')) {
        const [key = '', value = ''] = pair.split('=').map((part) => part.trim());
        const severity = key.toUpperCase();
        if (!SEVERITIES.includes(severity))
            throw invalidValue('max-findings', `${key}=${value}`, `expected SEVERITY=count, where SEVERITY is ${orList(SEVERITIES, 'or')}`);
        if (!/^\d+$/.test(value))
            throw invalidValue('max-findings', `${key}=${value}`, 'expected a whole number of findings, 0 or more');
        limits[severity] = Number(value);
    }
    return limits;
}

// EXTERNAL MODULE: ./build/trivy-gate/ignore.js
var ignore = __nccwpck_require__(43263);
;// CONCATENATED MODULE: ./build/trivy-gate/ignore-file.js

/** `.yml` / `.yaml` switch to the YAML format, as in Trivy; its parser is loaded only then. */
async function parseIgnoreFile(text, file) {
    if (!/\.ya?ml$/i.test(file))
        return (0,ignore/* parseTrivyIgnore */.O1)(text, file);
    const { parseTrivyIgnoreYaml } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(359)]).then(__nccwpck_require__.bind(__nccwpck_require__, 42359));
    return parseTrivyIgnoreYaml(text, file);
}

;// CONCATENATED MODULE: ./build/trivy-gate/policy.js


function decide(findings, suppressedByTrivy, policy, now) {
    const schedule = (0,ignore/* scheduleIgnores */.r_)(policy.ignores, now);
    const ignoreIndex = (0,ignore/* indexIgnores */.gs)(schedule.active);
    const allowById = new Map(policy.allow.map((entry) => [entry.id, entry]));
    const usedAllow = new Set();
    const suppressed = suppressedByTrivy.map((item) => ({
        finding: item.finding,
        by: 'trivy',
        reason: [item.status, item.statement, item.source && `(${item.source})`].filter(Boolean).join(' '),
    }));
    const open = [];
    for (const finding of findings) {
        if (policy.ignoreUnfixed && finding.kind === 'vulnerability' && !finding.fixed) {
            suppressed.push({
                finding,
                by: 'ignore-unfixed',
                reason: `no fixed version${finding.status ? ` (${finding.status})` : ''}`,
            });
            continue;
        }
        const ignored = (0,ignore/* matchIgnore */.Ib)(finding, ignoreIndex);
        if (ignored) {
            const until = ignored.expiresAt ? ` until ${ignored.expiresAt.toISOString().slice(0, 10)}` : '';
            suppressed.push({
                finding,
                by: 'ignore-file',
                reason: `${ignored.source}${until}${ignored.statement ? `: ${ignored.statement}` : ''}`,
            });
            continue;
        }
        let allowed = allowById.get(finding.id);
        for (const alias of finding.aliases)
            allowed ??= allowById.get(alias);
        if (allowed) {
            usedAllow.add(allowed.id);
            suppressed.push({ finding, by: 'allow', reason: allowed.reason });
            continue;
        }
        open.push(finding);
    }
    open.sort(bySeverity);
    const counts = emptyCounts();
    for (const finding of open)
        counts[finding.severity] += 1;
    const judged = new Set([...policy.failOn, ...Object.keys(policy.maxFindings)]);
    const limits = SEVERITIES.filter((severity) => judged.has(severity)).map((severity) => {
        const limit = policy.maxFindings[severity] ?? 0;
        return { severity, count: counts[severity], limit, over: counts[severity] > limit };
    });
    const over = new Set(limits.filter((l) => l.over).map((l) => l.severity));
    return {
        passed: over.size === 0,
        counts,
        open,
        gated: open.filter((finding) => judged.has(finding.severity)),
        failing: open.filter((finding) => over.has(finding.severity)),
        limits,
        suppressed,
        reasons: limits
            .filter((l) => l.over)
            .map((l) => `${l.count} ${l.severity} (${l.limit === 0 ? 'none' : `at most ${l.limit}`} allowed)`),
        expiredIgnores: schedule.expired,
        expiringIgnores: schedule.expiringSoon,
        unusedAllow: policy.allow.filter((entry) => !usedAllow.has(entry.id)),
    };
}
const RANK = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3, UNKNOWN: 4 };
function bySeverity(a, b) {
    return RANK[a.severity] - RANK[b.severity] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

;// CONCATENATED MODULE: ./build/trivy-gate/json-scan.js
/**
 * Reads a Trivy JSON report without building the whole tree at once. A 50 MB report parsed with one
 * JSON.parse holds ~200 MB of objects at its peak; here the report's skeleton is walked byte by byte
 * (objects and arrays are only delimited, never interpreted) and every leaf value, including each
 * single vulnerability, misconfiguration or secret, is handed to JSON.parse on its own. JSON.parse
 * still validates every byte of every value; the walk checks the separators between them. Peak
 * memory is then the file's bytes plus one finding, and time is about that of a single JSON.parse.
 *
 * Pure: bytes in, skeleton out. Which arrays are split is the caller's choice (`lists`).
 */
/** The file ends inside a value: a truncated report. */
class TruncatedJsonError extends Error {
    name = 'TruncatedJsonError';
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
/**
 * Returns undefined when the document is not an object at the top (the caller then parses it whole
 * to say what it is). Throws TruncatedJsonError when it ends early and SyntaxError when it is not JSON.
 */
function scanReport(bytes, lists) {
    const scanner = new Scanner(bytes);
    let at = scanner.skipSpace(0);
    if (bytes[at] !== OPEN_OBJECT)
        return undefined;
    const skeleton = { top: {}, results: undefined };
    at = scanner.members(at, (key, valueAt) => {
        if (key !== 'Results') {
            const end = scanner.valueEnd(valueAt);
            skeleton.top[key] = scanner.parse(valueAt, end);
            return end;
        }
        if (bytes[valueAt] !== OPEN_ARRAY) {
            const end = scanner.valueEnd(valueAt);
            scanner.parse(valueAt, end); // still has to be JSON
            skeleton.results = 'invalid';
            return end;
        }
        const results = [];
        let valid = true;
        const end = scanner.elements(valueAt, (elementAt) => {
            if (bytes[elementAt] !== OPEN_OBJECT) {
                valid = false;
                const elementEnd = scanner.valueEnd(elementAt);
                scanner.parse(elementAt, elementEnd);
                return elementEnd;
            }
            const result = { fields: {}, lists: {} };
            results.push(result);
            return scanner.members(elementAt, (member, memberAt) => {
                if (lists.has(member) && bytes[memberAt] === OPEN_ARRAY) {
                    const spans = [];
                    result.lists[member] = spans;
                    return scanner.elements(memberAt, (itemAt) => {
                        const itemEnd = scanner.valueEnd(itemAt);
                        spans.push({ start: itemAt, end: itemEnd });
                        return itemEnd;
                    });
                }
                const memberEnd = scanner.valueEnd(memberAt);
                result.fields[member] = scanner.parse(memberAt, memberEnd);
                return memberEnd;
            });
        });
        skeleton.results = valid ? results : 'invalid';
        return end;
    });
    at = scanner.skipSpace(at);
    if (at < bytes.length)
        throw new SyntaxError(`Unexpected data after the report's closing brace at position ${at}`);
    return skeleton;
}
/** Parses one span, as JSON.parse would parse that text alone. */
function parseSpan(bytes, span) {
    return JSON.parse(bytes.toString('utf8', span.start, span.end));
}
class Scanner {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
    parse(start, end) {
        return JSON.parse(this.bytes.toString('utf8', start, end));
    }
    skipSpace(at) {
        const bytes = this.bytes;
        while (at < bytes.length) {
            const c = bytes[at];
            if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)
                break;
            at++;
        }
        return at;
    }
    /**
     * `{ "key": value, ... }` starting at `at`; `onMember` gets each key and where its value starts,
     * and returns where it ends.
     */
    members(at, onMember) {
        at = this.skipSpace(at + 1);
        if (this.peek(at) === CLOSE_OBJECT)
            return at + 1;
        for (;;) {
            if (this.peek(at) !== QUOTE)
                throw this.unexpected(at, 'a member name');
            const keyEnd = this.stringEnd(at);
            const key = this.parse(at, keyEnd);
            at = this.skipSpace(keyEnd);
            if (this.peek(at) !== COLON)
                throw this.unexpected(at, '":"');
            at = this.skipSpace(onMember(key, this.skipSpace(at + 1)));
            const next = this.peek(at);
            if (next === CLOSE_OBJECT)
                return at + 1;
            if (next !== COMMA)
                throw this.unexpected(at, '"," or "}"');
            at = this.skipSpace(at + 1);
        }
    }
    /** `[ value, ... ]` starting at `at`. */
    elements(at, onElement) {
        at = this.skipSpace(at + 1);
        if (this.peek(at) === CLOSE_ARRAY)
            return at + 1;
        for (;;) {
            at = this.skipSpace(onElement(at));
            const next = this.peek(at);
            if (next === CLOSE_ARRAY)
                return at + 1;
            if (next !== COMMA)
                throw this.unexpected(at, '"," or "]"');
            at = this.skipSpace(at + 1);
        }
    }
    /** Where the value starting at `at` ends (exclusive). Containers are only delimited here. */
    valueEnd(at) {
        const bytes = this.bytes;
        const first = this.peek(at);
        if (first === QUOTE)
            return this.stringEnd(at);
        if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
            let depth = 0;
            for (let i = at; i < bytes.length; i++) {
                const c = bytes[i];
                if (c === QUOTE) {
                    i = this.stringEnd(i) - 1;
                }
                else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
                    depth++;
                }
                else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
                    if (--depth === 0)
                        return i + 1;
                }
            }
            throw new TruncatedJsonError(`Unexpected end of JSON input inside a value that starts at position ${at}`);
        }
        // A number, true, false or null: up to the next separator (JSON.parse checks it).
        let i = at;
        while (i < bytes.length) {
            const c = bytes[i];
            if (c === COMMA ||
                c === CLOSE_OBJECT ||
                c === CLOSE_ARRAY ||
                c === 0x20 ||
                c === 0x0a ||
                c === 0x0d ||
                c === 0x09)
                break;
            i++;
        }
        if (i === bytes.length)
            throw new TruncatedJsonError('Unexpected end of JSON input');
        if (i === at)
            throw this.unexpected(at, 'a value');
        return i;
    }
    stringEnd(at) {
        const bytes = this.bytes;
        for (let i = at + 1; i < bytes.length; i++) {
            const c = bytes[i];
            if (c === BACKSLASH)
                i++;
            else if (c === QUOTE)
                return i + 1;
        }
        throw new TruncatedJsonError(`Unterminated string in JSON at position ${at}`);
    }
    peek(at) {
        if (at >= this.bytes.length)
            throw new TruncatedJsonError('Unexpected end of JSON input');
        return this.bytes[at];
    }
    unexpected(at, expected) {
        return new SyntaxError(`Expected ${expected} at position ${at}, found ${JSON.stringify(String.fromCharCode(this.bytes[at]))}`);
    }
}

;// CONCATENATED MODULE: ./build/trivy-gate/report.js




/**
 * Trivy's JSON report (`--format json`, SchemaVersion 2) turned into findings. Pure: bytes in,
 * findings out, one finding parsed at a time (json-scan.ts). A report that cannot be trusted
 * (empty, truncated, not JSON, not Trivy's) is a `ReportError`, which fails the gate: a scan whose
 * result we cannot read never passes.
 *
 * Real reports omit empty lists (`Results` can be absent, a Result can lack `Vulnerabilities`),
 * omit `FixedVersion` when there is no fix, and the 2021 format (Trivy 0.20) has no `Status`: see
 * test/fixtures/trivy/README.md.
 */
class ReportError extends Error {
    name = 'ReportError';
}
/** The lists of a Result that are read one element at a time (see json-scan.ts). */
const SPLIT_LISTS = new Set([
    'Vulnerabilities',
    'Misconfigurations',
    'Secrets',
    'ExperimentalModifiedFindings',
    'Packages',
]);
function parseReportText(text, source) {
    return parseReport(Buffer.from(text, 'utf8'), source);
}
function parseReport(bytes, source) {
    if (isBlank(bytes)) {
        throw new ReportError(`The Trivy report ${source} is empty (${bytes.length} bytes): the scan wrote nothing, so the gate fails closed.`);
    }
    let skeleton;
    try {
        skeleton = scanReport(bytes, SPLIT_LISTS);
    }
    catch (error) {
        throw jsonError(error, source, error instanceof TruncatedJsonError);
    }
    if (!skeleton) {
        // Not an object at the top: parse it whole to say whether it is JSON at all.
        const text = bytes.toString('utf8');
        try {
            JSON.parse(text);
        }
        catch (error) {
            throw jsonError(error, source, looksTruncated(error instanceof Error ? error.message : '', text));
        }
        throw new ReportError(`The file ${source} is not a Trivy JSON report: ` +
            'it has no SchemaVersion (expected the output of trivy --format json).');
    }
    const { top, results } = skeleton;
    if (Array.isArray(top['runs']) && 'version' in top) {
        throw new ReportError(`The report ${source} is SARIF, not a Trivy JSON report: ` +
            'give the report of trivy --format json (the gate writes SARIF itself).');
    }
    if (!('SchemaVersion' in top)) {
        throw new ReportError(`The file ${source} is not a Trivy JSON report: ` +
            'it has no SchemaVersion (expected the output of trivy --format json).');
    }
    if (top['SchemaVersion'] !== 2) {
        throw new ReportError(`The Trivy report ${source} has SchemaVersion ${JSON.stringify(top['SchemaVersion'])}: ` +
            'this gate reads SchemaVersion 2 (Trivy 0.20 and later).');
    }
    if (typeof top['ArtifactName'] !== 'string' || results === 'invalid') {
        throw new ReportError(`The file ${source} is not a Trivy JSON report: ArtifactName or Results has the wrong shape.`);
    }
    const parsed = {
        artifactName: top['ArtifactName'],
        artifactType: typeof top['ArtifactType'] === 'string' ? top['ArtifactType'] : '',
        findings: [],
        suppressedByTrivy: [],
        results: results?.length ?? 0,
    };
    const version = asRecord(top['Trivy'])?.['Version'];
    if (typeof version === 'string')
        parsed.trivyVersion = version;
    for (const result of results ?? []) {
        const where = {
            target: report_text(result.fields['Target']),
            class: report_text(result.fields['Class']),
            type: report_text(result.fields['Type']),
        };
        // One element at a time: only the findings, never the whole parsed list, stay in memory.
        const each = (name, use) => {
            for (const span of result.lists[name] ?? []) {
                let item;
                try {
                    item = parseSpan(bytes, span);
                }
                catch (error) {
                    throw jsonError(error, source, false);
                }
                use(asRecord(item) ?? {});
            }
        };
        each('Vulnerabilities', (v) => parsed.findings.push(vulnerability(v, where)));
        each('Misconfigurations', (m) => {
            // With --include-non-failures Trivy also lists passed checks; only failures are findings.
            if (m['Status'] === undefined || m['Status'] === 'FAIL')
                parsed.findings.push(misconfiguration(m, where));
        });
        each('Secrets', (item) => parsed.findings.push(secret(item, where)));
        each('ExperimentalModifiedFindings', (modified) => {
            const finding = modifiedFinding(modified, where);
            if (finding) {
                parsed.suppressedByTrivy.push({
                    finding,
                    status: report_text(modified['Status']),
                    statement: report_text(modified['Statement']),
                    source: report_text(modified['Source']),
                });
            }
        });
    }
    return parsed;
}
function isBlank(bytes) {
    for (const byte of bytes)
        if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
            return false;
    return true;
}
/** Names the file and the problem; never quotes it (it may be any file, see jsonProblem). */
function jsonError(error, source, truncated) {
    const detail = (0,errors/* jsonProblem */.Io)(error);
    return truncated
        ? new ReportError(`The Trivy report ${source} is truncated: its JSON ends early (${detail}), so the gate fails closed.`)
        : new ReportError(`The Trivy report ${source} is not valid JSON (${detail}): run Trivy with --format json.`);
}
/** V8 says "Unexpected end of JSON input", or names a position at (or next to) the very end. */
function looksTruncated(message, text) {
    if (/end of (JSON )?(input|data)|Unterminated/i.test(message))
        return true;
    const position = /position (\d+)/.exec(message);
    return position !== null && Number(position[1]) >= text.trimEnd().length - 1;
}
function report_text(value) {
    return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}
function optional(value) {
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
function line(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
/** What every kind of finding has: where it was found (the result's class unless it has none) and what it is. */
function findingAt(where, defaultClass, what) {
    const { severity, aliases = [], ...rest } = what;
    return { ...rest, aliases, severity: severityOf(severity), target: where.target, class: where.class || defaultClass };
}
function vulnerability(v, where) {
    const description = report_text(v['Description']);
    const finding = findingAt(where, '', {
        kind: 'vulnerability',
        id: report_text(v['VulnerabilityID']),
        severity: v['Severity'],
        package: report_text(v['PkgName']),
        // Some advisories (Debian TEMP-…) have neither title nor description.
        title: optional(v['Title']) ?? (firstSentence(description) || `${report_text(v['VulnerabilityID'])} in ${report_text(v['PkgName'])}`),
    });
    report_assign(finding, {
        installed: optional(v['InstalledVersion']),
        fixed: optional(v['FixedVersion']),
        status: optional(v['Status']),
        url: optional(v['PrimaryURL']),
        purl: optional(asRecord(v['PkgIdentifier'])?.['PURL']),
        pkgPath: optional(v['PkgPath']),
        score: highestScore(v['CVSS']),
    });
    return finding;
}
function misconfiguration(m, where) {
    const id = report_text(m['ID']);
    const avd = optional(m['AVDID']);
    const cause = asRecord(m['CauseMetadata']);
    const finding = findingAt(where, 'config', {
        kind: 'misconfiguration',
        id,
        aliases: avd && avd !== id ? [avd] : [],
        severity: m['Severity'],
        package: where.type,
        title: report_text(m['Title']) || report_text(m['Message']),
    });
    report_assign(finding, {
        message: optional(m['Message']),
        url: optional(m['PrimaryURL']),
        startLine: line(cause?.['StartLine']),
        endLine: line(cause?.['EndLine']),
    });
    return finding;
}
function secret(s, where) {
    // Never copy Match or Code: even masked, they are the secret's surroundings.
    const finding = findingAt(where, 'secret', {
        kind: 'secret',
        id: report_text(s['RuleID']),
        severity: s['Severity'],
        package: report_text(s['Category']),
        title: report_text(s['Title']),
    });
    report_assign(finding, { startLine: line(s['StartLine']), endLine: line(s['EndLine']) });
    return finding;
}
function modifiedFinding(modified, where) {
    const inner = asRecord(modified['Finding']);
    if (!inner)
        return undefined;
    const kinds = {
        vulnerability,
        misconfiguration,
        secret,
    };
    const make = kinds[report_text(modified['Type'])];
    return make ? make(inner, where) : undefined;
}
/** Copies only the fields that have a value, so findings stay small and comparable. */
function report_assign(finding, fields) {
    for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined)
            finding[key] = value;
    }
}
function firstSentence(description) {
    const first = description.split(/(?<=\.)\s|\n/)[0] ?? '';
    return first.length > 120 ? `${first.slice(0, 117)}...` : first;
}
function highestScore(cvss) {
    let best;
    for (const source of Object.values(asRecord(cvss) ?? {})) {
        const score = asRecord(source)?.['V3Score'];
        if (typeof score === 'number' && (best === undefined || score > best))
            best = score;
    }
    return best;
}

;// CONCATENATED MODULE: ./build/trivy-gate/sarif.js
/**
 * SARIF 2.1.0 for GitHub code scanning, holding exactly the findings the gate judged (so code
 * scanning shows what the gate enforces, unlike trivy-action, which drops the severity filter for
 * SARIF). Shaped like Trivy's own `--format sarif` (pkg/report/sarif.go): tool `Trivy`, so alerts
 * carry over from trivy-action; CRITICAL/HIGH -> error, MEDIUM -> warning, LOW/UNKNOWN -> note;
 * `security-severity` from the CVSS score, else from the severity. Pure.
 */
const SARIF_SCHEMA = 'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json';
function sarifLevel(severity) {
    return severity === 'CRITICAL' || severity === 'HIGH' ? 'error' : severity === 'MEDIUM' ? 'warning' : 'note';
}
const DEFAULT_SCORE = {
    CRITICAL: '9.5',
    HIGH: '8.0',
    MEDIUM: '5.5',
    LOW: '2.0',
    UNKNOWN: '0.0',
};
function buildSarif(findings, artifact) {
    const rules = [];
    const ruleIndex = new Map();
    const results = [];
    for (const finding of findings) {
        let index = ruleIndex.get(finding.id);
        if (index === undefined) {
            index = rules.push(rule(finding)) - 1;
            ruleIndex.set(finding.id, index);
        }
        const uri = locationUri(finding, artifact.name);
        const startLine = finding.startLine ?? 1;
        results.push({
            ruleId: finding.id,
            ruleIndex: index,
            level: sarifLevel(finding.severity),
            message: { text: resultText(finding, artifact.type) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri, uriBaseId: 'ROOTPATH' },
                        region: {
                            startLine,
                            startColumn: 1,
                            endLine: Math.max(finding.endLine ?? startLine, startLine),
                            endColumn: 1,
                        },
                    },
                    message: {
                        text: finding.kind === 'vulnerability' ? `${uri}: ${finding.package}@${finding.installed ?? ''}` : uri,
                    },
                },
            ],
        });
    }
    return {
        version: '2.1.0',
        $schema: SARIF_SCHEMA,
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Trivy',
                        fullName: 'Trivy Vulnerability Scanner',
                        informationUri: 'https://github.com/aquasecurity/trivy',
                        ...(artifact.trivyVersion ? { version: artifact.trivyVersion } : {}),
                        rules,
                    },
                },
                results,
                columnKind: 'utf16CodeUnits',
                originalUriBaseIds: { ROOTPATH: { uri: 'file:///' } },
                properties: { artifactName: artifact.name, artifactType: artifact.type },
            },
        ],
    };
}
const RULE_NAMES = {
    'os-pkgs': 'OsPackageVulnerability',
    'lang-pkgs': 'LanguageSpecificPackageVulnerability',
    config: 'Misconfiguration',
    secret: 'Secret',
};
function rule(finding) {
    const fixed = finding.fixed ?? 'none';
    const kind = finding.kind === 'vulnerability' ? 'Vulnerability' : finding.kind === 'secret' ? 'Secret' : 'Misconfiguration';
    const heading = `${kind} ${finding.id}`;
    const link = finding.url ? `[${finding.id}](${finding.url})` : finding.id;
    return {
        id: finding.id,
        name: RULE_NAMES[finding.class] ??
            (finding.kind === 'secret'
                ? 'Secret'
                : finding.kind === 'misconfiguration'
                    ? 'Misconfiguration'
                    : 'Vulnerability'),
        shortDescription: { text: finding.title || finding.id },
        fullDescription: { text: finding.message ?? (finding.title || finding.id) },
        defaultConfiguration: { level: sarifLevel(finding.severity) },
        ...(finding.url ? { helpUri: finding.url } : {}),
        help: {
            text: `${heading}\nSeverity: ${finding.severity}\n` +
                `Package: ${finding.package}\nFixed Version: ${fixed}\nLink: ${link}`,
            markdown: `**${heading}**\n| Severity | Package | Fixed Version | Link |\n` +
                `| --- | --- | --- | --- |\n|${finding.severity}|${finding.package}|${fixed}|${link}|`,
        },
        properties: {
            precision: 'very-high',
            'security-severity': finding.score !== undefined ? finding.score.toFixed(1) : DEFAULT_SCORE[finding.severity],
            tags: [finding.kind, 'security', finding.severity],
        },
    };
}
function resultText(finding, artifactType) {
    const link = finding.url ? `\nLink: [${finding.id}](${finding.url})` : '';
    if (finding.kind === 'vulnerability') {
        return (`Package: ${finding.package}\nInstalled Version: ${finding.installed ?? ''}\n` +
            `Vulnerability ${finding.id}\nSeverity: ${finding.severity}\nFixed Version: ${finding.fixed ?? ''}${link}`);
    }
    const detail = finding.kind === 'secret'
        ? `Secret ${finding.id}\nSeverity: ${finding.severity}\nTitle: ${finding.title}`
        : `Vulnerability ${finding.id}\nSeverity: ${finding.severity}\nMessage: ${finding.message ?? finding.title}`;
    return `Artifact: ${finding.target}\nType: ${finding.package || artifactType}\n${detail}${link}`;
}
/** OS packages live in the artifact (the image); everything else in a file of the target. */
function locationUri(finding, artifactName) {
    const path = finding.class === 'os-pkgs' ? artifactName : (finding.pkgPath ?? finding.target);
    return (path || artifactName).replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./build/lib/step-deadline.js


/**
 * A step's own `timeout` across everything the step does (install, download, database update,
 * the tool's run): one deadline, one AbortSignal for the waits that take one, the time left for
 * those that take a number, and an error that says which phase ran out of time. Without it each
 * phase had its own fixed limits, and `timeout: 5s` could wait minutes for a download.
 */
class StepTimeoutError extends Error {
    name = 'StepTimeoutError';
}
/**
 * `input` names the user's setting (`timeout`); `covers` lists, in words, what it bounds; the time
 * left is read from `clock` (the context's).
 */
function stepDeadline(timeoutMs, input, covers, clock) {
    const time = deadline(timeoutMs, clock);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new StepTimeoutError(`the ${formatDuration(timeoutMs)} "${input}" ran out`)), timeoutMs);
    timer.unref();
    const outOfTime = (phase, cause) => {
        const detail = cause instanceof Error && cause.message ? ` (${cause.message.replace(/[.\s]+$/, '')})` : '';
        return new StepTimeoutError(`The ${formatDuration(timeoutMs)} "${input}" ran out while ${phase}${detail}: it covers ${covers}.`);
    };
    return {
        signal: controller.signal,
        left: time.left,
        cap: time.cap,
        async phase(name, work) {
            if (time.left() === 0)
                throw outOfTime(name);
            try {
                return await work();
            }
            catch (error) {
                if (error instanceof StepTimeoutError)
                    throw error;
                if (time.left() === 0 || controller.signal.aborted)
                    throw outOfTime(name, error);
                throw error;
            }
        },
    };
}

;// CONCATENATED MODULE: ./build/trivy-gate/cache.js

/**
 * The runner's cache service (@actions/cache), loaded only when a scan runs with `cache: true`.
 * Caching is an optimisation: when the service is missing (local runs, GHES without it) or fails,
 * it warns once and the gate goes on, never failing because of it.
 */
class RunnerCache {
    warn;
    log;
    #module;
    #disabled = false;
    constructor(enabled, warn, log) {
        this.warn = warn;
        this.log = log;
        this.#disabled = !enabled;
    }
    /** The key restored (exact or by prefix), or undefined on a miss or when caching is off. */
    /** `timeoutMs`: the longest the download may take (the step's time left). */
    async restore(paths, key, restoreKeys = [], timeoutMs) {
        const cache = await this.#load();
        if (!cache)
            return undefined;
        try {
            const bounded = timeoutMs === undefined ? undefined : { timeoutInMs: timeoutMs, segmentTimeoutInMs: timeoutMs };
            const hit = await cache.restoreCache(paths, key, restoreKeys, bounded);
            this.log(hit ? `Cache restored: ${hit}` : `Cache miss: ${key}`);
            return hit;
        }
        catch (error) {
            this.warn(`Could not restore the cache ${key} (continuing without it): ${(0,errors/* messageOf */.bD)(error)}`);
            return undefined;
        }
    }
    async save(paths, key) {
        const cache = await this.#load();
        if (!cache)
            return;
        try {
            await cache.saveCache(paths, key);
            this.log(`Cache saved: ${key}`);
        }
        catch (error) {
            // Another job saving the same key first is normal (ReserveCacheError).
            this.log(`Cache not saved (${key}): ${(0,errors/* messageOf */.bD)(error)}`);
        }
    }
    async #load() {
        if (this.#disabled)
            return undefined;
        if (!this.#module) {
            const cache = await Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(838), __nccwpck_require__.e(299)]).then(__nccwpck_require__.bind(__nccwpck_require__, 79299));
            if (!cache.isFeatureAvailable()) {
                this.#disabled = true;
                this.warn("The runner's cache service is not available here: Trivy and its database are not cached in this run.");
                return undefined;
            }
            this.#module = cache;
        }
        return this.#module;
    }
}
/** Trivy's database changes every few hours; one key a day (UTC) keeps a warm run offline. */
function dbCacheKeys(now, platform) {
    const prefix = `trivy-gate-db-${platform}-`;
    return { key: `${prefix}${now.toISOString().slice(0, 10)}`, restoreKeys: [prefix] };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./build/lib/download.js







class DownloadError extends Error {
    name = 'DownloadError';
}
const DEFAULT_DOWNLOAD_RETRY = {
    retries: 3,
    minDelayMs: 1000,
    maxDelayMs: 10_000,
    budgetMs: 60_000,
};
/** One attempt's failure, in the terms planRetry decides on. */
class AttemptFailure extends Error {
    status;
    code;
    retryAfter;
    constructor(message, status, code, retryAfter) {
        super(message);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }
}
async function downloadFile(req) {
    const policy = req.retry ?? DEFAULT_DOWNLOAD_RETRY;
    const partial = `${req.destination}.part`;
    const { EnvHttpProxyAgent, interceptors } = await loadUndici();
    const agent = new EnvHttpProxyAgent();
    const dispatcher = agent.compose(interceptors.redirect({ maxRedirections: req.maxRedirects ?? 5 }));
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(req.destination), { recursive: true });
    let attempt = 1;
    let waitedMs = 0;
    try {
        for (;;) {
            try {
                const bytes = await attemptDownload(req, dispatcher, partial);
                await (0,promises_.rename)(partial, req.destination);
                return { path: req.destination, bytes, attempts: attempt };
            }
            catch (error) {
                if (req.signal?.aborted)
                    throw new DownloadError(`Could not download ${safeUrl(req.url)}: ${stopReason(req.signal)}`);
                const failure = error instanceof AttemptFailure ? error : new AttemptFailure(describe(error), undefined, errorCode(error));
                const decision = planRetry({
                    attempt,
                    status: failure.status,
                    errorCode: failure.code,
                    retryAfterMs: http_parseRetryAfter(failure.retryAfter, Date.now()),
                    waitedMs,
                    policy,
                });
                if (!decision.retry) {
                    const tries = attempt > 1 ? ` (${attempt} attempts)` : '';
                    throw new DownloadError(`Could not download ${safeUrl(req.url)}${tries}: ${withoutQueries(failure.message)}`);
                }
                req.onRetry?.({
                    attempt,
                    delayMs: decision.delayMs,
                    cause: failure.status ? `HTTP ${failure.status}` : withoutQueries(failure.message),
                });
                await realClock.sleep(decision.delayMs, req.signal);
                if (req.signal?.aborted)
                    throw new DownloadError(`Could not download ${safeUrl(req.url)} (${attempt} attempts): ${stopReason(req.signal)}`);
                waitedMs += decision.delayMs;
                attempt += 1;
            }
        }
    }
    finally {
        await (0,promises_.rm)(partial, { force: true });
        await agent.close();
    }
}
async function attemptDownload(req, dispatcher, partial) {
    const { request } = await loadUndici();
    const response = await request(req.url, {
        method: 'GET',
        headers: req.headers,
        dispatcher,
        signal: req.signal
            ? AbortSignal.any([AbortSignal.timeout(req.timeoutMs ?? 15 * 60_000), req.signal])
            : AbortSignal.timeout(req.timeoutMs ?? 15 * 60_000),
        headersTimeout: req.idleTimeoutMs ?? 60_000,
        bodyTimeout: req.idleTimeoutMs ?? 60_000,
    });
    if (response.statusCode !== 200) {
        await response.body.dump();
        const retryAfter = response.headers['retry-after'];
        throw new AttemptFailure(`HTTP ${response.statusCode}`, response.statusCode, undefined, Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
    }
    const lengthHeader = response.headers['content-length'];
    const expected = typeof lengthHeader === 'string' && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : undefined;
    if (expected !== undefined && expected > req.maxBytes) {
        await response.body.dump();
        throw new AttemptFailure(`the file is ${expected} bytes, more than the ${req.maxBytes} allowed`, undefined, 'TOO_LARGE');
    }
    let received = 0;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            received += chunk.length;
            if (received > req.maxBytes)
                done(new AttemptFailure(`the file is larger than the ${req.maxBytes} bytes allowed`, undefined, 'TOO_LARGE'));
            else
                done(null, chunk);
        },
    });
    try {
        await (0,external_node_stream_promises_namespaceObject.pipeline)(response.body, counter, (0,external_node_fs_.createWriteStream)(partial));
    }
    catch (error) {
        if (error instanceof AttemptFailure)
            throw error;
        // A connection closed early: say how much of what was announced arrived, and try again.
        const of = expected === undefined ? '' : ` of ${expected}`;
        throw new AttemptFailure(`the download was truncated: received ${received}${of} bytes (${describe(error)})`, undefined, 'ECONNRESET');
    }
    if (expected !== undefined && received !== expected) {
        throw new AttemptFailure(`the download was truncated: received ${received} of ${expected} bytes`, undefined, 'ECONNRESET');
    }
    return received;
}
/** Why the caller stopped the download: its reason when it gave one as an Error, else "stopped". */
function stopReason(signal) {
    return signal.reason instanceof Error && signal.reason.name !== 'AbortError' && signal.reason.name !== 'TimeoutError'
        ? signal.reason.message
        : 'stopped by the deadline';
}
function errorCode(error) {
    const failure = error;
    return failure?.cause?.code ?? failure?.code;
}
function describe(error) {
    const failure = error;
    const detail = failure?.cause?.message ?? failure?.message ?? String(error);
    const code = errorCode(error);
    return code && !detail.includes(code) ? `${detail} (${code})` : detail;
}
/** Any URL in a message, shown without its query string. */
function withoutQueries(text) {
    return text.replace(/https?:\/\/[^\s"')]+/g, (url) => safeUrl(url));
}

;// CONCATENATED MODULE: ./build/trivy-gate/install.js








/** Trivy's release archives are 40–60 MB; a body far beyond that is not Trivy. */
const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;
class ChecksumError extends Error {
    name = 'ChecksumError';
}
async function locateTrivy(request) {
    const onPath = findOnPath(request.platform === 'win32' ? 'trivy.exe' : 'trivy', request.searchPath);
    if (onPath) {
        request.log(`Using the trivy found on PATH: ${onPath} (trivy-version and trivy-sha256 apply only to a download).`);
        return { path: onPath, source: 'path' };
    }
    const asset = releaseAsset(request.version, request.platform, request.arch);
    const tc = await Promise.all(/* import() */[__nccwpck_require__.e(118), __nccwpck_require__.e(838), __nccwpck_require__.e(805)]).then(__nccwpck_require__.bind(__nccwpck_require__, 59805));
    const cached = tc.find('trivy', request.version);
    if (cached) {
        request.log(`Using Trivy ${request.version} from the tool cache: ${cached}`);
        return { path: (0,external_node_path_.join)(cached, asset.binary), source: 'tool-cache' };
    }
    const urls = releaseUrls(request.downloadUrl, request.version, asset);
    const archive = (0,external_node_path_.join)(request.downloadDir, asset.archive);
    const checksums = (0,external_node_path_.join)(request.downloadDir, 'checksums.txt');
    const cacheKey = `trivy-gate-bin-${asset.archive}`;
    const { deadline } = request;
    const restored = (await request.cache.restore([request.downloadDir], cacheKey, [], deadline.left())) &&
        (0,external_node_fs_.existsSync)(archive) &&
        (0,external_node_fs_.existsSync)(checksums);
    if (!restored) {
        (0,external_node_fs_.mkdirSync)(request.downloadDir, { recursive: true });
        (0,external_node_fs_.writeFileSync)(checksums, await fetchChecksums(urls.checksums, deadline, request.http));
        if (!checksumFor((0,external_node_fs_.readFileSync)(checksums, 'utf8'), asset.archive)) {
            throw new ChecksumError(`The checksums file ${safeUrl(urls.checksums)} has no line for ${asset.archive}: ` +
                'refusing to install an archive that cannot be verified.');
        }
        request.log(`Downloading ${safeUrl(urls.archive)}`);
        try {
            // Our downloader, not tool-cache's: its attempts and the waits between them end with the step's deadline.
            await downloadFile({
                url: urls.archive,
                destination: archive,
                maxBytes: MAX_ARCHIVE_BYTES,
                timeoutMs: deadline.left(),
                idleTimeoutMs: Math.min(60_000, deadline.cap(60_000)),
                signal: deadline.signal,
                onRetry: (notice) => request.log(`Download of Trivy: ${notice.cause}; retrying in ${notice.delayMs} ms (attempt ${notice.attempt + 1}).`),
            });
        }
        catch (error) {
            throw new Error(error instanceof DownloadError
                ? (0,errors/* messageOf */.bD)(error)
                : `Could not download Trivy from ${safeUrl(urls.archive)}: ${(0,errors/* messageOf */.bD)(error)}`);
        }
    }
    await verifyArchive(archive, asset.archive, (0,external_node_fs_.readFileSync)(checksums, 'utf8'), urls.checksums, request.pinnedSha256);
    request.log(`Verified ${asset.archive}: SHA-256 matches the release's ` +
        `checksums${request.pinnedSha256 ? ' and trivy-sha256' : ''}.`);
    if (!restored)
        await request.cache.save([request.downloadDir], cacheKey);
    const extracted = asset.format === 'zip' ? await tc.extractZip(archive) : await tc.extractTar(archive);
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(extracted, asset.binary)))
        throw new Error(`The archive ${asset.archive} holds no ${asset.binary}.`);
    const installed = await tc.cacheDir(extracted, 'trivy', request.version);
    return { path: (0,external_node_path_.join)(installed, asset.binary), source: restored ? 'cache' : 'download' };
}
/**
 * Compares the archive's SHA-256 with the release's published one (and the pinned one). On any
 * mismatch the archive is deleted before the error is thrown, so nothing can run it.
 */
async function verifyArchive(archive, fileName, checksums, checksumsUrl, pinned) {
    const actual = await sha256File(archive);
    const published = checksumFor(checksums, fileName);
    const problem = published === undefined
        ? `the checksums file ${safeUrl(checksumsUrl)} has no line for it`
        : actual !== published
            ? `its SHA-256 is ${actual} but the release's checksums file says ${published}`
            : pinned !== undefined && actual !== pinned.toLowerCase()
                ? `its SHA-256 is ${actual} but trivy-sha256 pins ${pinned.toLowerCase()}`
                : undefined;
    if (problem) {
        (0,external_node_fs_.rmSync)(archive, { force: true });
        throw new ChecksumError(`Refusing to run Trivy: ${fileName} failed verification (${problem}). ` +
            'The download may have been tampered with; it was deleted and never executed.');
    }
}
/** SHA-256 of a file, streamed (Trivy archives are tens of MB). */
function sha256File(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
async function fetchChecksums(url, deadline, http) {
    const response = await http({
        url,
        maxRedirects: 5,
        maxBodyBytes: 256 * 1024,
        timeoutMs: deadline.cap(30_000),
        retry: { retries: 3, minDelayMs: 1000, maxDelayMs: 8000, budgetMs: deadline.cap(30_000, 0) },
        signal: deadline.signal,
    });
    if (response.status !== 200) {
        throw new Error(`Could not fetch Trivy's checksums from ${safeUrl(url)} ` +
            `(HTTP ${response.status}): check trivy-version and download-url.`);
    }
    return response.body;
}

;// CONCATENATED MODULE: ./build/trivy-gate/scan.js







/**
 * The scan path: Trivy (found or installed and verified), its database restored from the cache,
 * one run writing a JSON report, the database saved for the next run. Returns the report's path.
 * The `timeout` input bounds all of it, and running out says which phase it was.
 */
async function scanWithTrivy(context, source, dirs, now) {
    const { core } = context;
    const deadline = stepDeadline(source.timeoutMs, 'timeout', 'installing Trivy (checksums and archive), restoring its database, the database update and the scan', context.effects.clock);
    const cache = new RunnerCache(source.cache, (message) => core.warning(message), (message) => core.info(message));
    const trivy = await group(core, `Trivy ${source.trivyVersion}`, () => deadline.phase(`installing Trivy ${source.trivyVersion}`, () => locateTrivy({
        version: source.trivyVersion,
        downloadUrl: source.downloadUrl,
        ...(source.trivySha256 ? { pinnedSha256: source.trivySha256 } : {}),
        downloadDir: (0,external_node_path_.join)(dirs.tempDir, `trivy-gate-download-${source.trivyVersion}`),
        platform: process.platform,
        arch: process.arch,
        searchPath: dirs.searchPath,
        cache,
        log: (message) => core.info(message),
        deadline,
        http: context.effects.http,
    })));
    const cacheDir = (0,external_node_path_.join)(dirs.tempDir, 'trivy-gate-cache');
    (0,external_node_fs_.mkdirSync)(cacheDir, { recursive: true });
    // The vulnerability DB, the Java DB and the checks bundle: what Trivy downloads on a cold run.
    const cached = ['db', 'java-db', 'policy'].map((name) => (0,external_node_path_.join)(cacheDir, name));
    const keys = dbCacheKeys(now, `${process.platform}-${process.arch}`);
    const restored = await deadline.phase("restoring Trivy's database from the cache", () => cache.restore(cached, keys.key, keys.restoreKeys, deadline.left()));
    const workDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(dirs.tempDir, 'trivy-gate-'));
    const reportPath = (0,external_node_path_.join)(workDir, 'trivy-report.json');
    await group(core, `trivy ${source.scanType} ${source.target}`, () => deadline.phase(restored === keys.key ? 'Trivy scanned' : 'Trivy updated its database and scanned', () => runTrivy(trivy.path, {
        scanType: source.scanType,
        target: source.target,
        scanners: source.scanners,
        reportPath,
        cacheDir,
        noIgnoreFile: (0,external_node_path_.join)(workDir, 'no-ignore-file'),
        timeoutMs: deadline.cap(source.timeoutMs),
        skipUpdates: restored === keys.key,
    }, { log: (line) => core.info(line), redact: (text) => context.secrets.redact(text), exec: context.effects.exec })));
    if (restored !== keys.key)
        await cache.save(cached, keys.key);
    return reportPath;
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

;// CONCATENATED MODULE: ./build/trivy-gate/summary.js



function describeGate(policy) {
    const parts = [];
    if (policy.failOn.length > 0)
        parts.push(`fails on any ${joinWords(policy.failOn)}`);
    for (const severity of SEVERITIES) {
        const limit = policy.maxFindings[severity];
        if (limit !== undefined)
            parts.push(`allows at most ${limit} ${severity}`);
    }
    return parts.length > 0 ? parts.join(', ') : 'reports only (severity: none)';
}
function gateMarkdown(view) {
    const { verdict, policy } = view;
    const open = verdict.open.length;
    const headline = verdict.passed
        ? `### ${ICON.pass} Trivy gate passed: ` +
            `${open === 0 ? 'no open findings' : `${open} open finding${open === 1 ? '' : 's'}, none over the gate`}`
        : `### ${ICON.fail} Trivy gate failed: ${verdict.reasons.join(', ')}`;
    const ignoring = policy.ignoreUnfixed ? ', ignoring unfixed vulnerabilities' : '';
    const trivy = view.artifact.trivyVersion ? ` · Trivy ${mdText(view.artifact.trivyVersion)}` : '';
    const lines = [
        headline,
        '',
        `\`${mdText(view.artifact.name)}\` (${mdText(view.artifact.type || 'unknown type')})${trivy} · ` +
            `the gate ${describeGate(policy)}${ignoring}.`,
        '',
        ...severityChart(verdict),
        countsTable(verdict),
    ];
    if (verdict.failing.length > 0) {
        lines.push('', `#### Findings that failed the gate (${verdict.failing.length})`, '', findingsTable(verdict.failing, view.maxRows));
    }
    const failing = new Set(verdict.failing);
    const rest = verdict.open.filter((finding) => !failing.has(finding));
    if (rest.length > 0)
        lines.push('', mdDetails(`Other open findings (${rest.length})`, findingsTable(rest, view.maxRows)));
    if (verdict.suppressed.length > 0) {
        lines.push('', mdDetails(`Ignored findings (${verdict.suppressed.length})`, suppressedTable(verdict.suppressed, view.maxRows)));
    }
    lines.push(...ignoreNotes(verdict));
    const files = [`Report: \`${mdText(view.reportPath)}\``];
    if (view.sarifPath)
        files.push(`SARIF: \`${mdText(view.sarifPath)}\` (${verdict.gated.length} results)`);
    lines.push('', files.join(' · '));
    return lines.join('\n');
}
/** The summary when the report could not be trusted: no counts, only why. */
function failClosedMarkdown(reason, reportPath) {
    return [
        `### ${ICON.fail} Trivy gate failed closed`,
        '',
        mdText(reason),
        '',
        reportPath ? `Report: \`${mdText(reportPath)}\`` : 'No report was produced.',
    ].join('\n');
}
/**
 * Findings per severity: bars for those the gate judges (open, of a judged severity), a line for
 * those it lets through (open but not judged, or ignored). Nothing when there are no findings.
 */
function severityChart(verdict) {
    if (verdict.open.length === 0 && verdict.suppressed.length === 0)
        return [];
    const gated = new Set(verdict.gated);
    const count = (findings, severity) => findings.filter((finding) => finding.severity === severity).length;
    const allowed = [
        ...verdict.open.filter((finding) => !gated.has(finding)),
        ...verdict.suppressed.map((item) => item.finding),
    ];
    return [
        barChart({
            title: 'Findings by severity: gated (bars), allowed or ignored (line)',
            labels: SEVERITIES,
            axis: 'Findings',
            bars: SEVERITIES.map((severity) => count(verdict.gated, severity)),
            line: SEVERITIES.map((severity) => count(allowed, severity)),
            height: 300,
        }),
        '',
    ];
}
function countsTable(verdict) {
    const limits = new Map(verdict.limits.map((limit) => [limit.severity, limit]));
    const suppressed = new Map();
    for (const item of verdict.suppressed)
        suppressed.set(item.finding.severity, (suppressed.get(item.finding.severity) ?? 0) + 1);
    const rows = SEVERITIES.map((severity) => {
        const limit = limits.get(severity);
        const gate = !limit
            ? 'reported'
            : limit.over
                ? `${ICON.fail} over (limit ${limit.limit})`
                : `${ICON.pass} limit ${limit.limit}`;
        return [severity, String(verdict.counts[severity]), String(suppressed.get(severity) ?? 0), gate];
    });
    return mdTable(['Severity', 'Open', 'Ignored', 'Gate'], rows);
}
function findingsTable(findings, maxRows) {
    const rows = findings
        .slice(0, maxRows)
        .map((finding) => [
        finding.severity,
        mdLink(finding.id, finding.url),
        mdText(where(finding)),
        finding.kind === 'vulnerability'
            ? `${mdText(finding.installed ?? '?')} -> ${mdText(finding.fixed ?? 'no fix')}`
            : mdText(finding.kind),
        mdText(clip(finding.title, 120)),
    ]);
    return mdTable(['Severity', 'ID', 'Package', 'Installed -> fixed', 'Title'], rows) + more(findings.length, maxRows);
}
function suppressedTable(items, maxRows) {
    const rows = items
        .slice(0, maxRows)
        .map((item) => [
        item.finding.severity,
        mdLink(item.finding.id, item.finding.url),
        mdText(where(item.finding)),
        item.by,
        mdText(clip(item.reason, 160)),
    ]);
    return mdTable(['Severity', 'ID', 'Package', 'By', 'Why'], rows) + more(items.length, maxRows);
}
function ignoreNotes(verdict) {
    const lines = [];
    const describe = (entry) => `\`${mdText(entry.id)}\` (${mdText(entry.source)}, ${entry.expiresAt.toISOString().slice(0, 10)})`;
    if (verdict.expiringIgnores.length > 0) {
        lines.push('', `${ICON.warn} Ignore entries expiring within 14 days: ${verdict.expiringIgnores.map(describe).join(', ')}.`);
    }
    if (verdict.expiredIgnores.length > 0) {
        lines.push('', `${ICON.info} Expired ignore entries (they hide nothing now): ` +
            `${verdict.expiredIgnores.map(describe).join(', ')}.`);
    }
    if (verdict.unusedAllow.length > 0) {
        lines.push('', `${ICON.info} Allow entries that matched no finding: ` +
            `${verdict.unusedAllow.map((entry) => `\`${mdText(entry.id)}\``).join(', ')}.`);
    }
    return lines;
}
/** Vulnerabilities: the package (and where, when it is not the whole image); others: the file. */
function where(finding) {
    if (finding.kind !== 'vulnerability')
        return finding.startLine ? `${finding.target}:${finding.startLine}` : finding.target;
    return finding.class === 'os-pkgs' || !finding.target
        ? finding.package
        : `${finding.package} (${finding.pkgPath ?? finding.target})`;
}
function more(total, shown) {
    return total > shown ? `\n\n…and ${total - shown} more: see the full report.` : '';
}
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function joinWords(values) {
    return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

;// CONCATENATED MODULE: ./build/trivy-gate/main.js













/** Until a report has been judged, the gate has not passed: every early exit fails closed. */
const OUTPUTS = {
    passed: false,
    critical: 0,
    high: 0,
    medium: 0,
    low: 0,
    unknown: 0,
    findings: 0,
    failing: 0,
    ignored: 0,
    'report-path': '',
    'sarif-path': '',
};
/** The action, as index.ts, @github/local-action and tests run it. */
const run = defineAction({ outputs: OUTPUTS, main });
async function main(context, outputs) {
    const config = readConfig(context.inputs, context);
    const now = new Date(context.effects.clock.now());
    const ignores = await loadIgnores(config, context.core);
    const policy = {
        failOn: config.failOn,
        ignoreUnfixed: config.ignoreUnfixed,
        ignores,
        allow: config.allow,
        maxFindings: config.maxFindings,
    };
    let report;
    try {
        const reportPath = config.source.kind === 'report' ? config.source.path : await scanWithTrivy(context, config.source, config, now);
        outputs['report-path'] = reportPath;
        report = readReport(reportPath);
    }
    catch (error) {
        // No report to judge (a bad report, Trivy failing, a download refused): say so where people look.
        if (!(error instanceof errors/* ConfigError */.xL)) {
            const markdown = failClosedMarkdown((0,errors/* messageOf */.bD)(error), outputs['report-path'] || undefined);
            await writeSummary(context, markdown);
            await comment(context, config, markdown);
        }
        throw error;
    }
    const verdict = decide(report.findings, report.suppressedByTrivy, policy, now);
    Object.assign(outputs, {
        critical: verdict.counts.CRITICAL,
        high: verdict.counts.HIGH,
        medium: verdict.counts.MEDIUM,
        low: verdict.counts.LOW,
        unknown: verdict.counts.UNKNOWN,
        findings: verdict.open.length,
        failing: verdict.failing.length,
        ignored: verdict.suppressed.length,
    });
    const artifact = {
        name: report.artifactName,
        type: report.artifactType,
        ...(report.trivyVersion ? { trivyVersion: report.trivyVersion } : {}),
    };
    if (config.sarifOutput) {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(config.sarifOutput), { recursive: true });
        (0,external_node_fs_.writeFileSync)(config.sarifOutput, JSON.stringify(buildSarif(verdict.gated, artifact)));
        outputs['sarif-path'] = config.sarifOutput;
    }
    logVerdict(context.core, verdict);
    const view = {
        verdict,
        policy,
        artifact,
        reportPath: outputs['report-path'],
        ...(outputs['sarif-path'] ? { sarifPath: outputs['sarif-path'] } : {}),
    };
    await writeSummary(context, gateMarkdown({ ...view, maxRows: 100 }));
    await comment(context, config, gateMarkdown({ ...view, maxRows: 20 }));
    outputs.passed = verdict.passed;
    if (!verdict.passed)
        throw new Error(`Trivy gate failed: ${verdict.reasons.join(', ')} in ${report.artifactName}.`);
}
/** The report as the gate reads it: a missing, unreadable or empty file is a ReportError (fail closed). */
function readReport(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new ReportError(`The Trivy report ${path} does not exist, so the gate fails closed.`);
    if (!(0,external_node_fs_.statSync)(path).isFile())
        throw new ReportError(`The Trivy report ${path} is not a file.`);
    return parseReport((0,external_node_fs_.readFileSync)(path), path);
}
async function loadIgnores(config, core) {
    const file = config.ignoreFile;
    if (!file)
        return [];
    if (!(0,external_node_fs_.existsSync)(file.path)) {
        if (file.explicit)
            throw new errors/* ConfigError */.xL(`Input "ignore-file": ${file.path} does not exist.`);
        return [];
    }
    const parsed = await parseIgnoreFile((0,external_node_fs_.readFileSync)(file.path, 'utf8'), file.path);
    for (const warning of parsed.warnings)
        core.warning(warning);
    core.info(`Ignore file ${file.path}: ${parsed.entries.length} entries.`);
    return parsed.entries;
}
function logVerdict(core, verdict) {
    const counts = Object.entries(verdict.counts)
        .map(([severity, count]) => `${severity} ${count}`)
        .join(', ');
    core.info(`Open findings: ${counts}; ignored: ${verdict.suppressed.length}.`);
    for (const finding of verdict.failing.slice(0, 50)) {
        // Every field comes from the report (a package name can come from a pull request's lockfile):
        // each stays on this one line, so none can pose as a log line or a command of its own.
        const version = finding.kind === 'vulnerability' ? ` ${finding.installed ?? '?'} -> ${finding.fixed ?? 'no fix'}` : '';
        const fields = [finding.severity, finding.id, `${finding.package || finding.target}${version}:`, finding.title];
        core.info(`  ${fields.map(escapeData).join(' ')}`);
    }
    if (verdict.failing.length > 50)
        core.info(`  …and ${verdict.failing.length - 50} more failing findings.`);
    for (const entry of verdict.expiringIgnores) {
        core.warning(`Ignore entry ${entry.id} (${entry.source}) expires on ${entry.expiresAt.toISOString().slice(0, 10)}.`);
    }
}
async function comment(context, config, markdown) {
    if (!config.comment)
        return;
    await commentOnPullRequest(context, { token: config.comment.token, key: config.comment.key, body: markdown });
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
/******/ var __webpack_exports__ = __nccwpck_require__(19317);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
