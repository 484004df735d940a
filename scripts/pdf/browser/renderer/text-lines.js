// @ts-check
/**
 * Where the lines of the laid-out pages break, measured from the boxes
 * Chromium gives each character: shared by the preflight (preflight.js) and
 * the text layer (text-layer.js), which both run once every page is laid out.
 */
(() => {
  const actes = (window.actes ??= {});

  /**
   * The box of the character at `offset`, or undefined when it draws nothing
   * (a collapsed space, a soft hyphen where no line breaks).
   * @param {Text} node @param {number} offset
   */
  function charBox(node, offset) {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    return Array.from(range.getClientRects()).find((rect) => rect.width > 0 && rect.height > 0);
  }

  /**
   * The nearest character that draws something, from `offset` in `node`
   * towards `step` (-1 back, +1 forward), in the text nodes of `block`.
   * @param {Text} node @param {number} offset @param {-1 | 1} step @param {Element} block
   */
  function nearestBox(node, offset, step, block) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    walker.currentNode = node;
    /** @type {Text | null} */
    let current = node;
    let index = offset;
    // A few characters at most: spaces and soft hyphens are rare in a row.
    for (let tries = 0; current && tries < 8; tries++) {
      if (index < 0 || index >= current.length) {
        current = /** @type {Text | null} */ (step < 0 ? walker.previousNode() : walker.nextNode());
        index = current && step < 0 ? current.length - 1 : 0;
        continue;
      }
      const box = charBox(current, index);
      if (box) return box;
      index += step;
    }
    return undefined;
  }

  /**
   * Whether a line of `block` breaks at the soft hyphen at `offset`: Chromium
   * then draws a hyphen there, the only case where a soft hyphen has a width.
   * Where a page cuts the block right after it, nothing follows it on the page.
   * @param {Text} node @param {number} offset @param {Element} block
   */
  function breaksAt(node, offset, block) {
    if (charBox(node, offset)) return true;
    return block.hasAttribute("data-split-to") && !nearestBox(node, offset + 1, 1, block) && nearestBox(node, offset - 1, -1, block) !== undefined;
  }

  /**
   * How many lines `element` has on its page: its boxes grouped by top, half a line apart.
   * @param {Element} element
   */
  function lineCount(element) {
    const range = document.createRange();
    range.selectNodeContents(element);
    const tops = Array.from(range.getClientRects())
      .filter((rect) => rect.width > 0 && rect.height > 0)
      .map((rect) => rect.top)
      .sort((a, b) => a - b);
    const half = (parseFloat(getComputedStyle(element).lineHeight) || 12) / 2;
    let lines = 0;
    let last = -Infinity;
    for (const top of tops) {
      if (top - last > half) {
        lines++;
        last = top;
      }
    }
    return lines;
  }

  actes.lines = { charBox, breaksAt, lineCount };
})();
