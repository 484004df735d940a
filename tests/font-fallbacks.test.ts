/**
 * The fallback faces of the website (scripts/lib/font-fallbacks.ts), in memory:
 * one per face that styles/fonts.css serves and per local font, with that
 * face's weight and style, the local font's matching face, and the metric
 * overrides Capsize computes. Their effect on layout is measured in
 * tests/web-layout.test.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fallbackStylesheet, stackProperty, webFacesOf } from "../scripts/lib/font-fallbacks.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";

const fontsCss = readFileSync(path.join(PROJECT_ROOT, "styles/fonts.css"), "utf8");
const faces = webFacesOf(fontsCss);
const css = fallbackStylesheet(faces);
const rules = [...css.matchAll(/@font-face \{([^}]*)\}/g)].map(([, body]) => {
  const value = (property: string) => new RegExp(`\\b${property}: ([^;]+);`).exec(body!)?.[1];
  return { family: value("font-family"), src: value("src"), weight: value("font-weight"), style: value("font-style"), sizeAdjust: value("size-adjust"), ascent: value("ascent-override"), descent: value("descent-override") };
});
const rule = (family: string, weight: number, style = "normal") => rules.find((r) => r.family === `"${family}"` && r.weight === String(weight) && r.style === style);

describe("fallback faces", () => {
  it("reads every family, weight and style that styles/fonts.css serves", () => {
    expect(faces.map((face) => `${face.family} ${face.weight} ${face.style}`)).toEqual([
      "Source Serif 4 400 normal",
      "Source Serif 4 400 italic",
      "Source Serif 4 600 normal",
      "Source Serif 4 700 normal",
      "Source Sans 3 400 normal",
      "Source Sans 3 600 normal",
      "Source Sans 3 700 normal",
      // The symbols face: one face for its whole weight range (100 900), read at its lower bound, never sized.
      "Noto Emoji 100 normal",
    ]);
  });

  it("gives each web face a sized stand-in in each local font", () => {
    // Serif faces × Georgia, Times New Roman, Liberation Serif, Noto Serif; sans faces × Arial, Liberation Sans, Roboto.
    expect(rules).toHaveLength(4 * 4 + 3 * 3);
    for (const r of rules) {
      expect(r.sizeAdjust, r.family).toMatch(/^\d+(\.\d+)?%$/);
      expect(r.ascent, r.family).toMatch(/^\d+(\.\d+)?%$/);
      expect(r.descent, r.family).toMatch(/^\d+(\.\d+)?%$/);
    }
  });

  it("stands in with the local font's bold face for 600 and 700, and its italic for italic", () => {
    expect(rule("Source Serif 4 Fallback: Georgia", 400)?.src).toBe("local('Georgia')");
    expect(rule("Source Serif 4 Fallback: Georgia", 400, "italic")?.src).toBe("local('Georgia Italic'), local('Georgia-Italic')");
    expect(rule("Source Serif 4 Fallback: Georgia", 600)?.src).toBe("local('Georgia Bold'), local('Georgia-Bold')");
    // Liberation fonts copy the metrics of Times New Roman and Arial, under names of their own.
    expect(rule("Source Serif 4 Fallback: Liberation Serif", 400, "italic")?.src).toBe("local('Liberation Serif Italic'), local('LiberationSerif-Italic')");
    expect(rule("Source Sans 3 Fallback: Liberation Sans", 700)?.src).toBe("local('Liberation Sans Bold'), local('LiberationSans-Bold')");
    expect(rule("Source Sans 3 Fallback: Liberation Sans", 700)?.sizeAdjust).toBe(rule("Source Sans 3 Fallback: Arial", 700)?.sizeAdjust);
    // Each weight is sized from its own metrics.
    expect(rule("Source Serif 4 Fallback: Georgia", 700)?.sizeAdjust).not.toBe(rule("Source Serif 4 Fallback: Georgia", 400)?.sizeAdjust);
  });

  it("sets each family's stack in a custom property: web font, sized stand-ins, local fonts, generic family", () => {
    expect(css).toContain(
      `${stackProperty("Source Serif 4")}: "Source Serif 4", "Source Serif 4 Fallback: Georgia", "Source Serif 4 Fallback: Times New Roman", "Source Serif 4 Fallback: Liberation Serif", "Source Serif 4 Fallback: Noto Serif", Georgia, "Times New Roman", "Liberation Serif", "Noto Serif", "Noto Emoji", serif;`,
    );
    expect(css).toContain(`${stackProperty("Source Sans 3")}: "Source Sans 3", "Source Sans 3 Fallback: Arial", "Source Sans 3 Fallback: Liberation Sans", "Source Sans 3 Fallback: Roboto", Arial, "Liberation Sans", Roboto, "Noto Emoji", sans-serif;`);
    // screen.css reads these properties by name.
    const screen = readFileSync(path.join(PROJECT_ROOT, "styles/screen.css"), "utf8");
    expect(screen).toContain(`var(${stackProperty("Source Serif 4")},`);
    expect(screen).toContain(`var(${stackProperty("Source Sans 3")},`);
  });

  it("refuses a stylesheet without @font-face rules", () => {
    expect(() => webFacesOf("body { color: red }")).toThrow(/No @font-face rule/);
  });
});
