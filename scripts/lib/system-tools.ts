/**
 * The one list of system programs the build and the tests call, with the
 * Debian packages that provide them, and the explicit step that installs the
 * missing ones (scripts/install-system-tools.ts, the build command, .ci/run).
 * Finding a program never installs it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { installedChromium } from "./chromium.ts";

export interface SystemTool {
  command: string;
  debianPackage: string;
  neededFor: string;
  /** How to tell it is there; default: `command` on the PATH. */
  present?: () => boolean;
}

const CHROMIUM: SystemTool = { command: "chromium", debianPackage: "chromium", neededFor: "laying out and printing the PDF booklet", present: () => installedChromium() !== undefined };

/** What `npm run build` needs beyond Node (the website alone needs nothing). */
export const BUILD_TOOLS: SystemTool[] = [CHROMIUM];

/** What the tests need: the build's, and the independent readers and servers they check its output with. */
export const TEST_TOOLS: SystemTool[] = [
  CHROMIUM,
  { command: "pdftotext", debianPackage: "poppler-utils", neededFor: "reading the PDF's text in the tests" },
  { command: "pdfinfo", debianPackage: "poppler-utils", neededFor: "reading the PDF's page size and metadata in the tests" },
  { command: "pdffonts", debianPackage: "poppler-utils", neededFor: "checking that every font is embedded" },
  { command: "qpdf", debianPackage: "qpdf", neededFor: "reading the PDF's outline and structure tree in the tests" },
  { command: "java", debianPackage: "default-jre-headless", neededFor: "running the Nu Html Checker (vnu-jar)" },
  { command: "apache2", debianPackage: "apache2", neededFor: "serving the site with the generated .htaccess in the tests" },
  { command: "nginx", debianPackage: "nginx", neededFor: "serving the site with the generated nginx snippet in the tests" },
  { command: "unzip", debianPackage: "unzip", neededFor: "reading the offline copy (zip) in the tests" },
  { command: "epubcheck", debianPackage: "epubcheck", neededFor: "validating the EPUB in the tests (run as java -jar /usr/share/java/epubcheck.jar)" },
];

export function hasCommand(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

const isPresent = (tool: SystemTool): boolean => (tool.present ? tool.present() : hasCommand(tool.command));

export const missingTools = (tools: SystemTool[]): SystemTool[] => tools.filter((tool) => !isPresent(tool));

export const isRootOnDebian = (): boolean =>
  process.getuid?.() === 0 && existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");

const POLICY_RC_D = "/usr/sbin/policy-rc.d";

/**
 * Installs Debian packages non-interactively (root only). Debian starts
 * apache2 and nginx as services when it installs them (both on port 80, so
 * the second fails the install); the tests run their own, so a policy-rc.d
 * that refuses every start is put in place for the install, then removed.
 */
export function aptInstall(packages: string[]): void {
  process.stderr.write(`Installing Debian packages: ${packages.join(" ")} (apt-get install -y)…\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const ownPolicy = !existsSync(POLICY_RC_D);
  if (ownPolicy) writeFileSync(POLICY_RC_D, "#!/bin/sh\n# Written by Actes while it installs packages: no service starts.\nexit 101\n", { mode: 0o755 });
  try {
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: "inherit", env });
  } finally {
    if (ownPolicy) rmSync(POLICY_RC_D, { force: true });
  }
}

/**
 * The install step: the missing tools' packages, installed with apt-get as
 * root on Debian (elsewhere nothing is done). Returns the tools still missing.
 */
export function installMissing(tools: SystemTool[]): SystemTool[] {
  const missing = missingTools(tools);
  if (missing.length === 0 || !isRootOnDebian()) return missing;
  process.stderr.write(`Install step: missing ${missing.map((tool) => `${tool.command} (${tool.neededFor})`).join("; ")}.\n`);
  aptInstall([...new Set(missing.map((tool) => tool.debianPackage))]);
  return missingTools(missing);
}

/** The install step, then an error naming the exact command for whatever is still missing. */
export function ensureTools(tools: SystemTool[]): void {
  const missing = installMissing(tools);
  if (missing.length === 0) return;
  throw new Error(
    `Missing system tools: ${missing.map((tool) => `${tool.command} (${tool.neededFor})`).join("; ")}. ` +
      `Fix: on Debian or Ubuntu run \`sudo apt-get install -y ${[...new Set(missing.map((tool) => tool.debianPackage))].join(" ")}\`.`,
  );
}
