/**
 * System programs the build and the tests call, and the Debian packages that
 * provide them. As root on Debian a missing one is installed with apt-get;
 * elsewhere the error names the exact command to run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface SystemTool {
  command: string;
  debianPackage: string;
  neededFor: string;
}

export const TEST_TOOLS: SystemTool[] = [
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

export const isRootOnDebian = (): boolean =>
  process.getuid?.() === 0 && existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get");

/** Installs Debian packages non-interactively (root only). */
export function aptInstall(packages: string[]): void {
  process.stderr.write(`Installing Debian packages: ${packages.join(" ")} (apt-get install -y)…\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", ...packages], { stdio: "inherit", env });
}

/** Makes sure every tool is on the PATH, installing what is missing where that is possible. */
export function ensureTools(tools: SystemTool[]): void {
  let missing = tools.filter((tool) => !hasCommand(tool.command));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((tool) => tool.debianPackage))];
  if (isRootOnDebian()) {
    aptInstall(packages);
    missing = missing.filter((tool) => !hasCommand(tool.command));
    if (missing.length === 0) return;
  }
  throw new Error(
    `Missing system tools: ${missing.map((tool) => `${tool.command} (${tool.neededFor})`).join("; ")}. ` +
      `Fix: on Debian or Ubuntu run \`sudo apt-get install -y ${packages.join(" ")}\`.`,
  );
}
