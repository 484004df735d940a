// @ts-check
/**
 * What the renderer reads from the numbered book: each page's folio, the
 * headings Chromium turns into bookmarks (with the page each is laid out on),
 * the pages each session and contribution of the print page covers (elements
 * marked `data-session` and `data-contribution`; an element split over pages
 * is on each of them), and the preflight's findings (layout-findings.js).
 */
(() => {
  const actes = (window.actes ??= {});

  /** @returns {import("../actes.js").LayoutFacts} */
  function layoutFacts() {
    if (!actes.numbering) throw new Error("layout-facts.js: the pages are not numbered yet (page-numbers.js).");
    if (!actes.layoutFindings) throw new Error("layout-facts.js: layout-findings.js is not loaded.");
    const pages = /** @type {HTMLElement[]} */ (Array.from(document.querySelectorAll(".pagedjs_pages > .pagedjs_page")));
    /** @type {Record<"sessions" | "contributions", Record<string, number[]>>} */
    const marks = { sessions: {}, contributions: {} };
    pages.forEach((page, index) => {
      for (const [kind, attribute] of /** @type {const} */ ([["sessions", "session"], ["contributions", "contribution"]])) {
        for (const element of /** @type {NodeListOf<HTMLElement>} */ (page.querySelectorAll(`[data-${attribute}]`))) {
          const id = element.dataset[attribute] ?? "";
          const list = (marks[kind][id] ??= []);
          if (list.at(-1) !== index + 1) list.push(index + 1);
        }
      }
    });
    return {
      ...actes.numbering,
      folios: pages.map((page) => page.dataset.folio ?? ""),
      // In document order; a heading split over two pages counts once, as in Chromium's outline.
      headings: /** @type {HTMLElement[]} */ (Array.from(document.querySelectorAll(".pagedjs_pages :is(h1, h2, h3, h4, h5, h6)")))
        .filter((heading) => heading.dataset.splitFrom === undefined)
        .map((heading) => ({
          id: heading.id,
          page: Number(/** @type {HTMLElement | null} */ (heading.closest(".pagedjs_page"))?.dataset.pageNumber),
          text: heading.textContent ?? "",
          title: heading.dataset.outline || heading.textContent || "",
        })),
      marks,
      findings: actes.layoutFindings(),
    };
  }

  actes.layoutFacts = layoutFacts;
})();
