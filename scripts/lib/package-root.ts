/**
 * The package's own folder. Templates, styles, fonts and browser scripts are
 * found from here, whatever the working directory the command was run from
 * (nothing changes it).
 */
import path from "node:path";

export const PACKAGE_ROOT = path.resolve(import.meta.dirname, "../..");

/** A path inside the package, e.g. fromRoot("styles/fonts.css"). */
export const fromRoot = (...parts: string[]): string => path.join(PACKAGE_ROOT, ...parts);

/**
 * A glob inside the package as Eleventy matches it: Eleventy compares its
 * ignores with input paths relative to the folder it was started in (its own
 * convention, which absolute globs do not match).
 */
export const eleventyGlob = (glob: string): string => path.relative(process.cwd(), fromRoot(glob)) || ".";
