/**
 * Fallback faces sized like the web fonts, so that the page does not move when
 * the web fonts replace them (cumulative layout shift). For every face that
 * styles/fonts.css serves, a font installed on the reader's machine gets an
 * `@font-face` of its own with size-adjust, ascent-override and
 * descent-override computed by Capsize (`createFontStack` of @capsizecss/core)
 * from the metrics that @capsizecss/metrics publishes for both fonts.
 */
import { createRequire } from "node:module";
import { createFontStack, type FontMetrics } from "@capsizecss/core";
import { fontFamilyToCamelCase } from "@capsizecss/metrics";

export interface WebFace {
  family: string;
  weight: number;
  style: "normal" | "italic";
}

/**
 * A font found on readers' machines. `metricsOf` names its entry in
 * @capsizecss/metrics; a metric clone (same advance widths and vertical
 * metrics) is measured through the font it copies, under its own name.
 */
interface LocalFont {
  family: string;
  metricsOf: string;
}

/**
 * Tried in order: the first one installed is used. Georgia, Times New Roman and
 * Arial come with Windows and macOS; Liberation Serif and Sans (clones of Times
 * New Roman and Arial) with most Linux systems, and with Debian's Chromium; Noto
 * Serif and Roboto with Android. DejaVu, the other common Linux face, has no
 * published metrics: where it is the only font, the generic family is used as is.
 */
const LOCAL_FONTS: Record<string, LocalFont[]> = {
  serif: [
    { family: "Georgia", metricsOf: "georgia" },
    { family: "Times New Roman", metricsOf: "timesNewRoman" },
    { family: "Liberation Serif", metricsOf: "timesNewRoman" },
    { family: "Noto Serif", metricsOf: "notoSerif" },
  ],
  "sans-serif": [
    { family: "Arial", metricsOf: "arial" },
    { family: "Liberation Sans", metricsOf: "arial" },
    { family: "Roboto", metricsOf: "roboto" },
  ],
};

type Metrics = FontMetrics & { category?: string };

const require = createRequire(import.meta.url);

/** Capsize's variant names: "regular", "italic", "700", "700italic". */
function variantName(weight: number, style: WebFace["style"]): string {
  const italic = style === "italic" ? "italic" : "";
  return weight === 400 ? italic || "regular" : `${weight}${italic}`;
}

function metricsOf(name: string, variant: string): Metrics {
  try {
    return require(`@capsizecss/metrics/${name}/${variant}`) as Metrics;
  } catch (error) {
    throw new Error(`@capsizecss/metrics has no metrics for "${name}/${variant}". Fix: serve a face that the package measures, or drop it from styles/fonts.css.`, { cause: error });
  }
}

/** The names a clone is installed under: "Liberation Serif Bold Italic" and "LiberationSerif-BoldItalic". */
function cloneNames(family: string, bold: boolean, italic: boolean): { fullName: string; postscriptName: string } {
  const style = [bold ? "Bold" : "", italic ? "Italic" : ""].join(bold && italic ? " " : "");
  return {
    fullName: style ? `${family} ${style}` : family,
    postscriptName: `${family.replaceAll(" ", "")}${style ? `-${style.replace(" ", "")}` : ""}`,
  };
}

/**
 * The local face standing in for a web face: bold for 600 and heavier (as CSS
 * font matching would pick among regular and bold), italic for italic.
 */
function localMetrics(font: LocalFont, face: WebFace): Metrics {
  const bold = face.weight >= 600;
  const italic = face.style === "italic";
  const metrics = metricsOf(font.metricsOf, variantName(bold ? 700 : 400, face.style));
  return metrics.familyName === font.family ? metrics : { ...metrics, familyName: font.family, ...cloneNames(font.family, bold, italic) };
}

/** The faces a stylesheet of `@font-face` rules (styles/fonts.css) declares, one per family, weight and style. */
export function webFacesOf(css: string): WebFace[] {
  const faces = new Map<string, WebFace>();
  for (const [rule] of css.matchAll(/@font-face\s*\{[^}]*\}/g)) {
    const family = /font-family:\s*"([^"]+)"/.exec(rule)?.[1];
    const weight = Number(/font-weight:\s*(\d+)/.exec(rule)?.[1] ?? 400);
    const style = /font-style:\s*italic/.test(rule) ? "italic" : "normal";
    if (!family) throw new Error(`An @font-face rule has no quoted font-family: ${rule.slice(0, 80)}… Fix: write font-family: "Name"; in styles/fonts.css.`);
    faces.set(`${family} ${weight} ${style}`, { family, weight, style });
  }
  if (faces.size === 0) throw new Error("No @font-face rule found in the web fonts' stylesheet. Fix: styles/fonts.css must declare the site's fonts.");
  return [...faces.values()];
}

/** `--font-stack-source-serif-4` for "Source Serif 4": the custom property holding that family's stack. */
export const stackProperty = (family: string) => `--font-stack-${family.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

/** The self-hosted font for symbols and emoji the text faces lack (styles/fonts.css): after them in every stack, never sized. */
export const SYMBOLS_FAMILY = "Noto Emoji";

/**
 * The stylesheet: one fallback `@font-face` per web face and local font, and
 * for each web family a custom property with its whole stack (web font, its
 * sized fallbacks, the local fonts themselves, the symbols font, the generic family).
 */
export function fallbackStylesheet(faces: WebFace[]): string {
  const rules: string[] = [];
  const stacks: string[] = [];
  const symbols = faces.some((face) => face.family === SYMBOLS_FAMILY) ? `"${SYMBOLS_FAMILY}", ` : "";
  for (const family of new Set(faces.map((face) => face.family).filter((name) => name !== SYMBOLS_FAMILY))) {
    const name = fontFamilyToCamelCase(family);
    const category = metricsOf(name, "regular").category ?? "";
    const locals = LOCAL_FONTS[category];
    if (!locals) throw new Error(`No local fallback fonts are listed for ${family} (category "${category}"). Fix: add them to LOCAL_FONTS in scripts/lib/font-fallbacks.ts.`);
    let fontFamily = "";
    for (const face of faces.filter((candidate) => candidate.family === family)) {
      const stack = createFontStack([metricsOf(name, variantName(face.weight, face.style)), ...locals.map((font) => localMetrics(font, face))], {
        fontFaceProperties: { fontWeight: face.weight, fontStyle: face.style },
      });
      rules.push(stack.fontFaces);
      fontFamily = stack.fontFamily;
    }
    stacks.push(`  ${stackProperty(family)}: ${fontFamily}, ${symbols}${category};`);
  }
  return [
    "/* Generated at build time by scripts/lib/font-fallbacks.ts from styles/fonts.css and @capsizecss/metrics: edit those, not this file. */",
    ...rules,
    `:root {\n${stacks.join("\n")}\n}`,
    "",
  ].join("\n");
}
