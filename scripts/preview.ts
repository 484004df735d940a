/**
 * actes preview [--data DIR] [--port N]   (npm start; PORT=N works too)
 * The live preview: the site and the booklet paginated in the browser at
 * /livret/, rebuilt on every save, written into a folder of its own
 * (.cache/preview/ of the folder it runs in) so that `_site/`, which only `npm run build` writes, is
 * never touched. A data mistake is printed here as the build prints it, and
 * every page shows it until the next good save; the last good files stay.
 */
import { createServer } from "node:net";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import setUpSite from "../.eleventy.js";
import { previewInput } from "./eleventy/input.ts";
import type { Edition } from "./data/model.ts";
import { fromRoot } from "./lib/package-root.ts";
import { escapeMarkup } from "./lib/escape.ts";
import { readCommandLine } from "./pipeline/options.ts";
import { defaultDataDir, type Given } from "./pipeline/settings.ts";

export const PREVIEW_DIR = ".cache/preview";

export interface PreviewOptions {
  /** The data folder to preview. */
  dataDir: string;
  port: number;
  /** The preview's own output folder, never the build's. */
  out: string;
  /** Where the preview reports (the terminal). */
  report?: (line: string) => void;
  /** Called after each build Eleventy writes (the benchmark times rebuilds with it). */
  onWritten?: () => void;
}

/** The port, from --port or PORT (option first); a port that is not a number fails with the fix. */
export function previewPort(given: Given | undefined): number {
  if (given === undefined) return 8080;
  const port = Number(given.value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${given.setBy} is "${given.value}", which is not a port. Fix: give a whole number from 1 to 65535, e.g. --port 8081.`);
  }
  return port;
}

/** Fails when the port is taken, naming it and how to choose another (the dev server would quietly take the next one). */
async function ensurePortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new Error(`Port ${port} is already in use. Fix: stop what uses it, or choose another port: npm start -- --port ${port + 1} (or PORT=${port + 1} npm start).`) : error),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** The page shown instead of any page while the data is wrong; the dev server's client reloads it after the next good save. */
function errorPage(message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Data error — Actes preview</title></head>
<body><main><h1>The data has a mistake</h1><pre id="data-error">${escapeMarkup(message)}</pre>
<p>The preview shows the pages again at the next good save.</p></main>
<script type="module" src="/.11ty/reload-client.js"></script></body></html>
`;
}

/** Starts the preview; resolves once it serves, with a function that stops it. */
export async function startPreview(options: PreviewOptions): Promise<{ url: string; stop(): Promise<void> }> {
  const report = options.report ?? ((line) => console.log(line));
  await ensurePortFree(options.port);
  const input = previewInput(options.dataDir);
  const load = input.edition as () => Promise<Edition>;
  let failure: string | undefined;
  // The loader runs on every rebuild: its mistake is kept for the pages and printed once, then Eleventy fails that rebuild.
  input.edition = async () => {
    try {
      const edition = await load();
      if (failure !== undefined) report("The data is right again: the preview shows the new pages.");
      failure = undefined;
      return edition;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      report(`\n${failure}\n`);
      throw error;
    }
  };
  const eleventy = new Eleventy(fromRoot("src"), options.out, {
    configPath: false,
    runMode: "serve",
    quietMode: true,
    config: (eleventyConfig: Parameters<typeof setUpSite>[0]) => {
      setUpSite(eleventyConfig, input);
      if (options.onWritten) eleventyConfig.on("eleventy.after", options.onWritten);
      // Eleventy's watcher skips what .gitignore lists: a data folder kept in an ignored folder would never reload.
      eleventyConfig.setUseGitIgnore(false);
      // A save is taken once the file has not changed for 50 ms (Eleventy waits 150 ms): editors write a file
      // at once, and a half-written one is only a data mistake shown until the next event.
      eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
      eleventyConfig.setServerOptions({
        port: options.port,
        portReassignmentRetryCount: 0,
        showVersion: false,
        middleware: [
          (request: { headers: { accept?: string } }, response: { statusCode: number; setHeader(k: string, v: string): void; end(body: string): void }, next: () => void) => {
            if (failure === undefined || !request.headers.accept?.includes("text/html")) return next();
            response.statusCode = 500;
            response.setHeader("Content-Type", "text/html; charset=utf-8");
            response.end(errorPage(failure));
          },
        ],
      });
    },
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(options.port);
  const url = `http://localhost:${options.port}/`;
  report(`Previewing ${path.relative(process.cwd(), options.dataDir) || "."} at ${url} (the booklet at ${url}livret/); written into ${path.relative(process.cwd(), options.out)}, never into _site/.`);
  return { url, stop: () => eleventy.stopWatch() };
}

/** Runs the preview command with its arguments; returns 0 once it serves (it runs until stopped), 1 when it cannot start. */
export async function previewCommand(args: string[], env: Record<string, string | undefined>, cwd: string): Promise<number> {
  try {
    const raw = readCommandLine("preview", args, env);
    await startPreview({
      dataDir: raw.data === undefined ? defaultDataDir(cwd) : path.resolve(cwd, raw.data),
      port: previewPort(raw.port),
      // In the folder the command runs in (the project), never inside the installed package.
      out: path.resolve(cwd, PREVIEW_DIR),
    });
    return 0;
  } catch (error) {
    // The command line's boundary: the message names the cause and the fix.
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
