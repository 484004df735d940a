/**
 * The one option table of the commands that build (`actes build`,
 * `npm run build`) and check the booklet (`npm run preflight`): each command
 * accepts its part of it. An option wins over its environment variable; the
 * command line is the only place that reads the environment.
 */
import { parseArgs } from "node:util";
import { SettingsError, type Given, type RawSettings } from "./settings.ts";

const OPTIONS = {
  out: { type: "string" },
  base: { type: "string" },
  url: { type: "string" },
  data: { type: "string" },
  "site-only": { type: "boolean" },
  "pdf-parts": { type: "string" },
  "pdf-timeout": { type: "string" },
  browser: { type: "string" },
  port: { type: "string" },
  // Printed by the command, not a setting of the build: each stage's wall time and the peak memory.
  timings: { type: "boolean" },
} as const;

type OptionName = keyof typeof OPTIONS;

/** The options each command accepts. */
export const COMMAND_OPTIONS = {
  build: ["out", "base", "url", "data", "site-only", "pdf-parts", "pdf-timeout", "browser", "timings"],
  preflight: ["data", "pdf-parts", "pdf-timeout", "browser"],
  preview: ["data", "port"],
} as const satisfies Record<string, readonly OptionName[]>;

/** The variables each option falls back to, first set wins. */
const VARIABLES: Record<OptionName, string[]> = {
  out: ["ACTES_OUT"],
  base: ["ACTES_BASE_PATH"],
  url: ["ACTES_URL"],
  data: ["ACTES_DATA_DIR"],
  "site-only": [],
  "pdf-parts": ["ACTES_PDF_PARTS"],
  "pdf-timeout": ["ACTES_PDF_TIMEOUT_MS"],
  browser: ["CHROME_PATH", "CHROMIUM_PATH"],
  port: ["PORT"],
  timings: [],
};

/** A command's settings as typed, unchecked (checkSettings checks them); unknown options fail here, with parseArgs's message. */
export function readCommandLine(command: keyof typeof COMMAND_OPTIONS, args: string[], env: Record<string, string | undefined>): RawSettings & { port?: Given; timings: boolean } {
  const accepted = COMMAND_OPTIONS[command];
  const options = Object.fromEntries(accepted.map((name) => [name, OPTIONS[name]]));
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args, options, strict: true }));
  } catch (error) {
    // parseArgs names the option it could not read ("Unknown option '--outt'"); the fix lists the ones there are.
    throw new SettingsError(`${error instanceof Error ? error.message : String(error)}. Fix: use ${accepted.map((name) => `--${name}`).join(", ")}.`);
  }
  const given = (option: OptionName): Given | undefined => {
    if (!(accepted as readonly string[]).includes(option)) return undefined;
    const value = values[option];
    if (typeof value === "string") return { value, setBy: `--${option}` };
    const variable = VARIABLES[option].find((name) => env[name]);
    return variable ? { value: env[variable]!, setBy: variable } : undefined;
  };
  const browser = given("browser");
  return {
    out: given("out")?.value,
    data: given("data")?.value,
    base: given("base")?.value,
    url: given("url"),
    siteOnly: values["site-only"] === true,
    pdfParts: given("pdf-parts"),
    pdfTimeout: given("pdf-timeout"),
    sourceDateEpoch: env.SOURCE_DATE_EPOCH ? { value: env.SOURCE_DATE_EPOCH, setBy: "SOURCE_DATE_EPOCH" } : undefined,
    browser: browser ? { path: browser.value, setBy: browser.setBy } : {},
    port: given("port"),
    timings: values.timings === true,
  };
}
