#!/usr/bin/env node
// The `actes` command. Node 20 does not run TypeScript: tsx's loader is
// registered first, then the command (scripts/actes.ts) is loaded and called
// with this process's arguments, environment and working directory.
import { register } from "tsx/esm/api";

register();
const { actes } = await import("../scripts/actes.ts");
process.exitCode = await actes(process.argv.slice(2), process.env, process.cwd());
