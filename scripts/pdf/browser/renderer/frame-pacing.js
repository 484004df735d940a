// @ts-check
/**
 * Given to the print page by the renderer before any script runs.
 * Paged.js lays out one page per animation frame, and headless Chromium paces
 * frames at 60 Hz: frames are given back to back instead (a message task
 * each), in the order asked. The pages are laid out the same, without the
 * waits. Only the renderer's print page is paced (never a website page, nor
 * `npm start`'s preview); the browser's own functions stay reachable as
 * `window.actes.framePacing.native`.
 */
(() => {
  const actes = (window.actes ??= {});
  const native = { requestAnimationFrame: window.requestAnimationFrame.bind(window), cancelAnimationFrame: window.cancelAnimationFrame.bind(window) };
  const channel = new MessageChannel();
  /** Waiting callbacks by id, in the order asked (a Map keeps insertion order). @type {Map<number, FrameRequestCallback>} */
  const waiting = new Map();
  let lastId = 0;
  channel.port1.onmessage = () => {
    const next = waiting.entries().next();
    if (next.done) return;
    const [id, callback] = next.value;
    waiting.delete(id);
    callback(performance.now());
  };
  window.requestAnimationFrame = (callback) => {
    // Ids as the browser gives them: unique, never 0, so that cancelAnimationFrame can name one.
    const id = ++lastId;
    waiting.set(id, callback);
    channel.port2.postMessage(null);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    waiting.delete(id);
  };
  actes.framePacing = { native };
})();
