/** Runs the real build CLI into a folder, as a user would. */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PACKAGE_ROOT } from "../../scripts/lib/package-root.ts";

export const PROJECT_ROOT = PACKAGE_ROOT;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runBuild(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 600_000): CliResult {
  const result = spawnSync(process.execPath, ["bin/actes.js", "build", ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: timeoutMs,
    // A build that hangs is ended all the same: Playwright answers SIGTERM by closing the browser only.
    killSignal: "SIGKILL",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Builds into a fresh temp folder and fails loudly with the build's own output. */
export function buildInto(args: string[] = [], env: NodeJS.ProcessEnv = {}): string {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "actes-test-")), "site");
  const result = runBuild(["--out", out, ...args], env);
  if (result.status !== 0) {
    throw new Error(`Build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return out;
}

/** buildInto without blocking: for builds run side by side (tests/global-setup.ts). */
export function buildIntoAsync(args: string[] = []): Promise<string> {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "actes-test-")), "site");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["bin/actes.js", "build", "--out", out, ...args], { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`Build failed (exit ${code}):\n${output}`))));
  });
}
