/**
 * actes preflight [--data DIR] [--pdf-parts N] [--pdf-timeout MS] [--browser PATH]
 * (`npm run preflight`.) Lays out and prints the booklet of the edition in
 * DIR (default _data) and prints its preflight report, page by page, without
 * writing a site. Exits with status 1 when the report has an error (warnings
 * do not fail). Options and variables: pipeline/options.ts.
 */
import { tmpdir } from "node:os";
import { formatReport } from "./pdf/preflight.ts";
import { explainFailure } from "./pipeline/failures.ts";
import { readCommandLine } from "./pipeline/options.ts";
import { preflightEdition } from "./pipeline/preflight-edition.ts";
import { checkSettings } from "./pipeline/settings.ts";

/** Runs the preflight command with its arguments; returns the exit code. */
export async function preflightCommand(args: string[], env: Record<string, string | undefined>, cwd: string): Promise<number> {
  try {
    const settings = checkSettings(readCommandLine("preflight", args, env), cwd);
    const { name, report } = await preflightEdition(settings.dataDir, settings.booklet!, settings.sourceDateEpoch);
    console.log(formatReport(report, name));
    return report.errors > 0 ? 1 : 0;
  } catch (error) {
    console.error(`\nPreflight failed.\n${explainFailure(error, tmpdir())}`);
    return 1;
  }
}
