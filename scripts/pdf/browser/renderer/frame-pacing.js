// @ts-check
/**
 * Given to the print page by the renderer before any script runs.
 * Paged.js lays out one page per animation frame, and headless Chromium paces
 * frames at 60 Hz: frames are given back to back instead (a message task
 * each). The pages are laid out the same, without the waits.
 */
(() => {
  const channel = new MessageChannel();
  /** @type {FrameRequestCallback[]} */
  const callbacks = [];
  channel.port1.onmessage = () => callbacks.shift()?.(performance.now());
  window.requestAnimationFrame = (callback) => {
    callbacks.push(callback);
    channel.port2.postMessage(null);
    return callbacks.length;
  };
})();
