/** Reading an EPUB in the tests: EPUBCheck (Debian's jar), its entries (unzip), its words compared with the booklet's. */
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** EPUBCheck with the JVM's quick start (client compiler only): 6 s instead of 19 s here, the same verdict. */
export async function epubcheck(file: string): Promise<string> {
  const jar = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", "/usr/share/java/epubcheck.jar", file];
  try {
    const { stdout, stderr } = await run("java", jar, { maxBuffer: 1 << 24 });
    return `${stdout}${stderr}`;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ""}${failed.stderr ?? ""}`;
  }
}

export const entries = (epub: string) => execFileSync("unzip", ["-Z1", epub], { encoding: "utf8" }).trim().split("\n");
export const entry = (epub: string, name: string) => execFileSync("unzip", ["-p", epub, name], { encoding: "utf8", maxBuffer: 1 << 24 });
/**
 * Letters only: the booklet and the EPUB set the same words with their own spaces, hyphens and ligatures,
 * and the booklet's contents and indexes have page numbers between them.
 */
export const letters = (text: string) => text.normalize("NFKC").replace(/[^\p{L}]+/gu, "").toLowerCase();
