export const id = 370;
export const ids = [370];
export const modules = {

/***/ 370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EnvHttpProxyAgent: () => (/* reexport default export from named module */ undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_2__),
/* harmony export */   RetryAgent: () => (/* reexport default export from named module */ undici_lib_dispatcher_retry_agent_js__WEBPACK_IMPORTED_MODULE_3__),
/* harmony export */   interceptors: () => (/* binding */ interceptors),
/* harmony export */   request: () => (/* binding */ request)
/* harmony export */ });
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(883);
/* harmony import */ var undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6615);
/* harmony import */ var undici_lib_dispatcher_env_http_proxy_agent_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3137);
/* harmony import */ var undici_lib_dispatcher_retry_agent_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50);
/* harmony import */ var undici_lib_interceptor_redirect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1514);





// What undici's index.js does before anything else: every dispatcher gets request(), stream()…
Object.assign(undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_0__.prototype, undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_1__);

const interceptors = { redirect: undici_lib_interceptor_redirect_js__WEBPACK_IMPORTED_MODULE_4__ };
/** undici's `request(url, options)` for a request that names its dispatcher (we always do). */
function request(url, options) {
    const target = new URL(url);
    const { dispatcher, ...rest } = options;
    return dispatcher.request({
        ...rest,
        origin: target.origin,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? 'GET',
    });
}


/***/ })

};
