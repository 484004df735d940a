// @ts-check
/**
 * Where each page of the numbered book begins in its text, read after the
 * layout (evaluated by scripts/epub/page-starts.ts in the laid-out page,
 * before it is printed; it changes nothing in the page). For each page: the
 * part of the book it begins in (a contribution, a session, or a top-level
 * block such as the cover or an index), whether it begins at that part's
 * first words, and the words it begins with, as laid out: a page that begins
 * in the middle of a paragraph, or of a hyphenated word, begins with the
 * words Paged.js moved to it. The EPUB and the website put their page breaks
 * before those words.
 */
(() => {
  /** Print-only text: not in the EPUB nor on the website (the web address and its QR code). */
  const PRINT_ONLY = ".contribution__web, .qr-code, [aria-hidden='true'], .page-ref, .page-refs";
  const WORDS = 10;

  /** @param {Text} node */
  const usable = (node) => /\S/.test((node.textContent ?? "").replace(/\u00ad/g, "")) && !node.parentElement?.closest(PRINT_ONLY);

  /** @param {Element} root @returns {Text[]} */
  function textsOf(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    /** @type {Text[]} */
    const texts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (usable(/** @type {Text} */ (node))) texts.push(/** @type {Text} */ (node));
    return texts;
  }

  /** The part of the book an element is in: its contribution, else its session, else its top-level block. @param {Element} element @param {Element} content */
  function unitOf(element, content) {
    const contribution = /** @type {HTMLElement | null} */ (element.closest("[data-contribution]"));
    if (contribution) return { element: contribution, unit: { kind: /** @type {const} */ ("contribution"), id: contribution.dataset.contribution ?? "" } };
    const session = /** @type {HTMLElement | null} */ (element.closest("[data-session]"));
    if (session) return { element: session, unit: { kind: /** @type {const} */ ("session"), id: session.dataset.session ?? "" } };
    let block = element;
    while (block.parentElement && block.parentElement !== content && block.parentElement.parentElement !== content) block = block.parentElement;
    return { element: block, unit: { kind: /** @type {const} */ ("block"), id: Array.from(block.classList).join(" ") } };
  }

  const clean = (/** @type {string} */ text) => text.replace(/\u00ad/g, "").replace(/\s+/g, " ");

  /**
   * @typedef {{ kind: "contribution" | "session" | "block", id: string }} Unit
   * @typedef {{ page: number, folio: string, unit: Unit | null, atUnitStart: boolean, midWord: boolean, words: string }} PageStart
   * @returns {PageStart[]}
   */
  function pageStarts() {
    const pages = /** @type {HTMLElement[]} */ (Array.from(document.querySelectorAll(".pagedjs_pages > .pagedjs_page")));
    /** @type {Text | undefined} */
    let previousLast;
    return pages.map((page, index) => {
      const content = page.querySelector(".pagedjs_page_content");
      const texts = content ? textsOf(content) : [];
      const first = texts[0];
      const start = { page: index + 1, folio: page.dataset.folio ?? "" };
      if (!first || !content) return { ...start, unit: null, atUnitStart: false, midWord: false, words: "" };
      const { element, unit } = unitOf(/** @type {Element} */ (first.parentElement), content);
      // The first words of the page, in its part of the book only.
      let words = "";
      for (const text of texts) {
        if (!element.contains(text)) break;
        words = clean(`${words}${text.textContent}`);
        if (words.trim().split(" ").length > WORDS) break;
      }
      words = words.trim().split(" ").slice(0, WORDS).join(" ");
      // A piece of a split element (Paged.js marks it data-split-from) is not the start of its part.
      const atUnitStart = /** @type {HTMLElement} */ (element).dataset.splitFrom === undefined && textsOf(element)[0] === first;
      // Paged.js cut a word in two: the page begins with its end, after the previous page's hyphen.
      const before = clean(previousLast?.textContent ?? "").replace(/\u00ad$/, "");
      const sameBlock = previousLast?.parentElement?.closest("[data-ref]")?.getAttribute("data-ref") === first.parentElement?.closest("[data-ref]")?.getAttribute("data-ref");
      const midWord = sameBlock && /[\p{L}\p{N}\u00ad-]$/u.test(previousLast?.textContent ?? "") && before.length > 0 && /^[\p{L}\p{N}]/u.test(first.textContent ?? "");
      previousLast = texts.at(-1);
      return { ...start, unit, atUnitStart, midWord: Boolean(midWord), words };
    });
  }

  return pageStarts();
})();
