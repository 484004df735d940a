/**
 * The Nu Html Checker (vnu.jar from the vnu-jar package) on the machine's
 * Java. The package's postinstall would download a JRE from GitHub: it is
 * held back in package.json "allowScripts"; CI installs Debian's instead.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const VNU_JAR: string = require("vnu-jar") as string;

/** The Debian package that provides `java` where it is missing (CI images). */
export const JRE_INSTALL = "apt-get install -y --no-install-recommends default-jre-headless";

export class JavaMissingError extends Error {
  constructor(detail: string) {
    super(
      `The Nu Html Checker needs Java, and \`java\` could not be run (${detail}). ` +
        `Fix: install a headless JRE (on Debian or Ubuntu: \`sudo ${JRE_INSTALL}\`), or put a Java 11+ \`java\` on the PATH.`,
    );
    this.name = "JavaMissingError";
  }
}

export interface NuMessage {
  type: "error" | "warning" | "info";
  /** File path relative to the checked folder. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  extract?: string;
}

export interface NuReport {
  version: string;
  files: number;
  errors: NuMessage[];
  warnings: NuMessage[];
}

interface RawMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Checks every .html page and .css stylesheet under `siteDir`. */
export function runNuChecker(siteDir: string): NuReport {
  const files = (readdirSync(siteDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith(".html") || file.endsWith(".css"))
    .sort()
    .map((file) => path.join(siteDir, file));
  if (files.length === 0) throw new Error(`No HTML or CSS file in ${siteDir}. Fix: build the site first.`);
  // Files are listed rather than the folder given with --skip-non-html, so stylesheets are checked too.
  const result = spawnSync("java", ["-jar", VNU_JAR, "--format", "json", "--also-check-css", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  if (result.error) throw new JavaMissingError(result.error.message);
  // vnu writes its JSON report on stderr; Java's own failures are plain text there too.
  let parsed: { version: string; messages: RawMessage[] };
  try {
    parsed = JSON.parse(result.stderr) as typeof parsed;
  } catch (error) {
    throw new Error(`The Nu Html Checker did not report (exit ${result.status}): ${result.stderr.slice(0, 2000)}`, { cause: error });
  }
  const toMessage = (raw: RawMessage, type: NuMessage["type"]): NuMessage => ({
    type,
    file: raw.url ? path.relative(siteDir, fileURLToPath(raw.url)) : "(no file)",
    ...(raw.lastLine === undefined ? {} : { line: raw.lastLine }),
    ...(raw.lastColumn === undefined ? {} : { column: raw.lastColumn }),
    message: raw.message,
    ...(raw.extract === undefined ? {} : { extract: raw.extract }),
  });
  const errors: NuMessage[] = [];
  const warnings: NuMessage[] = [];
  for (const raw of parsed.messages) {
    // "non-document-error" is a file the checker could not read: as bad as an error.
    if (raw.type === "error" || raw.type === "non-document-error") errors.push(toMessage(raw, "error"));
    else if (raw.subType === "warning") warnings.push(toMessage(raw, "warning"));
  }
  return { version: parsed.version, files: files.length, errors, warnings };
}

export function formatNuMessages(messages: NuMessage[]): string {
  return messages
    .map((m) => `${m.file}${m.line === undefined ? "" : `:${m.line}:${m.column ?? 0}`} ${m.type}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, " ").trim()}` : ""}`)
    .join("\n");
}
