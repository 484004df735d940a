/** Every Eleventy plugin of Actes, for .eleventy.js to add in one list. */
export { default as assetsPlugin } from "./assets-plugin.ts";
export { default as checkerVersionsPlugin } from "./checker-versions-plugin.ts";
export { default as dataPlugin } from "./data-plugin.ts";
export { default as discoveryPlugin } from "./discovery-plugin.ts";
export { default as filtersPlugin } from "./filters.ts";
export { default as htmlPlugin } from "./html-plugin.ts";
export { default as markdownPlugin } from "./markdown-plugin.ts";
export { default as pageMarksPlugin } from "./page-marks-plugin.ts";
export { default as printPlugin } from "./print-plugin.ts";
export { default as qrCodePlugin } from "./qr-code-plugin.ts";
export { default as relativeUrlsPlugin } from "./relative-urls-plugin.ts";
export { default as securityPlugin } from "./security-plugin.ts";
export { default as typographyPlugin } from "./typography-plugin.ts";
export { previewInput, type SiteInput, type SiteTarget } from "./input.ts";
export { fromRoot } from "../lib/package-root.ts";
