// @ts-check
/**
 * Widows and orphans, a Paged.js handler of the print booklet (src/print/booklet.njk
 * loads it after paged.polyfill.js). Paged.js breaks text wherever the page is
 * full and ignores the CSS `orphans` and `widows` properties: the start of the
 * overflow is moved back or forward so that each side of a page break keeps
 * the lines those properties ask for, a page does not end on a hyphenated
 * word when a line more can go over, and what closes a text (marked
 * `--keep-with-previous: yes`) goes over with its last lines.
 */
(() => {
  const Paged = window.Paged;
  if (!Paged) throw new Error("widows-orphans.js: Paged.js is not loaded; include paged.polyfill.js before this script.");
  const actes = (window.actes ??= {});

  /**
   * What stays with what follows it: a heading, or anything marked
   * `break-after: avoid`. Paged.js takes that property out of the CSS into a
   * `data-break-after` attribute (it breaks pages itself); the indexes'
   * columns, which Chromium breaks, read it from `-webkit-column-break-after`.
   * @param {Element} element
   */
  const keepsWithNext = (element) =>
    /^H[1-6]$/.test(element.tagName) || element.getAttribute("data-break-after") === "avoid" || /^avoid/.test(getComputedStyle(element).breakAfter);

  /**
   * What closes a text (keywords, key figures) and stays with its last lines:
   * marked `--keep-with-previous: yes` (not `break-before: avoid`, on which
   * Paged.js moves the whole text before the element to the next page), on
   * the element itself rather than inherited.
   * @param {Element} element
   */
  const keepsWithPrevious = (element) => {
    const marked = (/** @type {Element} */ e) => getComputedStyle(e).getPropertyValue("--keep-with-previous").trim() === "yes";
    return marked(element) && !(element.parentElement && marked(element.parentElement));
  };

  actes.keeps = { withNext: keepsWithNext, withPrevious: keepsWithPrevious };

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

  // The one line model of the booklet: the preflight counts lines with it too (renderer/text-lines.js).
  actes.lineModel = { flowKey, lineKeys };

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
   * The flow position of the nearest character that draws something from
   * `offset` towards `step` in its node: a space where a line ends draws
   * nothing, and would hide which line its neighbours are on. None: -Infinity
   * looking back, +Infinity looking forward.
   * @param {Text} node @param {number} offset @param {-1 | 1} step @param {Frame} frame @param {number} [end]
   */
  function drawnKey(node, offset, step, frame, end = node.length) {
    for (let i = offset; i >= 0 && i < end && Math.abs(i - offset) < 8; i += step) {
      const key = charKey(node, i, frame);
      if (key !== -Infinity) return key;
    }
    return step < 0 ? -Infinity : Infinity;
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
      if (end === 0 || drawnKey(node, end - 1, -1, frame) < threshold) {
        if (node === limitNode) return undefined;
        continue;
      }
      let low = 0;
      let high = end - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (drawnKey(node, middle, 1, frame, end) < threshold) low = middle + 1;
        else high = middle;
      }
      // A space that ends the line before draws nothing and measures as the next line (drawnKey looks
      // forward): the line starts after it, not at the word before it.
      while (low < end - 1 && /[ \t\n\r]/.test(node.data.charAt(low))) low++;
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
      if (keepsWithNext(previous)) {
        target = previous;
        continue;
      }
      return target;
    }
  }

  /** Paragraphs of text, whose lines are counted. */
  const PARAGRAPHS = "p, li, dd";
  const SHY = "\u00AD";

  /** Whether a line starting at this position ends the line before with a hyphenated word. @param {[Text, number]} position */
  const afterHyphen = ([node, offset]) => offset > 0 && node.data.charAt(offset - 1) === SHY;

  /**
   * No word is hyphenated over a page turn, the foot of a right-hand page (at
   * the foot of a left-hand one, both halves stay in sight): when the page's
   * last line ends in a hyphen, one or two lines more go over, as long as
   * `orphans` stay and the new last line is whole, or the whole paragraph when
   * only two lines stand at the foot (a page shorter by more lines would be the worse fault).
   * @param {Element} rendered @param {Element} block @param {number[]} lines flow positions of the block's lines on the page
   * @param {number} keep lines kept @param {number} orphans @param {[Text, number]} position where line `keep` starts
   * @param {number} lineHeight @param {Frame} frame @param {[Text, number]} limit
   * @returns {{ keep: number, position: [Text, number] }}
   */
  function beforePageTurn(rendered, block, lines, keep, orphans, position, lineHeight, frame, limit) {
    const right = rendered.closest(".pagedjs_page")?.classList.contains("pagedjs_right_page");
    if (!right || !afterHyphen(position)) return { keep, position };
    for (let fewer = keep - 1; fewer >= Math.max(orphans, keep - 2); fewer--) {
      const earlier = lineStart(block, /** @type {number} */ (lines[fewer]), lineHeight, frame, limit[0], limit[1]);
      if (!earlier) break;
      if (!afterHyphen(earlier)) return { keep: fewer, position: earlier };
    }
    // No line can go over without leaving fewer than `orphans`: a paragraph of two lines or
    // less at the foot goes over whole (no more lines than the rule above moves).
    if (keep <= 2) return { keep: 0, position };
    return { keep, position };
  }

  /**
   * A range from `start` to the end of the overflow. At a text node's start it
   * breaks before the node: an empty text node left behind would get a stray
   * hyphen from Paged.js (it hyphenates after "undefined").
   * @param {[Text, number] | Element} start @param {Range} overflow
   */
  function rangeFrom(start, overflow) {
    const moved = document.createRange();
    moved.setEnd(overflow.endContainer, overflow.endOffset);
    if (start instanceof Element) moved.setStartBefore(start);
    else if (start[1] === 0) moved.setStartBefore(start[0]);
    else moved.setStart(start[0], start[1]);
    return moved;
  }

  /** The element a range starts right before, white space skipped, if it starts between elements. @param {Range} range */
  function elementAt(range) {
    let node = range.startContainer.nodeType === Node.TEXT_NODE ? (range.startOffset === 0 ? range.startContainer : null) : range.startContainer.childNodes[range.startOffset] ?? null;
    while (node && node.nodeType === Node.TEXT_NODE && !/\S/.test(node.textContent ?? "")) node = node.nextSibling;
    return node instanceof Element ? node : node?.parentElement && node.parentElement.firstChild === node ? node.parentElement : null;
  }

  /**
   * Whether an element opens the page: its first fragment at the top of the
   * first column (what does not fit flows into further columns, to the right,
   * so the element's bounding box may start at the top of another).
   * @param {Element} element @param {DOMRect} bounds @param {Frame} frame
   */
  const atPageTop = (element, bounds, frame) => flowKey(element.getClientRects()[0] ?? element.getBoundingClientRect(), frame) - bounds.top < 1;

  /**
   * A break right before the first content of an element (Paged.js' own, before
   * a heading kept with its text) goes before the element: otherwise an empty
   * fragment of it would stay on the page, and the page would count as one of
   * its pages. Not above an element that opens the page (it would empty the page).
   * @param {Range} range @param {Element} rendered @param {DOMRect} bounds @param {Frame} frame
   * @returns {Range | undefined} undefined when the break stays where it is
   */
  function wholeElements(range, rendered, bounds, frame) {
    const leading = (/** @type {Node} */ node) => {
      for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
        if (sibling.nodeType !== Node.TEXT_NODE || /\S/.test(sibling.textContent ?? "")) return false;
      }
      return true;
    };
    /** @type {Node | null} */
    let first = range.startContainer.nodeType === Node.TEXT_NODE ? (range.startOffset === 0 ? range.startContainer : null) : range.startContainer.childNodes[range.startOffset] ?? null;
    let container = first?.parentElement;
    let moved = false;
    while (first && container && container !== rendered && rendered.contains(container) && leading(first) && !atPageTop(container, bounds, frame)) {
      first = container;
      container = container.parentElement;
      moved = true;
    }
    if (!moved || !(first instanceof Element)) return undefined;
    return rangeFrom(first, range);
  }

  /** The last text node of an element. @param {Element} element */
  function lastText(element) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    /** @type {Text | null} */
    let last = null;
    for (let node = /** @type {Text | null} */ (walker.nextNode()); node; node = /** @type {Text | null} */ (walker.nextNode())) last = node;
    return last;
  }

  class WidowsOrphans extends Paged.Handler {
    /** @param {any} chunker @param {unknown} polisher @param {unknown} caller */
    constructor(chunker, polisher, caller) {
      super(chunker, polisher, caller);
      // Where a page cuts a word, Paged.js adds a hyphen to its text (U+2011 by default, which our
      // fonts lack): a soft hyphen here, made one hyphen with the one the word was cut at (afterOverflowRemoved).
      chunker.settings.hyphenGlyph = SHY;
    }

    /**
     * The word cut at the foot of the page ends with a hyphen. Chromium lets
     * the hyphen it draws at a soft hyphen pass the end of a full line; as
     * text, the hyphen may not fit there, and would push the word onto a line
     * of its own, out of the page: the spaces of the cut paragraph are then
     * tightened, a hundredth of an em at a time, until it fits again.
     * @param {unknown} removed @param {Element} rendered @param {{ hasOverflow(element: Element): boolean }} layout
     */
    afterOverflowRemoved(removed, rendered, layout) {
      for (const cut of rendered.querySelectorAll(".pagedjs_hyphen")) {
        const last = lastText(cut);
        if (!last) continue;
        last.data = `${last.data.replace(/\u00AD+$/, "")}-`;
        for (let step = 1; step <= 5 && layout.hasOverflow(rendered); step++) /** @type {HTMLElement} */ (cut).style.wordSpacing = `${-0.01 * step}em`;
      }
    }

    /**
     * Where the page breaks: lines kept on both sides (balanceLines), then
     * what closes a text kept with its last lines (keepClosingWithText).
     * @param {Range | undefined} overflow @param {Element} rendered @param {DOMRect} bounds the page's content box
     * @returns {Range | undefined}
     */
    onOverflow(overflow, rendered, bounds) {
      if (!overflow) return undefined;
      /** @type {Frame} */
      const frame = { left: bounds.left, width: bounds.width };
      const balanced = overflow.startContainer.nodeType === Node.TEXT_NODE ? this.balanceLines(overflow, rendered, bounds, frame) : undefined;
      const chosen = this.keepClosingWithText(balanced ?? overflow, rendered, bounds, frame) ?? balanced;
      return wholeElements(chosen ?? overflow, rendered, bounds, frame) ?? chosen;
    }

    /**
     * Keeps `orphans` lines at the foot of a page and `widows` lines at the head
     * of the next one (the CSS properties), by moving the start of the overflow;
     * a page does not end on a hyphenated word when one more line can go over.
     * @param {Range} overflow @param {Element} rendered @param {DOMRect} bounds @param {Frame} frame
     * @returns {Range | undefined}
     */
    balanceLines(overflow, rendered, bounds, frame) {
      const block = overflow.startContainer.parentElement?.closest(PARAGRAPHS);
      if (!block || !rendered.contains(block)) return undefined;
      const style = getComputedStyle(block);
      const lineHeight = parseFloat(style.lineHeight);
      if (!lineHeight) return undefined;
      // The CSS properties say how many lines to keep; Paged.js itself ignores them.
      const orphans = Number(style.orphans) || 2;
      const widows = Number(style.widows) || 2;

      // Paged.js breaks one letter too far when a line ends at a soft hyphen ("soc- / iaux"):
      // the break is first moved to where the first line that does not fit begins.
      let node = /** @type {Text} */ (overflow.startContainer);
      let offset = overflow.startOffset;
      const firstOut = charKey(node, offset, frame);
      if (firstOut !== -Infinity) {
        const start = lineStart(block, firstOut, lineHeight, frame, node, offset + 1);
        if (start) [node, offset] = start;
      }
      /** @type {[Text, number]} */
      const lineBreak = [node, offset];

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
      /** @type {[Text, number] | undefined} */
      let position = keep === linesBefore.length ? lineBreak : undefined;
      if (keep >= orphans && keep < linesBefore.length) {
        position = lineStart(block, /** @type {number} */ (linesBefore[keep]), lineHeight, frame, node, offset);
        if (!position) keep = 0;
      }
      if (position && keep >= orphans) {
        const turned = beforePageTurn(rendered, block, linesBefore, keep, orphans, position, lineHeight, frame, [node, offset]);
        [keep, position] = [turned.keep, turned.position];
      }

      const breakAt = (/** @type {[Text, number]} */ at) => (at[0] === overflow.startContainer && at[1] === overflow.startOffset ? undefined : rangeFrom(at, overflow));
      if (keep >= orphans && position) return breakAt(position);
      // Too few lines would stay: the whole paragraph goes, with the heading before it,
      // unless it already starts the page (moving it would only repeat the same page).
      const target = keepWithPrevious(block, rendered);
      if (atPageTop(target, bounds, frame)) return breakAt(lineBreak);
      return rangeFrom(target, overflow);
    }

    /**
     * What closes a text (keywords, key figures) never opens a page alone:
     * the last `widows` lines of the text go over with it, or its whole last
     * paragraph when it is too short to be cut.
     * @param {Range} overflow @param {Element} rendered @param {DOMRect} bounds @param {Frame} frame
     * @returns {Range | undefined}
     */
    keepClosingWithText(overflow, rendered, bounds, frame) {
      const opening = elementAt(overflow);
      if (!opening || !rendered.contains(opening)) return undefined;
      if (!keepsWithPrevious(opening)) return undefined;
      let closing = opening;
      let text = closing.previousElementSibling;
      while (text && keepsWithPrevious(text)) {
        closing = text;
        text = text.previousElementSibling;
      }
      if (!text) return undefined;
      const atTop = (/** @type {Element} */ element) => atPageTop(element, bounds, frame);
      // Kept where it is when nothing can go with it: the preflight reports it.
      const fallback = atTop(closing) ? undefined : rangeFrom(closing, overflow);
      const last = text.matches(PARAGRAPHS) ? text : Array.from(text.querySelectorAll(PARAGRAPHS)).at(-1);
      const end = last && lastText(last);
      if (!last || !end) return fallback;
      const style = getComputedStyle(last);
      const lineHeight = parseFloat(style.lineHeight);
      const orphans = Number(style.orphans) || 2;
      const widows = Number(style.widows) || 2;
      const range = document.createRange();
      range.selectNodeContents(last);
      const lines = lineHeight ? lineKeys(range, lineHeight, frame) : [];
      let keep = lines.length - widows;
      if (keep >= orphans) {
        const position = lineStart(last, /** @type {number} */ (lines[keep]), lineHeight, frame, end, end.length);
        const turned = position && beforePageTurn(rendered, last, lines, keep, orphans, position, lineHeight, frame, [end, end.length]);
        if (turned && turned.keep >= orphans) return rangeFrom(turned.position, overflow);
      }
      const target = keepWithPrevious(last, rendered);
      return atTop(target) ? fallback : rangeFrom(target, overflow);
    }
  }

  Paged.registerHandlers(WidowsOrphans);
})();
