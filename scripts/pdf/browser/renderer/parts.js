// @ts-check
/**
 * Parts, a Paged.js handler that only the renderer adds: a long book is laid
 * out in several browser pages at once, one part each (`window.actes.part`,
 * set by the renderer), then the renderer moves the pages of the later parts
 * into the first browser page (partPages, appendPages) and numbers them there.
 */
(() => {
  const actes = (window.actes ??= {});

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
   * @param {HTMLElement[]} pages
   * @returns {import("../actes.js").PagesMarkup}
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
   * @returns {import("../actes.js").PartPages | null} null when the book had no part left for this browser page
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

  /** Appends pages laid out by another browser page, as partPages() gave them. @param {import("../actes.js").PagesMarkup} pages */
  function appendPages(pages) {
    const area = document.querySelector(".pagedjs_pages");
    if (!area) throw new Error("parts.js: no laid-out pages to append to.");
    const before = area.children.length;
    area.insertAdjacentHTML("beforeend", pages.html);
    const added = Array.from(area.children).slice(before);
    if (added.length !== pages.styles.length) throw new Error(`parts.js: ${pages.styles.length} pages were handed over, ${added.length} appended.`);
    added.forEach((page, i) => {
      for (const [name, value] of pages.styles[i] ?? []) /** @type {HTMLElement} */ (page).style.setProperty(name, value);
    });
  }

  actes.parts = { partRanges, partPages, appendPages };

  /** @param {any} Paged */
  const parts = (Paged) =>
    class Parts extends Paged.Handler {
      /** @param {DocumentFragment} parsed */
      afterParsed(parsed) {
        if (actes.part) keepPart(parsed, actes.part);
      }
    };

  (actes.rendererHandlers ??= []).push(parts);
})();
