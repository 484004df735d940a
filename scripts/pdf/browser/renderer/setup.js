// @ts-check
/**
 * The renderer's Paged.js configuration, given to the print page after the
 * other renderer scripts and before the page's own: Paged.js reads
 * `window.PagedConfig` when it loads. Once it and the booklet's handlers are
 * loaded, the renderer's handlers (fast layout, parts) are registered after
 * them, through Paged.js' public API; `actes.paginated` tells the renderer the
 * layout is done.
 */
(() => {
  const actes = (window.actes ??= {});
  window.PagedConfig = {
    auto: true,
    before: () => {
      const Paged = window.Paged;
      if (!Paged) throw new Error("setup.js: Paged.js did not load in the print page.");
      Paged.registerHandlers(...(actes.rendererHandlers ?? []).map((make) => make(Paged)));
    },
    after: () => {
      actes.paginated = true;
    },
  };
})();
