// @ts-check
/**
 * What our renderer (scripts/pdf/render-booklet.ts) adds to Paged.js to lay
 * out a long book fast, given to the print page before any of its scripts run.
 * The booklet itself (booklet.js) does not depend on it: `npm start` previews
 * and other Paged.js tools lay out the same pages without it, only slower.
 * - Finished pages leave the layout until the end: otherwise each new page
 *   lays out all the previous ones again, and the cost per page grows with the book.
 * - Paged.js checks for overflow once `settings.maxChars` characters are on a
 *   page, then after every node. It fixes that number at the length of the first
 *   page (the cover: a few dozen characters), so it checks after nearly every
 *   node; the mean length of the last pages, which it keeps, is used instead.
 * - Nothing is painted: pages are only measured, and laid out for the screen
 *   only while they are being filled (once for the paper when printed).
 * - Parts: the renderer may lay out a long book in several browser pages at once,
 *   one part each (window.actesPart), then gather the pages in the first one.
 */
(() => {
  /**
   * The part of the book this browser page lays out, set by the renderer
   * before this script; undefined for the whole book.
   * @type {{ index: number, count: number } | undefined}
   */
  const part = /** @type {any} */ (window).actesPart;

  /**
   * Where to cut the book into `count` parts of about the same length: only
   * before a top-level block that opens on a right-hand page, so that each
   * part's pages keep their side and their blank pages once put together.
   * @param {Element[]} blocks @param {number} count
   * @returns {[number, number][]} the ranges of blocks of each part
   */
  function partRanges(blocks, count) {
    const starts = [0];
    for (const block of blocks) starts.push(/** @type {number} */ (starts.at(-1)) + (block.textContent?.length ?? 0));
    const total = /** @type {number} */ (starts.at(-1));
    const cuts = [0];
    for (let j = 1; j < count; j++) {
      const target = (total * j) / count;
      let best;
      for (let i = /** @type {number} */ (cuts.at(-1)) + 1; i < blocks.length; i++) {
        const side = /** @type {HTMLElement} */ (blocks[i]).dataset.breakBefore;
        if (side !== "right" && side !== "recto") continue;
        if (best === undefined || Math.abs(/** @type {number} */ (starts[i]) - target) < Math.abs(/** @type {number} */ (starts[best]) - target)) best = i;
      }
      if (best === undefined) break;
      cuts.push(best);
    }
    return cuts.map((cut, j) => [cut, cuts[j + 1] ?? blocks.length]);
  }

  /**
   * Keeps this browser page's part of the parsed book. A later part is laid
   * out after the book's first block (the cover), laid out again: it sets the
   * running strings the part inherits, and it is one page, so the part starts
   * on page 3 after the blank page Paged.js adds, both dropped when the pages
   * are gathered unless the blank is needed there.
   * @param {DocumentFragment} parsed @param {{ index: number, count: number }} wanted
   */
  function keepPart(parsed, wanted) {
    const blocks = Array.from(parsed.children);
    const range = partRanges(blocks, wanted.count)[wanted.index];
    blocks.forEach((block, i) => {
      const lead = wanted.index > 0 && i === 0;
      if (!lead && (!range || i < range[0] || i >= range[1])) block.remove();
    });
    if (range && wanted.index > 0) /** @type {HTMLElement} */ (blocks[range[0]]).dataset.actesPartStart = "";
  }

  /**
   * Pages as markup, and the properties of each page's own style apart:
   * Paged.js writes the running strings there as unterminated CSS strings
   * (`"Title`), which are only valid one property at a time: written out in a
   * style attribute and read back, the first would swallow the others.
   * @typedef {{ html: string, styles: [string, string][][] }} Pages
   * @param {HTMLElement[]} pages
   * @returns {Pages}
   */
  function serialise(pages) {
    const styles = pages.map((page) => Array.from(page.style, (name) => /** @type {[string, string]} */ ([name, page.style.getPropertyValue(name)])));
    const html = pages
      .map((page) => {
        const copy = /** @type {HTMLElement} */ (page.cloneNode(true));
        copy.removeAttribute("style");
        return copy.outerHTML;
      })
      .join("");
    return { html, styles };
  }

  /** @returns {HTMLElement[]} */
  const laidOutPages = () => Array.from(document.querySelectorAll(".pagedjs_pages > .pagedjs_page"));

  /**
   * What a later part hands over to be gathered: its pages from the one where
   * the part starts, and the blank page before it, used when the pages before
   * the part are odd in number (the part must start on a right-hand page).
   * @returns {{ pages: Pages, blank: Pages | null } | null} null when the book had no part left for this browser page
   */
  function partPages() {
    const pages = laidOutPages();
    const start = pages.findIndex((page) => page.querySelector("[data-actes-part-start]"));
    if (start === -1) return null;
    const before = pages[start - 1];
    return {
      pages: serialise(pages.slice(start)),
      blank: before?.classList.contains("pagedjs_blank_page") ? serialise([before]) : null,
    };
  }

  /** Appends pages laid out by another browser page, as partPages() gave them. @param {Pages} pages */
  function appendPages(pages) {
    const area = document.querySelector(".pagedjs_pages");
    if (!area) throw new Error("fast-pagination.js: no laid-out pages to append to.");
    const before = area.children.length;
    area.insertAdjacentHTML("beforeend", pages.html);
    const added = Array.from(area.children).slice(before);
    if (added.length !== pages.styles.length) throw new Error(`fast-pagination.js: ${pages.styles.length} pages were handed over, ${added.length} appended.`);
    added.forEach((page, i) => {
      for (const [name, value] of pages.styles[i] ?? []) /** @type {HTMLElement} */ (page).style.setProperty(name, value);
    });
  }

  /** Numbers the whole book once its parts are together (booklet.js). */
  function numberPages() {
    const number = /** @type {any} */ (window).actesNumberPages;
    if (typeof number !== "function") throw new Error("fast-pagination.js: booklet.js did not load: nothing numbers the pages.");
    /** @type {any} */ (window).actesBooklet = number();
  }

  /**
   * Registers the handler: called from PagedConfig.before, once Paged.js and
   * the booklet's own handlers are loaded, so that it runs after them.
   * @param {any} Paged
   */
  function install(Paged) {
    class FastPagination extends Paged.Handler {
      /** @param {DocumentFragment} parsed @param {any} chunker */
      afterParsed(parsed, chunker) {
        chunker.pagesArea.style.visibility = "hidden";
        if (part) keepPart(parsed, part);
      }

      /** @param {unknown} page @param {unknown} contents @param {unknown} breakToken @param {any} chunker */
      beforePageLayout(page, contents, breakToken, chunker) {
        if (chunker.maxChars) chunker.settings.maxChars = chunker.maxChars;
      }

      /**
       * The previous page is finished: it leaves the layout, with its resize
       * observer (which would check it again), until all pages are laid out.
       * Handlers that look back at it (Splits) have run by now.
       * @param {HTMLElement} pageElement @param {unknown} page @param {unknown} breakToken @param {any} chunker
       */
      afterPageLayout(pageElement, page, breakToken, chunker) {
        const previous = chunker.pages[chunker.pages.length - 2];
        if (previous?.element) {
          previous.removeListeners();
          previous.element.style.display = "none";
        }
      }

      /**
       * The pages come back, but the whole book stays out of the layout until
       * it is printed: laying out hundreds of pages for the screen first would
       * only be thrown away (printing lays them out again, for the paper).
       * @param {any[]} pages @param {any} chunker
       */
      afterRendered(pages, chunker) {
        const area = chunker.pagesArea;
        // Important: Paged.js' print styles give the pages area `display: block !important`.
        area.style.setProperty("display", "none", "important");
        area.style.removeProperty("visibility");
        for (const page of pages) page.element?.style.removeProperty("display");
        window.addEventListener("beforeprint", () => area.style.removeProperty("display"), { once: true });
      }
    }
    Paged.registerHandlers(FastPagination);
  }

  Object.assign(window, { actesFastPagination: { install, partPages, appendPages, numberPages } });
})();
