// @ts-check
/**
 * Page numbers and page references, a Paged.js handler of the print booklet
 * (src/print/booklet.njk loads it after paged.polyfill.js). Once all pages exist:
 * folios (roman in the front matter, arabic from the first page of the body:
 * CSS `counter-reset: page` in the middle of a document does not work in
 * Paged.js 0.4), then the page numbers of the contents and indexes, filled
 * into placeholders of their final width (CSS target-counter is slow and
 * dropped entries in long books), an index entry's repeated numbers merged.
 */
(() => {
  const Paged = window.Paged;
  if (!Paged) throw new Error("page-numbers.js: Paged.js is not loaded; include paged.polyfill.js before this script.");
  const actes = (window.actes ??= {});

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
   * Numbers the pages once they are all together (a book laid out in parts
   * was numbered from 1 in each part): page ids and numbers, folios, then
   * every page reference, and repeated numbers of an index entry merged.
   * @returns {import("../actes.js").Numbering}
   */
  function numberPages() {
    const pages = /** @type {HTMLElement[]} */ (Array.from(document.querySelectorAll(".pagedjs_pages > .pagedjs_page")));
    const bodyStart = pages.findIndex((page) => page.querySelector("[data-matter='body']"));
    const frontMatterPages = bodyStart === -1 ? pages.length : bodyStart;
    pages.forEach((page, index) => {
      const side = index % 2 === 0 ? "pagedjs_right_page" : "pagedjs_left_page";
      if (!page.classList.contains(side)) {
        throw new Error(`page-numbers.js: page ${index + 1} was laid out as a ${side === "pagedjs_right_page" ? "left" : "right"}-hand page: the parts of the book were put together out of step.`);
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
      if (!page?.dataset.folio) throw new Error(`page-numbers.js: the page reference to #${id} points to nothing in the booklet.`);
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
    const numbering = { pages: pages.length, frontMatterPages };
    actes.numbering = numbering;
    return numbering;
  }
  actes.numberPages = numberPages;

  class PageNumbers extends Paged.Handler {
    /** Numbers the pages once all exist, unless this browser page lays out one part of the book: they are numbered once put together. */
    afterRendered() {
      if (!actes.part) numberPages();
    }
  }

  Paged.registerHandlers(PageNumbers);
})();
