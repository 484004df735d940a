// @ts-check
/**
 * The layout findings: the preflight of the laid-out pages, read as a proofreader reads a proof,
 * page by page, once the book is laid out and numbered.
 * It only reports; the renderer adds the PDF's own checks, the folios and
 * the severities (scripts/pdf/preflight.ts).
 */
(() => {
  const actes = (window.actes ??= {});
  const SHY = "\u00AD";
  /** Where a line may break between words: spaces, hyphens, dashes, slash (no-break spaces excluded). */
  const BREAK = /[ \t\n\r\u200B\-\u2010\u2013\u2014/]/;
  /** Paragraphs of text: the blocks whose widows, orphans and last lines are checked. */
  const PARAGRAPHS = "p, li, dd";
  /** Forced breaks that a blank page may be laid out for. */
  const SIDES = ["right", "recto", "left", "verso"];
  const FORCED = ["page", "always", ...SIDES];

  /** @typedef {import("../actes.js").LayoutFinding} LayoutFinding */

  /** Visible text, on one line, shortened for a message. @param {string} text @param {number} [max] */
  function excerpt(text, max = 70) {
    const plain = text.replace(/\u00AD/g, "").replace(/\s+/g, " ").trim();
    return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
  }

  /** A text node that draws something, or a picture. @param {Node} node */
  function isContent(node) {
    if (node.nodeType === Node.TEXT_NODE) return /[^\s\u00AD]/.test(/** @type {Text} */ (node).data) && boxOf(node) !== undefined;
    return node instanceof Element && /^(img|svg|canvas|video)$/i.test(node.tagName) && node.getBoundingClientRect().height > 0;
  }

  /** The box where a node's content starts. @param {Node} node */
  function boxOf(node) {
    if (node instanceof Element) return node.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(node);
    return Array.from(range.getClientRects()).find((rect) => rect.width > 0 && rect.height > 0);
  }

  /**
   * The first content after `element` (outside it) on its page, or before it with `step` -1.
   * @param {Element} element @param {Element} container @param {1 | -1} step
   */
  function contentBeside(element, container, step) {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    walker.currentNode = element;
    for (let node = step > 0 ? walker.nextNode() : walker.previousNode(); node; node = step > 0 ? walker.nextNode() : walker.previousNode()) {
      if (element.contains(node) || node.contains(element)) continue;
      if (isContent(node)) return node;
    }
    return null;
  }

  /** "heading « … »", or the element's text. @param {Element} element */
  function named(element) {
    const kind = /^H[1-6]$/.test(element.tagName) ? "heading" : `line (${element.tagName.toLowerCase()}${element.classList[0] ? `.${element.classList[0]}` : ""})`;
    return `${kind} « ${excerpt(element.textContent ?? "")} »`;
  }

  /**
   * Whether a page starts with a forced break (a chapter, an index): what ends
   * the page before it ends its part of the book.
   * @param {HTMLElement | undefined} page
   */
  function opensWithForcedBreak(page) {
    const content = page?.querySelector(".pagedjs_page_content");
    if (!page || !content || page.classList.contains("pagedjs_blank_page")) return true;
    return Array.from(content.querySelectorAll("[data-break-before]")).some(
      (element) => FORCED.includes(element.getAttribute("data-break-before") ?? "") && !element.hasAttribute("data-split-from") && !contentBeside(element, content, -1),
    );
  }

  /**
   * What must stay with what follows it (a heading, anything marked `break-after: avoid`:
   * see widows-orphans.js) but ends a page or a column.
   * @param {Element} content @param {HTMLElement | undefined} next @param {number} number
   * @returns {LayoutFinding[]}
   */
  function keepWithNext(content, next, number) {
    const endsAPart = opensWithForcedBreak(next);
    /** @type {{ element: Element, where: string }[]} */
    const stranded = [];
    const { withNext } = /** @type {NonNullable<typeof actes.keeps>} */ (actes.keeps);
    for (const element of content.querySelectorAll("*")) {
      if (!withNext(element)) continue;
      if (element.hasAttribute("data-split-to") || !/\S/.test(element.textContent ?? "")) continue;
      const next = contentBeside(element, content, 1);
      if (!next) {
        // A heading never ends a part, except a chapter's opening (a session whose contributions each open a page:
        // its heading may stand alone on its page); an entry kept with the next (the contents' last part) may.
        const heading = /^H[1-6]$/.test(element.tagName) && !element.closest(".chapter__opening");
        if (!endsAPart || heading) stranded.push({ element, where: "at the foot of the page, what follows it on the next" });
        continue;
      }
      const own = element.getBoundingClientRect();
      const after = boxOf(next);
      // What follows starts higher up than this ends: it is in the next column.
      if (after && after.top < own.bottom - 1 && after.left >= own.right - 1) stranded.push({ element, where: "at the foot of a column, what follows it in the next" });
    }
    // One finding for a block and the heading it ends with.
    return stranded
      .filter(({ element }) => !stranded.some((other) => other.element !== element && other.element.contains(element)))
      .map(({ element, where }) => ({ page: number, rule: "keep-with-next", text: named(element), where }));
  }

  /**
   * What must stay with what precedes it (a contribution's keywords, key
   * figures) but opens a page, its text on the page before.
   * @param {Element} content @param {number} number
   * @returns {LayoutFinding[]}
   */
  function keepWithPrevious(content, number) {
    const { withPrevious } = /** @type {NonNullable<typeof actes.keeps>} */ (actes.keeps);
    for (const element of content.querySelectorAll("*")) {
      if (!withPrevious(element) || element.hasAttribute("data-split-from")) continue;
      if (!/\S/.test(element.textContent ?? "") || contentBeside(element, content, -1)) continue;
      // Opening the page, inside something that began on the page before.
      if (!element.parentElement?.closest("[data-split-from]")) continue;
      return [{ page: number, rule: "keep-with-previous", text: named(element), where: "at the top of the page, what it closes on the page before" }];
    }
    return [];
  }

  /**
   * A paragraph cut by the page with fewer lines on a side than its CSS
   * `orphans` (foot of this page) or `widows` (top of this page) ask for.
   * Paged.js may cut an element before its first line: the side with no line is no side.
   * @param {Element} content @param {Element | undefined} previousContent @param {Element | undefined} nextContent @param {number} number
   * @returns {LayoutFinding[]}
   */
  function widowsAndOrphans(content, previousContent, nextContent, number) {
    const { lineCount } = /** @type {NonNullable<typeof actes.lines>} */ (actes.lines);
    const linesOn = (/** @type {Element | undefined} */ other, /** @type {string | null} */ ref) => {
      const fragment = ref && other?.querySelector(`[data-ref="${CSS.escape(ref)}"]`);
      return fragment ? lineCount(fragment) : 0;
    };
    /** @type {LayoutFinding[]} */
    const found = [];
    for (const block of content.querySelectorAll(PARAGRAPHS)) {
      // A list item holding a list is no paragraph: its own items are checked.
      if (block.querySelector(PARAGRAPHS)) continue;
      const ref = block.getAttribute("data-ref");
      const from = block.hasAttribute("data-split-from") && linesOn(previousContent, ref) > 0;
      const to = block.hasAttribute("data-split-to") && linesOn(nextContent, ref) > 0;
      if (from === to) continue;
      const style = getComputedStyle(block);
      const lines = lineCount(block);
      const text = excerpt(block.textContent ?? "");
      if (to && lines < (Number(style.orphans) || 2)) found.push({ page: number, rule: "orphan", text: `« ${text} »`, where: `${lines} line at the foot of the page, the rest on the next` });
      if (from && lines < (Number(style.widows) || 2)) found.push({ page: number, rule: "widow", text: `« ${text} »`, where: `${lines} line at the top of the page, the rest on the page before` });
    }
    return found;
  }

  /**
   * A word hyphenated across the page turn: at the foot of a right-hand page,
   * where the reader turns the leaf mid-word (at the foot of a left-hand page,
   * both halves are in sight). Paged.js marks the part it cut.
   * @param {HTMLElement} page @param {Element} content @param {Element | undefined} nextContent @param {number} number
   * @returns {LayoutFinding[]}
   */
  function pageEndHyphen(page, content, nextContent, number) {
    if (!page.classList.contains("pagedjs_right_page")) return [];
    return Array.from(content.querySelectorAll(".pagedjs_hyphen")).map((element) => {
      const head = (element.textContent ?? "").replace(/\u00AD/g, "").replace(/-$/, "").trimEnd().split(/\s/).at(-1) ?? "";
      const ref = element.getAttribute("data-ref");
      const continued = ref ? nextContent?.querySelector(`[data-ref="${CSS.escape(ref)}"]`) : null;
      const tail = (continued?.textContent ?? "").replace(/\u00AD/g, "").trimStart().split(/\s/)[0] ?? "";
      return { page: number, rule: /** @type {const} */ ("page-end-hyphen"), text: `« ${head}-/${tail} »`, where: "at the foot of a right-hand page: the reader turns the leaf mid-word" };
    });
  }

  /**
   * A paragraph whose last line holds only the end of a word hyphenated on
   * the line before (« blique. »).
   * @param {Element} content @param {number} number
   * @returns {LayoutFinding[]}
   */
  function stubs(content, number) {
    const { breaksAt } = /** @type {NonNullable<typeof actes.lines>} */ (actes.lines);
    /** @type {LayoutFinding[]} */
    const found = [];
    for (const block of content.querySelectorAll(PARAGRAPHS)) {
      if (block.hasAttribute("data-split-to") || block.querySelector(PARAGRAPHS)) continue;
      // The text nodes of the block's last word, from its end back to a break between words.
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      /** @type {Text[]} */
      const nodes = [];
      for (let node = /** @type {Text | null} */ (walker.nextNode()); node; node = /** @type {Text | null} */ (walker.nextNode())) nodes.push(node);
      let tail = "";
      let stub = false;
      let ended = false;
      for (let n = nodes.length - 1; n >= 0 && !ended; n--) {
        const node = /** @type {Text} */ (nodes[n]);
        for (let i = node.length - 1; i >= 0; i--) {
          const char = node.data.charAt(i);
          if (BREAK.test(char)) {
            if (/\S/.test(tail)) {
              ended = true;
              break;
            }
            tail = "";
            continue;
          }
          if (char === SHY && breaksAt(node, i, block)) {
            stub = true;
            ended = true;
            break;
          }
          if (char !== SHY) tail = char + tail;
        }
      }
      if (stub) found.push({ page: number, rule: "stub", text: `« ${excerpt(block.textContent ?? "", 40)} »`, where: `its last line is « ${tail.trim()} », the end of a word hyphenated on the line before` });
    }
    return found;
  }

  /**
   * The pages' boxes in CSS pixels. Not a page element's own box: Paged.js'
   * print styles give it the viewport's height (height: 100%), whatever the
   * page size; its size properties give the printed page, read from a probe.
   * All pages at once: a probe added and removed page by page made the browser
   * lay the whole book out again for each page (the check grew as the square
   * of the pages: 45 s at 1,834 pages).
   * @param {HTMLElement[]} pages
   */
  function pageBoxes(pages) {
    const probes = pages.map((page) => {
      const probe = document.createElement("div");
      probe.style.cssText = "position: absolute; visibility: hidden; width: var(--pagedjs-width); height: var(--pagedjs-height)";
      page.append(probe);
      return probe;
    });
    const boxes = pages.map((page, index) => {
      const at = page.getBoundingClientRect();
      const size = /** @type {HTMLElement} */ (probes[index]).getBoundingClientRect();
      return new DOMRect(at.left, at.top, size.width, size.height);
    });
    for (const probe of probes) probe.remove();
    return boxes;
  }

  /**
   * Text outside the page (lost when printed), or beyond its text area into the margin.
   * @param {DOMRect} sheet @param {HTMLElement} page @param {Element} content @param {number} number
   * @returns {LayoutFinding[]}
   */
  function overflow(sheet, page, content, number) {
    const area = (page.querySelector(".pagedjs_area") ?? content).getBoundingClientRect();
    // Across, the advance of the glyphs; down, the middle of the line: a font's ascent and descent may exceed the line's height.
    const outside = (/** @type {DOMRect} */ box, /** @type {DOMRect} */ frame) => {
      const middle = (box.top + box.bottom) / 2;
      return box.left < frame.left - 1 || box.right > frame.right + 1 || middle < frame.top || middle > frame.bottom;
    };
    /** @type {LayoutFinding[]} */
    const found = [];
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (let node = /** @type {Text | null} */ (walker.nextNode()); node; node = /** @type {Text | null} */ (walker.nextNode())) {
      if (!/[^\s\u00AD]/.test(node.data)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const boxes = Array.from(range.getClientRects()).filter((box) => box.width > 0 && box.height > 0);
      const text = `« ${excerpt(node.data, 50)} »`;
      if (boxes.some((box) => outside(box, sheet))) found.push({ page: number, rule: "text-outside-page", text, where: "beyond the edge of the page" });
      else if (boxes.some((box) => outside(box, area))) found.push({ page: number, rule: "text-in-margin", text, where: "beyond the text area, in the margin" });
    }
    return found;
  }

  /**
   * Whether the page shows nothing of the book (running heads and folios aside).
   * @param {HTMLElement} page @param {Element} content
   */
  function isBlank(page, content) {
    if (page.classList.contains("pagedjs_blank_page")) return true;
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (isContent(node)) return false;
    return true;
  }

  /**
   * A blank page that no forced break needs: the recto rule needs one only on
   * a left-hand page, before a page that opens something on the right.
   * @param {HTMLElement} page @param {HTMLElement | undefined} next @param {number} number
   * @returns {LayoutFinding[]}
   */
  function blankPage(page, next, number) {
    const opensOnItsSide = (/** @type {HTMLElement} */ element) => {
      const side = element.dataset.breakBefore ?? "";
      const right = next?.classList.contains("pagedjs_right_page");
      return element.dataset.splitFrom === undefined && SIDES.includes(side) && (side === "right" || side === "recto") === right;
    };
    const needed = next !== undefined && Array.from(next.querySelectorAll(".pagedjs_page_content [data-break-before]")).some((element) => opensOnItsSide(/** @type {HTMLElement} */ (element)));
    if (needed) return [];
    const following = next?.querySelector(".pagedjs_page_content")?.textContent ?? "";
    return [{ page: number, rule: "blank-page", text: following.trim() ? `before « ${excerpt(following, 50)} »` : "at the end of the book", where: "no right- or left-hand opening needs it" }];
  }

  /** @returns {LayoutFinding[]} */
  function layoutFindings() {
    if (!actes.lines) throw new Error("layout-findings.js: text-lines.js is not loaded.");
    if (!actes.keeps) throw new Error("layout-findings.js: the booklet's widows-orphans.js is not loaded.");
    actes.showPages?.();
    const pages = /** @type {HTMLElement[]} */ (Array.from(document.querySelectorAll(".pagedjs_pages > .pagedjs_page")));
    const sheets = pageBoxes(pages);
    /** @type {LayoutFinding[]} */
    const findings = [];
    pages.forEach((page, index) => {
      const number = index + 1;
      const content = page.querySelector(".pagedjs_page_content");
      if (!content) return;
      const next = pages[index + 1];
      if (isBlank(page, content)) {
        findings.push(...blankPage(page, next, number));
        return;
      }
      const nextContent = next?.querySelector(".pagedjs_page_content") ?? undefined;
      const previousContent = pages[index - 1]?.querySelector(".pagedjs_page_content") ?? undefined;
      findings.push(
        ...keepWithNext(content, next, number),
        ...keepWithPrevious(content, number),
        ...widowsAndOrphans(content, previousContent, nextContent, number),
        ...pageEndHyphen(page, content, nextContent, number),
        ...stubs(content, number),
        ...overflow(/** @type {DOMRect} */ (sheets[index]), page, content, number),
      );
    });
    return findings;
  }

  actes.layoutFindings = layoutFindings;
})();
