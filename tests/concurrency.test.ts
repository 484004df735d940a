/**
 * Work done at once (scripts/lib/thread.ts, scripts/eleventy/file-sizes.ts):
 * a function run in a worker thread gives what it gives on this thread; its
 * error comes back with its name, code and cause, so the build explains it as
 * before; the PDFs' sizes marked during the website's render are filled in;
 * and the default edition built with its website, preflight and imposition in
 * threads gives the very files of the shared build, made on one thread, and
 * stops at a preflight error met while its compressed copies are made, with
 * nothing left behind.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { fillFileSizes, sizeMark } from "../scripts/eleventy/file-sizes.ts";
import { formatFileSize } from "../scripts/eleventy/filters.ts";
import { listSiteFiles } from "../scripts/lib/site-files.ts";
import { bundleForThreads, startHere, startThread } from "../scripts/lib/thread.ts";
import { explainFailure } from "../scripts/pipeline/failures.ts";
import { build } from "../scripts/pipeline/index.ts";
import { checkSettings } from "../scripts/pipeline/settings.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";
import { copyData, editData } from "./helpers/fixtures.ts";

const TASKS = new URL("./fixtures/threads/tasks.ts", import.meta.url);
const loadTasks = () => import("./fixtures/threads/tasks.ts");
type WhereFrom = typeof import("./fixtures/threads/tasks.ts").whereFrom;
const scratch = () => mkdtempSync(path.join(tmpdir(), "actes-concurrency-"));

describe("a function run in a worker thread", () => {
  it("gives the value it gives on this thread, typed arrays included", async () => {
    const input = { numbers: [1, 2, 3], bytes: Uint8Array.from([1, 2, 200]) };
    const there = await startThread<typeof input, typeof input>(TASKS, "twice").run(input);
    expect(there).toEqual(await startHere<typeof input, typeof input>(loadTasks, "twice").run(input));
    expect(there.numbers).toEqual([2, 4, 6]);
    expect(there.bytes).toBeInstanceOf(Uint8Array);
  });

  it("brings its error back with its name, code and cause, which the build explains as on this thread", async () => {
    const failure = (await startThread(TASKS, "fail").run({ code: "ENOSPC" }).catch((error: unknown) => error)) as Error & { cause: Error & { code: string } };
    expect(failure.name).toBe("EleventyTemplateError");
    expect(failure.cause.code).toBe("ENOSPC");
    const here = (await startHere(loadTasks, "fail").run({ code: "ENOSPC" }).catch((error: unknown) => error)) as Error;
    expect(explainFailure(failure, "/srv/actes/site")).toBe(explainFailure(here, "/srv/actes/site"));
    expect(explainFailure(failure, "/srv/actes/site")).toMatch(/^The disk is full: writing the new site beside \/srv\/actes\/site failed \(ENOSPC/);
  });

  it("runs within its heap's cap, and past it fails with a message that names the thread and the cap", async () => {
    expect(await startThread<{ megabytes: number }, number>(TASKS, "hoard", 256).run({ megabytes: 8 })).toBe(128);
    const failure = (await startThread(TASKS, "hoard", 32).run({ megabytes: 512 }).catch((error: unknown) => error)) as Error & { cause: Error & { code: string } };
    expect(failure.message).toMatch(/^The thread running hoard of .*tasks\.ts went past its heap of 32 MB\. This is a bug in Actes/);
    expect(failure.cause.code).toBe("ERR_WORKER_OUT_OF_MEMORY");
    expect(explainFailure(failure, "/srv/actes/site")).toContain("went past its heap of 32 MB");
  });

  it("runs a module bundled as JavaScript without TypeScript's loader, from its own file's URL, with its packages, its errors pointing to its TypeScript", async () => {
    const [bundled] = await bundleForThreads([TASKS], scratch());
    expect(bundled!.href).toMatch(/\.mjs$/);
    const input = { html: "<p>Été&nbsp;2015</p>" };
    const there = await startThread<typeof input, Awaited<ReturnType<WhereFrom>>>(bundled!, "whereFrom").run(input);
    const here = await startHere<typeof input, Awaited<ReturnType<WhereFrom>>>(loadTasks, "whereFrom").run(input);
    expect(there).toEqual({ ...here, loadsTypeScript: false });
    expect(here.loadsTypeScript).toBe(true);
    expect(there.url).toBe(TASKS.href);
    expect(there.text).toBe("<p>Été&nbsp;2015</p>");
    const failure = (await startThread(bundled!, "fail").run({ code: "ENOSPC" }).catch((error: unknown) => error)) as Error & { cause: Error & { code: string } };
    expect(failure.name).toBe("EleventyTemplateError");
    expect(failure.cause.code).toBe("ENOSPC");
    expect(failure.stack).toMatch(/fixtures\/threads\/tasks\.ts:\d+/);
  });

  it("fails with the loader's message when its module cannot be loaded", async () => {
    await expect(startThread(new URL("./fixtures/threads/missing.ts", import.meta.url), "twice").run({})).rejects.toThrow(/missing\.ts/);
  });
});

describe("the PDFs' sizes, stated once the files are written", () => {
  it("replaces every mark in every page with the size as the filter writes it, and stops on a file the build did not write", async () => {
    const site = scratch();
    const booklet = sizeMark({ toCome: "/optima-2015.pdf" });
    const extract = sizeMark({ toCome: "/atelier-1/x/optima-2015-x.pdf" });
    mkdirSync(path.join(site, "atelier-1"));
    writeFileSync(path.join(site, "index.html"), `<p>(${booklet}, 44 pages)</p>`);
    writeFileSync(path.join(site, "atelier-1/index.html"), `<p>${booklet}</p><p>${extract}</p>`);
    writeFileSync(path.join(site, "about.json"), `"${booklet}"`);
    const sizes = new Map([
      ["/optima-2015.pdf", 521441],
      ["/atelier-1/x/optima-2015-x.pdf", 48210],
    ]);
    const format = (bytes: number) => formatFileSize(bytes, "fr");
    expect(fillFileSizes(site, sizes, format)).toBe(3);
    expect(readFileSync(path.join(site, "index.html"), "utf8")).toBe(`<p>(${format(521441)}, 44 pages)</p>`);
    expect(readFileSync(path.join(site, "atelier-1/index.html"), "utf8")).toBe(`<p>${format(521441)}</p><p>${format(48210)}</p>`);
    // Only pages are read: no other file holds a size.
    expect(readFileSync(path.join(site, "about.json"), "utf8")).toBe(`"${booklet}"`);
    writeFileSync(path.join(site, "index.html"), `<p>${sizeMark({ toCome: "/gone.pdf" })}</p>`);
    expect(() => fillFileSizes(site, sizes, format)).toThrow("index.html states the size of /gone.pdf, which the build did not write. This is a bug in Actes.");
  });
});

describe("the default edition built with its website, preflight and imposition in threads", () => {
  it("gives the very files of the shared build, made on one thread", async () => {
    const out = path.join(scratch(), "site");
    const settings = checkSettings({ out, data: path.join(PROJECT_ROOT, "_data") }, PROJECT_ROOT);
    const result = await build({ ...settings, booklet: { ...settings.booklet!, threadsFromPages: 0 } });
    expect(result.seconds.site).toBeGreaterThan(0);
    expect(result.preflight?.errors).toBe(0);
    const shared = inject("siteDir");
    const files = listSiteFiles(out);
    expect(files).toEqual(listSiteFiles(shared));
    const differing = files.filter((file) => !readFileSync(path.join(out, file)).equals(readFileSync(path.join(shared, file))));
    expect(differing).toEqual([]);
  }, 180_000);

  it("stops at a preflight error found while the compressed copies are made in their thread: the previous output as it was, no staging folder left", async () => {
    // A character no font of the booklet has: drawn as .notdef, an error of the preflight.
    const data = copyData("notdef");
    editData(data, "sessions/02-atelier-1.ts", "summary: `Piloter", "summary: `漢字 Piloter");
    const parent = scratch();
    const out = path.join(parent, "site");
    mkdirSync(out);
    writeFileSync(path.join(out, "previous.txt"), "the previous build");
    const settings = checkSettings({ out, data }, PROJECT_ROOT);
    await expect(build({ ...settings, booklet: { ...settings.booklet!, threadsFromPages: 0 } })).rejects.toThrow(/fails its preflight:\n.*error notdef/);
    expect(readdirSync(parent)).toEqual(["site"]);
    expect(readdirSync(out)).toEqual(["previous.txt"]);
  }, 180_000);
});
