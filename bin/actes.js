#!/usr/bin/env node
// The `actes` command. Node 20 does not run TypeScript: the command runs as
// JavaScript from its bundle (scripts/lib/bundle.mjs), made again when a file
// it was made from changed, and tsx's loader is registered after it, for the
// data folder alone: through the loader, each of the command's imports crossed
// tsx's thread. Where the bundle cannot be written, the command is loaded as
// TypeScript through tsx. It is called with this process's arguments,
// environment and working directory.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";
import { cachedBundles } from "../scripts/lib/bundle.mjs";

const [bundle] = await cachedBundles([fileURLToPath(new URL("../scripts/actes.ts", import.meta.url))]);
let command;
if (bundle) {
  // Its errors point to the TypeScript lines they come from.
  process.setSourceMapsEnabled(true);
  command = await import(bundle);
  register();
} else {
  register();
  command = await import("../scripts/actes.ts");
}
process.exitCode = await command.actes(process.argv.slice(2), process.env, process.cwd());
