// The standalone page: the same checker as XxgkLint.mount(), on the whole window, with the seed
// reports as samples and the draft kept in localStorage.
(function () {
  if (typeof WebAssembly !== 'object' || !window.XxgkLint) return; // the boot message explains
  var SAMPLES = /*@@SAMPLES@@*/[];
  var boot = document.getElementById('boot');
  boot.parentNode.removeChild(boot);
  window.xxgkLintPage = window.XxgkLint.mount(document.getElementById('app'), {
    full: true,
    storageKey: 'xxgk-lint:draft',
    worker: true, // this page has no CSP: checks can always try a blob: worker
    samples: SAMPLES
  });
  window.xxgkLintPage.focus();
})();
