export const id = 359;
export const ids = [359];
export const modules = {

/***/ 42359:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseTrivyIgnoreYaml: () => (/* binding */ parseTrivyIgnoreYaml)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61469);
/* harmony import */ var _ignore_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43263);




/**
 * `.trivyignore.yaml` (or `.yml`), as Trivy reads it (pkg/result/ignore.go): `vulnerabilities`,
 * `misconfigurations`, `secrets` (and `licenses`, which this gate does not judge) lists of
 * `{id, paths, purls, expired_at, statement}`. Its own module, so that the YAML parser is loaded
 * only when a run has such a file (ignore-file.ts imports it then).
 */
const YAML_SECTIONS = {
    vulnerabilities: 'vulnerability',
    misconfigurations: 'misconfiguration',
    secrets: 'secret',
    licenses: undefined,
};
function parseTrivyIgnoreYaml(text, file) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file);
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter });
    if (doc.errors.length > 0)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`The ignore file ${file} is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    const result = { entries: [], warnings: [] };
    if (doc.contents === null)
        return result;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(doc.contents))
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`The ignore file ${file} must be a YAML mapping with vulnerabilities, misconfigurations, secrets or licenses.`);
    for (const pair of doc.contents.items) {
        const section = String(pair.key?.value ?? pair.key);
        if (!(section in YAML_SECTIONS)) {
            result.warnings.push(`${name}: unknown section "${section}" (Trivy reads vulnerabilities, misconfigurations, secrets and licenses).`);
            continue;
        }
        const kind = YAML_SECTIONS[section];
        if (pair.value === null || kind === undefined)
            continue;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(pair.value))
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`The ignore file ${file}: "${section}" must be a list of entries with an id.`);
        for (const item of pair.value.items) {
            const node = item;
            const source = `${name}:${lineCounter.linePos(node.range?.[0] ?? 0).line}`;
            result.entries.push(yamlEntry(node.toJSON ? node.toJSON() : item, kind, source, file));
        }
    }
    return result;
}
function yamlEntry(value, kind, source, file) {
    const fields = value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
    const id = fields?.['id'];
    if (typeof id !== 'string' || id.trim() === '')
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`The ignore file ${file}: the entry at ${source} has no id.`);
    const entry = {
        id: id.trim(),
        kinds: [kind],
        paths: strings(fields['paths'], 'paths', source, file),
        purls: strings(fields['purls'], 'purls', source, file),
        source,
    };
    const expired = fields['expired_at'];
    if (expired !== undefined && expired !== null) {
        const date = expired instanceof Date ? expired : (0,_ignore_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDate */ ._U)(String(expired));
        if (!date)
            throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`The ignore file ${file}: expired_at ${JSON.stringify(expired)} at ${source} is not a date (YYYY-MM-DD).`);
        entry.expiresAt = date;
    }
    if (typeof fields['statement'] === 'string' && fields['statement'].trim() !== '')
        entry.statement = fields['statement'].trim();
    return entry;
}
function strings(value, field, source, file) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`The ignore file ${file}: ${field} at ${source} must be a list of strings.`);
    }
    return value;
}


/***/ })

};
