/**
 * Builds the default edition (site and PDF) once for every read-only check;
 * tests read its folder with inject("siteDir"). Tests that need another
 * edition, base path or a failure build their own.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildInto } from "./helpers/build.ts";

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject) {
  const siteDir = buildInto();
  project.provide("siteDir", siteDir);
  return () => rmSync(path.dirname(siteDir), { recursive: true, force: true });
}
