#!/usr/bin/env node
// The `actes` command. Node 20 does not run TypeScript: tsx's loader is
// registered first, then the command itself (scripts/actes.ts) is loaded.
import { register } from "tsx/esm/api";

register();
await import("../scripts/actes.ts");
