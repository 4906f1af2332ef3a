// Entry of the standalone page's own script, which runs after xxgk-lint.js (inlined before it in
// page.html): the same checker as XxgkLint.mount(), on the whole window, with the seed reports as
// samples ('xxgk-lint-samples', filled in by web/build.mjs) and the draft kept in localStorage.
import SAMPLES from 'xxgk-lint-samples';

function start() {
  if (typeof WebAssembly !== 'object' || !window.XxgkLint) return; // the boot message explains
  var boot = document.getElementById('boot');
  boot.parentNode.removeChild(boot);
  window.xxgkLintPage = window.XxgkLint.mount(document.getElementById('app'), {
    full: true,
    storageKey: 'xxgk-lint:draft',
    worker: true, // this page has no CSP: checks can always try a blob: worker
    samples: SAMPLES
  });
  window.xxgkLintPage.focus();
}

start();
