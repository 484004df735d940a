// @ts-check
/**
 * Paged.js handlers of the print booklet, run in the browser (copied to
 * /assets/js/booklet.js by scripts/eleventy/print-plugin.ts):
 * - widows and orphans: Paged.js breaks text wherever the page is full, so a
 *   paragraph is moved back or forward to keep two lines on each side;
 * - once all pages exist: folios (roman in the front matter, arabic
 *   from the first page of the body; CSS `counter-reset: page` in the middle of
 *   the document does not work in Paged.js 0.4), and the page numbers of the
 *   table of contents and indexes, filled into placeholders of their final
 *   width (CSS target-counter is slow and dropped entries in long books).
 * It must load after paged.polyfill.js, which runs the handlers once the document is ready.
 */
(() => {
  /** @type {any} */
  const Paged = /** @type {any} */ (window).Paged;
  if (!Paged) throw new Error("booklet.js: Paged.js is not loaded; include paged.polyfill.js before this script.");

  /** @param {number} n */
  function roman(n) {
    const numerals = /** @type {const} */ ([[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]]);
    let out = "";
    for (const [value, letters] of numerals) {
      while (n >= value) {
        out += letters;
        n -= value;
      }
    }
    return out;
  }

  /**
   * Position of a box in the flow of the page being laid out. Paged.js lets the
   * content that does not fit run into further columns to the right of the page,
   * so the flow order is column first, then top.
   * @typedef {{ left: number, width: number }} Frame
   * @param {DOMRect} rect @param {Frame} frame
   */
  function flowKey(rect, frame) {
    const column = Math.max(0, Math.floor((rect.left - frame.left + 1) / frame.width));
    return column * 1e6 + rect.top;
  }

  /** Flow positions of the lines a range covers: its boxes grouped when closer than half a line. */
  /** @param {Range} range @param {number} lineHeight @param {Frame} frame */
  function lineKeys(range, lineHeight, frame) {
    const keys = Array.from(range.getClientRects())
      .filter((rect) => rect.width > 0 && rect.height > 0)
      .map((rect) => flowKey(rect, frame))
      .sort((a, b) => a - b);
    /** @type {number[]} */
    const lines = [];
    for (const key of keys) {
      const last = lines[lines.length - 1];
      if (last === undefined || key - last > lineHeight / 2) lines.push(key);
    }
    return lines;
  }

  /** Flow position of the character at `offset`, or -Infinity when it draws nothing (a collapsed space, a soft hyphen). */
  /** @param {Text} node @param {number} offset @param {Frame} frame */
  function charKey(node, offset, frame) {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const rect = Array.from(range.getClientRects()).find((r) => r.width > 0 && r.height > 0);
    return rect ? flowKey(rect, frame) : -Infinity;
  }

  /**
   * The text position where the line at flow position `key` begins, searched in
   * the text nodes of `block` before `limit`. Flow positions never decrease in
   * reading order, so each node is searched by bisection.
   * @param {Element} block @param {number} key @param {number} lineHeight @param {Frame} frame @param {Text} limitNode @param {number} limitOffset
   * @returns {[Text, number] | undefined}
   */
  function lineStart(block, key, lineHeight, frame, limitNode, limitOffset) {
    const threshold = key - lineHeight / 2;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = /** @type {Text | null} */ (walker.nextNode()); node; node = /** @type {Text | null} */ (walker.nextNode())) {
      const end = node === limitNode ? limitOffset : node.length;
      if (end === 0 || charKey(node, end - 1, frame) < threshold) {
        if (node === limitNode) return undefined;
        continue;
      }
      let low = 0;
      let high = end - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (charKey(node, middle, frame) < threshold) low = middle + 1;
        else high = middle;
      }
      return atBreakOpportunity(node, low);
    }
    return undefined;
  }

  /** Characters a line may break after (no-break spaces excluded). */
  const BREAK_AFTER = /[ \t\n\r\u00AD\u200B\-\u2010\u2013\u2014/]/;

  /**
   * A line only starts at a break opportunity. Chromium reports the character
   * that follows a soft-hyphen break at the end of the previous line (where the
   * hyphen is drawn), so a position found by measuring is moved back to the
   * nearest opportunity in its text node.
   * @param {Text} node @param {number} offset
   * @returns {[Text, number]}
   */
  function atBreakOpportunity(node, offset) {
    const text = node.data;
    while (offset > 0 && !BREAK_AFTER.test(text.charAt(offset - 1))) offset--;
    return [node, offset];
  }

  /**
   * The element to move to the next page with `block`: headings and anything
   * marked `break-after: avoid` just before it go along.
   * @param {Element} block @param {Element} rendered
   */
  function keepWithPrevious(block, rendered) {
    let target = block;
    for (;;) {
      const previous = target.previousElementSibling;
      if (!previous) {
        const parent = target.parentElement;
        if (!parent || parent === rendered || !rendered.contains(parent)) return target;
        target = parent;
        continue;
      }
      if (getComputedStyle(previous).breakAfter === "avoid" || /^H[1-6]$/.test(previous.tagName)) {
        target = previous;
        continue;
      }
      return target;
    }
  }

  /** @returns {HTMLElement[]} */
  const laidOutPages = () => Array.from(document.querySelectorAll(".pagedjs_pages > .pagedjs_page"));

  /**
   * Numbers the pages once they are all together: page ids and numbers (parts
   * were numbered from 1 each), folios, then every page reference, and repeated
   * numbers of an index entry merged.
   * @returns {{ pages: number, frontMatterPages: number }}
   */
  function numberPages() {
    const pages = laidOutPages();
    const bodyStart = pages.findIndex((page) => page.querySelector("[data-matter='body']"));
    const frontMatterPages = bodyStart === -1 ? pages.length : bodyStart;
    pages.forEach((page, index) => {
      const side = index % 2 === 0 ? "pagedjs_right_page" : "pagedjs_left_page";
      if (!page.classList.contains(side)) {
        throw new Error(`booklet.js: page ${index + 1} was laid out as a ${side === "pagedjs_right_page" ? "left" : "right"}-hand page: the parts of the book were put together out of step.`);
      }
      page.id = `page-${index + 1}`;
      page.dataset.pageNumber = String(index + 1);
      const folio = index < frontMatterPages ? roman(index + 1) : String(index - frontMatterPages + 1);
      page.dataset.folio = folio;
      page.style.setProperty("--actes-folio", JSON.stringify(folio));
    });
    /** @type {HTMLElement | null} */ (document.querySelector(".pagedjs_pages"))?.style.setProperty("--pagedjs-page-count", String(pages.length));

    for (const ref of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll(".pagedjs_pages .page-ref[data-target]"))) {
      const id = ref.dataset.target ?? "";
      // The first element with that id: where the entry starts (a split element repeats its id on the next page).
      const page = /** @type {HTMLElement | null} */ (document.getElementById(id)?.closest(".pagedjs_page") ?? null);
      if (!page?.dataset.folio) throw new Error(`booklet.js: the page reference to #${id} points to nothing in the booklet.`);
      ref.textContent = page.dataset.folio;
    }
    for (const refs of document.querySelectorAll(".pagedjs_pages .page-refs")) {
      const seen = new Set();
      for (const link of Array.from(refs.querySelectorAll(".page-refs__ref"))) {
        if (!seen.has(link.textContent)) {
          seen.add(link.textContent);
          continue;
        }
        const separator = link.previousElementSibling;
        if (separator?.classList.contains("page-refs__sep")) separator.remove();
        link.remove();
      }
    }
    return { pages: pages.length, frontMatterPages };
  }

  // The renderer numbers the pages itself when it lays out the book in parts (scripts/pdf/browser/fast-pagination.js).
  Object.assign(window, { actesNumberPages: numberPages });

  class Booklet extends Paged.Handler {
    /** @param {any} chunker @param {unknown} polisher @param {unknown} caller */
    constructor(chunker, polisher, caller) {
      super(chunker, polisher, caller);
      // The hyphen Paged.js adds where a page breaks a word: its default U+2011 is not in our fonts.
      chunker.settings.hyphenGlyph = "-";
    }

    /**
     * Keeps `orphans` lines at the foot of a page and `widows` lines at the head
     * of the next one (the CSS properties), by moving the start of the overflow.
     * @param {Range | undefined} overflow @param {Element} rendered @param {DOMRect} bounds the page's content box
     * @returns {Range | undefined}
     */
    onOverflow(overflow, rendered, bounds) {
      if (!overflow || overflow.startContainer.nodeType !== Node.TEXT_NODE) return undefined;
      const block = overflow.startContainer.parentElement?.closest("p, li, dd");
      if (!block || !rendered.contains(block)) return undefined;
      const style = getComputedStyle(block);
      const lineHeight = parseFloat(style.lineHeight);
      if (!lineHeight) return undefined;
      // The CSS properties say how many lines to keep; Paged.js itself ignores them.
      const orphans = Number(style.orphans) || 2;
      const widows = Number(style.widows) || 2;

      /** @type {Frame} */
      const frame = { left: bounds.left, width: bounds.width };
      // Paged.js breaks one letter too far when a line ends at a soft hyphen ("soc- / iaux"):
      // the break is first moved to where the first line that does not fit begins.
      let node = /** @type {Text} */ (overflow.startContainer);
      let offset = overflow.startOffset;
      const firstOut = charKey(node, offset, frame);
      if (firstOut !== -Infinity) {
        const start = lineStart(block, firstOut, lineHeight, frame, node, offset + 1);
        if (start) [node, offset] = start;
      }
      const lineBreak = { node, offset };

      const before = document.createRange();
      before.setStart(block, 0);
      before.setEnd(node, offset);
      const after = document.createRange();
      after.setStart(node, offset);
      after.setEnd(block, block.childNodes.length);
      const linesBefore = lineKeys(before, lineHeight, frame);
      const linesAfter = lineKeys(after, lineHeight, frame).length;

      let keep = linesBefore.length;
      if (linesAfter > 0 && linesAfter < widows) keep = linesBefore.length - (widows - linesAfter);
      if (keep >= orphans && keep < linesBefore.length) {
        const start = lineStart(block, /** @type {number} */ (linesBefore[keep]), lineHeight, frame, node, offset);
        if (start) [node, offset] = start;
        else keep = 0;
      }

      /** @param {Text} at @param {number} index */
      const breakAt = (at, index) => {
        if (at === overflow.startContainer && index === overflow.startOffset) return undefined;
        const moved = document.createRange();
        moved.setEnd(overflow.endContainer, overflow.endOffset);
        // At a text node's start, break before the node: an empty text node left behind would get
        // a stray hyphen from Paged.js (it hyphenates after "undefined").
        if (index === 0) moved.setStartBefore(at);
        else moved.setStart(at, index);
        return moved;
      };
      if (keep >= orphans) return breakAt(node, offset);
      // Too few lines would stay: the whole paragraph goes, with the heading before it,
      // unless it already starts the page (moving it would only repeat the same page).
      const target = keepWithPrevious(block, rendered);
      if (target.getBoundingClientRect().top - bounds.top < 1) return breakAt(lineBreak.node, lineBreak.offset);
      const moved = document.createRange();
      moved.setStartBefore(target);
      moved.setEnd(overflow.endContainer, overflow.endOffset);
      return moved;
    }

    /** Numbers the pages once all exist, unless the renderer lays out the book in parts: it numbers them once put together. */
    afterRendered() {
      if (/** @type {any} */ (window).actesPart) return;
      /** @type {any} */ (window).actesBooklet = numberPages();
    }
  }

  Paged.registerHandlers(Booklet);
})();
