// @ts-check
/**
 * Print slices: Chromium's print of a long paginated book costs more per page
 * the longer the book, so the renderer prints it a slice of pages at a time
 * (scripts/pdf/print.ts). The other pages stay in the document, not displayed:
 * Chromium then keeps the links that lead to them (without a destination) and
 * writes a destination for every linked target the slice displays, so the
 * join (scripts/pdf/join-slices.ts) finds each destination in one slice.
 * Taking the pages out of the document instead cost 3 ms a page.
 */
(() => {
  const actes = (window.actes ??= {});

  /**
   * Displays only the pages [from, to) of the book.
   * @param {number} from @param {number} to
   */
  function showSlice(from, to) {
    let style = document.getElementById("actes-print-slice");
    if (!style) {
      style = document.createElement("style");
      style.id = "actes-print-slice";
      document.head.append(style);
    }
    style.textContent = `.pagedjs_pages > .pagedjs_page:not(:nth-child(n + ${from + 1} of .pagedjs_page):nth-child(-n + ${to} of .pagedjs_page)) { display: none !important; }`;
  }

  actes.printSlices = { showSlice };
})();
