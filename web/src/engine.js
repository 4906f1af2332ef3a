// Loads the WebAssembly module once and runs checks through it on the main thread (worker.js runs
// the page's checks off it). 'xxgk-lint-module' is the Emscripten output (wasm embedded), which
// web/build.mjs wraps as a function and bundles in: see moduleSourcePlugin there.
import { xxgkLintModuleSource } from 'xxgk-lint-module';

var MSG_NO_WASM = '当前浏览器不支持 WebAssembly，无法运行检查程序。' +
  '如果您使用的是 360、QQ、搜狗等双核浏览器，请点击地址栏右侧的图标切换到“极速模式”；' +
  '或者改用新版 Chrome、Edge、Firefox 浏览器打开本页面。';
var MSG_CSP = '页面的安全策略（Content-Security-Policy）禁止运行 WebAssembly。' +
  '请网站管理员在 script-src 中加入 \'wasm-unsafe-eval\'。';
var MSG_RELOADED = '已自动重新加载，请稍后再试。';

var XxgkLintModule = xxgkLintModuleSource();

export var engine = (function () {
  var mod = null;
  var loading = null;
  // Read from the first module that loaded: they never change, and a module that crashed can no
  // longer be asked (see crashResult).
  var templates = null;
  var internalTemplate = null;

  function hasWasm() {
    return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
  }

  function explain(err) {
    var text = String(err && err.message || err);
    if (/Content.Security.Policy|unsafe-eval|CompileError/i.test(text)) return new Error(MSG_CSP + '（' + text + '）');
    return new Error('检查程序加载失败：' + text);
  }

  function load() {
    if (!hasWasm()) return Promise.reject(new Error(MSG_NO_WASM));
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        // The factory reports a failed instantiation both by rejecting and through onAbort.
        XxgkLintModule({ onAbort: function (what) { reject(explain(what)); } }).then(function (m) {
          if (!templates) templates = JSON.parse(m.templates());
          if (!internalTemplate) internalTemplate = m.internalError('');
          mod = m;
          resolve(m);
        }, function (e) { reject(explain(e)); });
      });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  function templateOf(options) {
    if (typeof options === 'string') return options;
    if (options && typeof options.template === 'string') return options.template;
    return '';
  }

  // What a crash inside the module (here or in the worker, worker.js) shows the clerk: the core's
  // own error result (code "internal"), with what happened and what the page did about it.
  function crashResult(e) {
    var r = JSON.parse(internalTemplate);
    r.error.message += '，' + MSG_RELOADED + '（' + (e && e.message || e) + '）';
    return r;
  }

  // Returns the parsed contract object. Never throws once ready: the module has no exceptions, so
  // a failure inside it (out of memory) aborts it; that becomes an "internal" error result and a
  // fresh module is loaded, since the old one can no longer be used.
  function check(text, options) {
    if (!mod) throw new Error('XxgkLint 尚未加载完成：请先等待 XxgkLint.ready');
    var previous = options && typeof options.previous === 'string' ? options.previous : '';  // last year's report
    var json = guarded(function () {
      return mod.check(String(text == null ? '' : text), { template: templateOf(options), previous: previous });
    });
    return json.crash ? crashResult(json.crash) : JSON.parse(json);
  }

  // Runs a call into the module; if the module aborted, loads a fresh one and returns {crash}.
  function guarded(call) {
    try {
      return call();
    } catch (e) {
      mod = null;
      loading = null;
      load();
      return { crash: e };
    }
  }

  // The document view of an HTML input (core/check.h document_to_json), or null where the module
  // is not ready or failed on it: the page then shows the source as before.
  function documentView(text) {
    var json = mod ? guarded(function () { return mod.documentView(String(text == null ? '' : text)); }) : null;
    return typeof json === 'string' ? JSON.parse(json) : null;
  }

  return {
    load: load,
    documentView: documentView,
    isReady: function () { return !!mod; },
    check: check,
    crashResult: crashResult,
    version: function () { return mod ? mod.version() : ''; },
    rules: function () { return mod ? JSON.parse(mod.rules()) : []; },
    // Both templates (core/include/xxgk/xxgk.h templates_to_json), once a module has loaded; [] before.
    templates: function () { return templates || []; }
  };
})();
