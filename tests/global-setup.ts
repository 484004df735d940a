/**
 * Builds, once for every read-only check and side by side (two processes on
 * two cores): the default edition (site and PDF), read with
 * inject("siteDir"), and the variant edition of tests/helpers/variant.ts (an
 * A4 booklet with a public URL, published under a sub-path), read with
 * inject("variant"). Tests that need another edition or a failure build
 * their own.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildIntoAsync } from "./helpers/build.ts";
import { VARIANT, writeVariantData, type BuiltVariant } from "./helpers/variant.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
    variant: BuiltVariant;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = writeVariantData();
  const [siteDir, variantDir] = await Promise.all([buildIntoAsync(), buildIntoAsync(["--data", dataDir, "--base", VARIANT.base])]);
  project.provide("siteDir", siteDir);
  project.provide("variant", { siteDir: variantDir, dataDir });
  return () => {
    for (const folder of [siteDir, variantDir, dataDir]) rmSync(path.dirname(folder), { recursive: true, force: true });
  };
}
