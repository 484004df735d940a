/**
 * The Nu Html Checker (vnu.jar from the vnu-jar package) on the machine's
 * Java. The package's postinstall would download a JRE from GitHub: it is
 * held back in package.json "allowScripts"; CI installs Debian's instead.
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { serveStatic } from "../lib/static-server.ts";

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
  /** File path relative to the site folder, e.g. a-propos/index.html */
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

/** A built site to check: its folder, served under its base path. */
export interface NuSite {
  folder: string;
  basePath?: string;
}

/**
 * Checks every .html page and .css stylesheet of each site, served over
 * loopback HTTP as readers get them (from file: URLs the checker would
 * judge the pages' Content-Security-Policy ('self') against the wrong
 * origin), each site at an origin of its own, in one run of the checker
 * (a Java start costs more than checking a page). One report per site.
 */
export async function runNuChecker(sites: NuSite[]): Promise<NuReport[]> {
  const listed = sites.map(({ folder }) => {
    const files = (readdirSync(folder, { recursive: true }) as string[])
      .map((file) => file.split(path.sep).join("/"))
      .filter((file) => file.endsWith(".html") || file.endsWith(".css"))
      .sort();
    if (files.length === 0) throw new Error(`No HTML or CSS file in ${folder}. Fix: build the site first.`);
    return files;
  });
  const servers = await Promise.all(sites.map(({ folder, basePath = "/" }) => serveStatic(folder, basePath)));
  let output: { status: number | null; stderr: string };
  try {
    const urls = servers.flatMap((server, i) => listed[i]!.map((file) => new URL(file, server.url).href));
    // Asynchronous: the servers answering the checker run in this process. The checker refuses
    // loopback hosts unless told (a guard for its public web service, not needed here).
    output = await runJava(["-Dnu.validator.servlet.allow-forbidden-hosts=true", "-jar", VNU_JAR, "--format", "json", "--also-check-css", ...urls]);
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
  // vnu writes its JSON report on stderr; Java's own failures are plain text there too.
  let parsed: { version: string; messages: RawMessage[] };
  try {
    parsed = JSON.parse(output.stderr) as typeof parsed;
  } catch (error) {
    throw new Error(`The Nu Html Checker did not report (exit ${output.status}): ${output.stderr.slice(0, 2000)}`, { cause: error });
  }
  const reports: NuReport[] = listed.map((files) => ({ version: parsed.version, files: files.length, errors: [], warnings: [] }));
  /** The site a message is about, and its file there (a message without a URL goes to every site). */
  const placeOf = (url: string | undefined): { site: number | undefined; file: string } => {
    if (!url) return { site: undefined, file: "(no file)" };
    const site = servers.findIndex((server) => url.startsWith(server.url));
    if (site < 0) return { site: undefined, file: url };
    const files = listed[site]!;
    const relative = decodeURIComponent(new URL(url).pathname).slice((sites[site]!.basePath ?? "/").length);
    return { site, file: files.includes(relative) ? relative : files.includes(`${relative}index.html`) ? `${relative}index.html` : url };
  };
  for (const raw of parsed.messages) {
    // "non-document-error" is a page the checker could not fetch or read: as bad as an error.
    const type = raw.type === "error" || raw.type === "non-document-error" ? "error" : raw.subType === "warning" ? "warning" : undefined;
    if (!type) continue;
    const { site, file } = placeOf(raw.url);
    const message: NuMessage = {
      type,
      file,
      ...(raw.lastLine === undefined ? {} : { line: raw.lastLine }),
      ...(raw.lastColumn === undefined ? {} : { column: raw.lastColumn }),
      message: raw.message,
      ...(raw.extract === undefined ? {} : { extract: raw.extract }),
    };
    for (const report of site === undefined ? reports : [reports[site]!]) (type === "error" ? report.errors : report.warnings).push(message);
  }
  return reports;
}

function runJava(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("java", args, { stdio: ["ignore", "ignore", "pipe"] });
    const chunks: Buffer[] = [];
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", (error) => reject(new JavaMissingError(error.message)));
    child.on("close", (status) => resolve({ status, stderr: Buffer.concat(chunks).toString("utf8") }));
  });
}

export function formatNuMessages(messages: NuMessage[]): string {
  return messages
    .map((m) => `${m.file}${m.line === undefined ? "" : `:${m.line}:${m.column ?? 0}`} ${m.type}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, " ").trim()}` : ""}`)
    .join("\n");
}
