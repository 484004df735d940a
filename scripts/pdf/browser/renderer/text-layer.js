// @ts-check
/**
 * The text layer, cleaned once the pages are laid out and before they are
 * printed. The booklet is hyphenated at build time with soft hyphens
 * (U+00AD); Chromium writes every one of them into the PDF's text (a
 * zero-width glyph whose ActualText is U+00AD), so that a search for a word
 * fails and a copy carries them along. Here each soft hyphen goes: removed
 * where no line breaks at it, and turned into the hyphen a reader sees where
 * a line does break. Lines do not move: a soft hyphen draws nothing where no
 * line breaks, and the hyphen Chromium draws at a break is the same glyph.
 */
(() => {
  const actes = (window.actes ??= {});
  const SHY = "\u00AD";
  /** Blocks whose lines are measured; anything else is measured within its page. */
  const BLOCKS = "p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, blockquote, figcaption";

  /** @returns {import("../actes.js").TextLayerCounts} */
  function cleanTextLayer() {
    if (!actes.lines) throw new Error("text-layer.js: text-lines.js is not loaded.");
    const { breaksAt } = actes.lines;
    actes.showPages?.();
    /** @type {{ node: Text, text: string }[]} */
    const changes = [];
    let removed = 0;
    let hyphens = 0;
    // Everything is measured first, then changed: a change would make the next measure lay out the pages again.
    for (const content of document.querySelectorAll(".pagedjs_pages .pagedjs_page_content")) {
      const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
      for (let node = /** @type {Text | null} */ (walker.nextNode()); node; node = /** @type {Text | null} */ (walker.nextNode())) {
        if (!node.data.includes(SHY)) continue;
        const block = node.parentElement?.closest(BLOCKS) ?? content;
        let text = "";
        for (let i = 0; i < node.data.length; i++) {
          const char = node.data.charAt(i);
          if (char !== SHY) text += char;
          else if (breaksAt(node, i, block)) {
            text += "-";
            hyphens++;
          } else removed++;
        }
        changes.push({ node, text });
      }
    }
    for (const { node, text } of changes) node.data = text;
    return { removed, hyphens };
  }

  actes.cleanTextLayer = cleanTextLayer;
})();
