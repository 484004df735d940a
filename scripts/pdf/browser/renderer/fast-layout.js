// @ts-check
/**
 * Fast layout, a Paged.js handler that only the renderer adds (the booklet
 * does not depend on it: `npm start` previews and other Paged.js tools lay out
 * the same pages without it, only slower).
 * - Finished pages leave the layout until the end: otherwise each new page
 *   lays out all the previous ones again, and the cost per page grows with the book.
 * - Paged.js checks for overflow once `settings.maxChars` characters are on a
 *   page, then after every node. It fixes that number at the length of the first
 *   page (the cover: a few dozen characters), so it checks after nearly every
 *   node; the mean length of the last pages, which it keeps, is used instead.
 * - Nothing is painted: pages are only measured, and laid out for the screen
 *   only while they are being filled (once for the paper when printed).
 */
(() => {
  const actes = (window.actes ??= {});

  /** @param {any} Paged */
  const fastLayout = (Paged) =>
    class FastLayout extends Paged.Handler {
      /** @param {DocumentFragment} parsed @param {any} chunker */
      afterParsed(parsed, chunker) {
        chunker.pagesArea.style.visibility = "hidden";
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
    };

  /**
   * Brings the pages back into the layout before they are printed, for the
   * preflight that measures them (layout-findings.js): printing then reuses that layout.
   */
  actes.showPages = () => {
    /** @type {HTMLElement | null} */ (document.querySelector(".pagedjs_pages"))?.style.removeProperty("display");
  };

  (actes.rendererHandlers ??= []).push(fastLayout);
})();
