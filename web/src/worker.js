// Checks in a Web Worker, so that a long check (a pasted 5–16 MB report takes a second or more)
// does not freeze typing. The worker runs this script's own copy of the module: build.mjs wraps
// the Emscripten factory as xxgkLintModuleSource(), and that function's source text together
// with checkerWorkerMain() becomes a blob: URL. No extra file and no network, so it works from
// file:// too. Where no worker can be made (no Worker; a CSP whose worker-src/script-src lacks
// blob:) the caller checks on the main thread instead, with engine.check().
import { xxgkLintModuleSource } from 'xxgk-lint-module';
import { engine } from './engine.js';

// Runs inside the worker. It travels as source text, so it may use nothing from this file's scope.
// Messages are answered in the order they came: each waits on the same module promise.
function checkerWorkerMain(factory) {
  var ready = factory();
  self.onmessage = function (e) {
    var job = e.data;
    ready.then(function (mod) {
      var reply = { id: job.id };
      try {
        if (job.view) reply.view = mod.documentView(job.text);
        else reply.json = mod.check(job.text, { template: job.template, previous: job.previous });
      } catch (err) {
        reply.crash = String(err && err.message || err);
        ready = factory(); // it aborted (out of memory): the next check gets a fresh module
      }
      self.postMessage(reply);
    }, function (err) {
      self.postMessage({ id: job.id, unusable: String(err && err.message || err) });
    });
  };
}

export var checkWorker = (function () {
  var worker = null;
  var blobUrl = '';
  var broken = false; // a worker failed here once: stay on the main thread from then on
  var jobs = {};      // id -> {text, template, previous, resolve}, answered in id order
  var nextId = 1;

  function source() {
    return '(' + checkerWorkerMain + ')((' + xxgkLintModuleSource + ')());';
  }

  function canTry() {
    return !broken && typeof Worker === 'function' && typeof Blob === 'function' &&
      typeof URL === 'function' && typeof URL.createObjectURL === 'function' &&
      typeof xxgkLintModuleSource === 'function';
  }

  // Creates the worker on first use; false where checks must stay on the main thread.
  function start() {
    if (worker) return true;
    if (!canTry()) return false;
    try {
      blobUrl = URL.createObjectURL(new Blob([source()], { type: 'text/javascript' }));
      worker = new Worker(blobUrl);
    } catch (e) {
      abandon();
      return false;
    }
    worker.onmessage = onReply;
    // A CSP that forbids blob: workers, or a worker that cannot start, reports here, later.
    worker.onerror = function (e) { if (e && e.preventDefault) e.preventDefault(); abandon(); };
    return true;
  }

  function forgetUrl() {
    // Kept until the worker has answered once: older Chromium reads the blob after new Worker().
    if (blobUrl) URL.revokeObjectURL(blobUrl);
    blobUrl = '';
  }

  function onReply(e) {
    var reply = e.data;
    forgetUrl();
    if (reply.unusable) { abandon(); return; }
    var job = jobs[reply.id];
    delete jobs[reply.id];
    if (job && job.view) job.resolve(reply.crash ? null : JSON.parse(reply.view));
    else if (job) job.resolve(reply.crash ? engine.crashResult(reply.crash) : JSON.parse(reply.json));
  }

  // The worker cannot be used: stop it, and do what it still owed on the main thread.
  function abandon() {
    broken = true;
    if (worker) worker.terminate();
    worker = null;
    forgetUrl();
    var owed = jobs;
    jobs = {};
    Object.keys(owed).forEach(function (id) {
      var job = owed[id];
      job.resolve(job.view ? viewOnMainThread(job.text) : onMainThread(job.text, job.template, job.previous));
    });
  }

  function viewOnMainThread(text) {
    return engine.load().then(function () { return engine.documentView(text); });
  }

  function onMainThread(text, template, previous) {
    return engine.load().then(function () { return engine.check(text, { template: template, previous: previous }); });
  }

  // Promise of the parsed result, from the worker when there is one, else from the main thread.
  // previous: last year's report, or ''.
  function check(text, template, previous) {
    previous = previous || '';
    if (!start()) return onMainThread(text, template, previous);
    return new Promise(function (resolve) {
      var id = nextId++;
      jobs[id] = { text: text, template: template, previous: previous, resolve: resolve };
      worker.postMessage({ id: id, text: text, template: template, previous: previous });
    });
  }

  // Promise of the document view of an HTML text (core/check.h document_to_json), or null: reading
  // a multi-megabyte page takes a second, which would freeze the page on the main thread.
  function view(text) {
    if (!start()) return viewOnMainThread(text);
    return new Promise(function (resolve) {
      var id = nextId++;
      jobs[id] = { text: text, view: true, resolve: resolve };
      worker.postMessage({ id: id, text: text, view: true });
    });
  }

  // Whether a worker is running now (false once it was abandoned for the main thread).
  function active() {
    return !!worker;
  }

  return { start: start, check: check, view: view, active: active };
})();
