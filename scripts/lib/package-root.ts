/**
 * The package's own folder. Templates, styles, fonts and browser scripts are
 * found from here, whatever the working directory the command was run from
 * (nothing changes it).
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const PACKAGE_ROOT = path.resolve(import.meta.dirname, "../..");

/** A path inside the package, e.g. fromRoot("styles/fonts.css"). */
export const fromRoot = (...parts: string[]): string => path.join(PACKAGE_ROOT, ...parts);

const require = createRequire(fromRoot("package.json"));

/**
 * A path inside one of the package's dependencies, found as Node finds it
 * (the nearest node_modules from the package up): in this repository it is
 * ./node_modules, but installed into a project npm hoists dependencies beside
 * the package, e.g. fromDependency("pagedjs", "dist/paged.polyfill.js").
 */
export function fromDependency(name: string, ...parts: string[]): string {
  const folder = (require.resolve.paths(name) ?? []).map((modules) => path.join(modules, name)).find((candidate) => existsSync(candidate));
  if (!folder) throw new Error(`The npm package "${name}" is not installed beside Actes. Fix: run npm install (or npm ci in Actes's own repository).`);
  return path.join(folder, ...parts);
}

/**
 * A glob inside the package as Eleventy matches it: Eleventy compares its
 * ignores with input paths relative to the folder it was started in (its own
 * convention, which absolute globs do not match).
 */
export const eleventyGlob = (glob: string): string => path.relative(process.cwd(), fromRoot(glob)) || ".";
