// Small DOM helpers every part of the checker uses. Report text only ever enters the page through
// textContent (el's third argument), never as HTML; escapeHtml is for the HTML built as strings
// (the clipboard copy and the exported report).

export function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

export function button(label, cls, title) {
  var b = el('button', 'xl-btn' + (cls ? ' ' + cls : ''), label);
  b.type = 'button';
  if (title) b.title = title;
  return b;
}

// Styles go into a shadow root as a constructed sheet where supported: a strict style-src CSP
// blocks <style> elements but not CSSOM. Older browsers (Chromium < 73) get a <style> element.
export function applyStyles(root, css) {
  try {
    if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function') {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      return;
    }
  } catch (e) { /* fall through to a <style> element */ }
  var style = document.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}

// A new element (not yet in the page) with an open shadow root styled by css: host styles cannot
// reach in and ours cannot leak out.
export function shadowHost(tag, cls, css) {
  var host = el(tag, cls);
  var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  applyStyles(root, css);
  return { host: host, root: root };
}

export function escapeHtml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// Scrolls only the given pane, never the host page.
export function scrollWithin(pane, node) {
  var p = pane.getBoundingClientRect();
  var r = node.getBoundingClientRect();
  if (r.top < p.top || r.bottom > p.bottom) pane.scrollTop += r.top - p.top - pane.clientHeight / 3;
  if (r.left < p.left || r.right > p.right) pane.scrollLeft += r.left - p.left - pane.clientWidth / 3;
}

// Restarts the 'xl-flash' animation on the nodes, and takes it off again once it has played.
export function flash(nodes) {
  nodes.forEach(function (n) {
    n.classList.remove('xl-flash');
    void n.offsetWidth; // restart the animation
    n.classList.add('xl-flash');
  });
  setTimeout(function () { nodes.forEach(function (n) { n.classList.remove('xl-flash'); }); }, 1800);
}
