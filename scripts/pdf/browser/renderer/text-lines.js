// @ts-check
/**
 * Where the lines of the laid-out pages break, measured from the boxes
 * Chromium gives each character, for the preflight (layout-findings.js), once
 * every page is laid out. Lines are counted with the line model of the
 * handler that keeps widows and orphans (booklet/widows-orphans.js), so the
 * check and the rule it checks read lines the same way, columns included.
 */
(() => {
  const actes = (window.actes ??= {});

  /**
   * The box of the character at `offset`, or undefined when it draws nothing
   * (a collapsed space, a soft hyphen where no line breaks). Chromium gives
   * the character after a soft-hyphen break two boxes, the hyphen's at the end
   * of the line and its own on the next: `last` takes the latter.
   * @param {Text} node @param {number} offset @param {boolean} [last]
   */
  function charBox(node, offset, last = false) {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const boxes = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0);
    return last ? boxes.at(-1) : boxes[0];
  }

  /**
   * The nearest character that draws something, from `offset` in `node`
   * towards `step` (-1 back, +1 forward), in the text nodes of `block`.
   * @param {Text} node @param {number} offset @param {-1 | 1} step @param {Element} block
   */
  function nearestBox(node, offset, step, block) {
    const last = step > 0;
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
      const box = charBox(current, index, last);
      if (box) return box;
      index += step;
    }
    return undefined;
  }

  /**
   * Whether a line of `block` breaks at the soft hyphen at `offset`: the
   * characters drawn before and after it are on different lines, or nothing
   * follows it on a page where the block goes on to the next. (The soft
   * hyphen's own box says nothing: inside a ligature, « f­f », it has a width.)
   * @param {Text} node @param {number} offset @param {Element} block
   */
  function breaksAt(node, offset, block) {
    const before = nearestBox(node, offset - 1, -1, block);
    if (!before) return false;
    const after = nearestBox(node, offset + 1, 1, block);
    if (!after) return block.hasAttribute("data-split-to");
    return after.top - before.top > Math.min(before.height, after.height) / 2;
  }

  /**
   * How many lines `element` has on its page, by the widows and orphans
   * handler's line model (its boxes in flow order, half a line apart), in
   * the frame of its page's content area.
   * @param {Element} element
   */
  function lineCount(element) {
    const model = actes.lineModel;
    if (!model) throw new Error("text-lines.js: the booklet's widows-orphans.js is not loaded.");
    const range = document.createRange();
    range.selectNodeContents(element);
    const area = (element.closest(".pagedjs_page_content") ?? element).getBoundingClientRect();
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight) || 12;
    return model.lineKeys(range, lineHeight, { left: area.left, width: area.width }).length;
  }

  actes.lines = { charBox, breaksAt, lineCount };
})();
