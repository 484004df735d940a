/**
 * The live preview (`npm start`, scripts/preview.ts), run as a user runs it:
 * it writes into a folder of its own, never into `_site/`; a data edit shows
 * at once; a data mistake is shown as a page naming the file, the field and
 * the fix, and in the terminal; the next good save recovers without a restart;
 * a page that comes back unchanged is not transformed again.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "./helpers/servers.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { copyData, editData, hashTree, removeTempFolders, shownAs } from "./helpers/fixtures.ts";
import { unchangedPages } from "../scripts/eleventy/unchanged-pages.ts";

/** `npm start` is `node bin/actes.js preview`. */
const ACTES = path.join(PROJECT_ROOT, "bin", "actes.js");
const SITE = path.join(PROJECT_ROOT, "_site");

afterAll(removeTempFolders);

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { headers: { accept: "text/html" } });
  return { status: response.status, body: await response.text() };
}

/** Polls `url` until `done` holds (the preview rebuilds on its own schedule), or fails with what it last saw. */
async function until(url: string, done: (page: { status: number; body: string }) => boolean, what: string): Promise<{ status: number; body: string }> {
  let last: { status: number; body: string } | string = "nothing";
  for (const started = Date.now(); Date.now() - started < 60_000; await new Promise((resolve) => setTimeout(resolve, 250))) {
    try {
      last = await get(url);
      if (done(last)) return last;
    } catch (error) {
      last = String(error);
    }
  }
  throw new Error(`${what}: not seen at ${url} within 60 s; last: ${typeof last === "string" ? last : `${last.status} ${last.body.slice(0, 300)}`}`);
}

describe("npm start: the live preview", () => {
  let preview: ChildProcess | undefined;
  afterAll(() => preview?.kill("SIGTERM"));

  it("previews edits, shows a data mistake as a page and in the terminal, recovers, and never touches _site/", async () => {
    const siteBefore = existsSync(SITE) ? hashTree(SITE) : "absent";
    const data = copyData("preview");
    const port = await freePort();
    // The port from PORT, as `PORT=N npm start` gives it.
    preview = spawn(process.execPath, [ACTES, "preview", "--data", data], { cwd: PROJECT_ROOT, env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
    let terminal = "";
    preview.stdout!.on("data", (chunk: Buffer) => (terminal += chunk.toString()));
    preview.stderr!.on("data", (chunk: Buffer) => (terminal += chunk.toString()));

    const base = `http://localhost:${port}/`;
    const contribution = `${base}atelier-1/projet-d-etablissement-sdis-78/`;
    await until(contribution, (page) => page.status === 200, "the first preview");
    expect(terminal).toContain(`at ${base}`);

    // A valid edit shows at once.
    const file = "sessions/02-atelier-1.ts";
    editData(data, file, "summary: `", "summary: `Zorglubvariante. ");
    await until(contribution, (page) => page.status === 200 && page.body.replaceAll("\u00ad", "").includes("Zorglubvariante"), "the edited summary");

    // A mistake: the page names the file, the field and the fix; the terminal says the same; other files are still served.
    editData(data, file, 'speakers: ["laurent-chavillon"]', 'speakers: ["laurent-chavilon"]');
    const broken = await until(contribution, (page) => page.status === 500, "the error page");
    expect(broken.body).toContain(shownAs(data, file));
    expect(broken.body).toContain("contributions[0].speakers[0]");
    expect(broken.body).toContain("laurent-chavillon");
    expect(broken.body).toContain("Fix:");
    expect(terminal).toContain('contributions[0].speakers[0]: unknown person id "laurent-chavilon"');
    const assets = await fetch(`${base}manifest.webmanifest`);
    expect(assets.status).toBe(200);

    // The next good save recovers without a restart.
    editData(data, file, 'speakers: ["laurent-chavilon"]', 'speakers: ["laurent-chavillon"]');
    await until(contribution, (page) => page.status === 200 && page.body.replaceAll("\u00ad", "").includes("Zorglubvariante"), "the recovered page");
    expect(preview.exitCode).toBeNull();

    expect(existsSync(path.join(PROJECT_ROOT, ".cache", "preview", "index.html"))).toBe(true);
    expect(existsSync(SITE) ? hashTree(SITE) : "absent", "the preview must not write into _site/").toEqual(siteBefore);
  });

  it("refuses a port in use, naming it and how to choose another", async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const result = spawnSync(process.execPath, [ACTES, "preview", "--port", String(port)], { cwd: PROJECT_ROOT, encoding: "utf8" });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Port ${port} is already in use`);
      expect(result.stderr).toContain(`--port ${port + 1}`);
    } finally {
      busy.close();
    }
  });
});

describe("a page that comes back unchanged after a rebuild (eleventy/unchanged-pages.ts)", () => {
  it("gets its transform's last output again, and a changed page is transformed anew; a build keeps nothing", () => {
    const calls: string[] = [];
    const upper = (input: string) => () => (calls.push(input), input.toUpperCase());
    const remembered = unchangedPages(true);
    expect(remembered("/a/", "x", upper("x"))).toBe("X");
    expect(remembered("/a/", "x", upper("x"))).toBe("X");
    expect(remembered("/b/", "x", upper("x"))).toBe("X");
    expect(remembered("/a/", "y", upper("y"))).toBe("Y");
    expect(calls).toEqual(["x", "x", "y"]);
    const once = unchangedPages(false);
    calls.length = 0;
    once("/a/", "x", upper("x"));
    once("/a/", "x", upper("x"));
    expect(calls).toEqual(["x", "x"]);
  });
});
