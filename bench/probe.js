// The from-navigation clock (bench/pages.mjs inlines this classic script first in each page's
// <head>, before the tool's own tags, and calls benchProbe with the tool's predicate).
//
// The same frame logic as bench/harness.js, with navigation start as time zero (performance.now()
// counts from performance.timeOrigin): the tool's content "is there" when `ready()` holds, checked by
// a MutationObserver on the document and on every shadow root attached (attachShadow is wrapped to
// observe each new one) and at the start of every frame; the frame that paints it is the one whose
// rendering phase it happened in, else the next; that frame's end is when a message posted from its
// requestAnimationFrame callback is delivered. It also notes when each custom element is defined
// (the widget's script has run). The result is window.benchNav; `bench:painted` on the console tells
// the runner (bench/navigate.mjs) without it polling the page.
/* exported benchProbe */
// eslint-disable-next-line no-unused-vars
function benchProbe(ready) {
  const result = { defined: {} };
  window.benchNav = result;
  let frame = 0;
  let rendering = false;
  let paintFrame = 0;
  const channel = new MessageChannel();
  const tick = () => {
    frame++;
    rendering = true;
    if (!result.ms) requestAnimationFrame(tick);
    channel.port2.postMessage(frame);
    check();
  };
  channel.port1.onmessage = ({ data }) => {
    rendering = false;
    if (paintFrame && data >= paintFrame && !result.ms) {
      result.ms = performance.now();
      console.log('bench:painted');
    }
  };
  requestAnimationFrame(tick);
  const observer = new MutationObserver(() => check());
  const options = { childList: true, subtree: true, characterData: true };
  observer.observe(document, options);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (!paintFrame) observer.observe(root, options);
    return root;
  };
  const define = customElements.define;
  customElements.define = function (name, ...rest) {
    result.defined[name] ??= performance.now();
    return define.call(this, name, ...rest);
  };
  function check() {
    if (paintFrame) return;
    let ok = false;
    try { ok = Boolean(ready()); } catch (e) { result.lastError = String(e); } // a predicate may throw before the page is there
    if (!ok) return;
    result.inDom = performance.now();
    paintFrame = rendering ? frame : frame + 1;
    observer.disconnect();
    Element.prototype.attachShadow = attachShadow;
    customElements.define = define;
  }
}
