/**
 * The EPUB container: a zip whose first entry is the `mimetype` file, stored
 * (not compressed) and without extra fields, so that a reader finds
 * "application/epub+zip" at byte 38; then every other file, deflated except
 * the fonts (compressed already). Dates are the edition's: the same book,
 * the same bytes.
 */
import yazl from "yazl";

export async function zipEpub(files: Map<string, string | Buffer>, date: Date): Promise<Buffer> {
  // Zip dates are wall-clock fields that yazl reads in local time: the same fields in every time zone (as the offline copy does).
  const mtime = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
  const zip = new yazl.ZipFile();
  const options = { mtime, mode: 0o100644, forceDosTimestamp: true };
  zip.addBuffer(Buffer.from("application/epub+zip", "ascii"), "mimetype", { ...options, compress: false });
  for (const [name, content] of files) {
    const compress = !name.endsWith(".woff2");
    zip.addBuffer(typeof content === "string" ? Buffer.from(content, "utf8") : content, name, { ...options, compress, ...(compress ? { compressionLevel: 9 } : {}) });
  }
  zip.end();
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on("error", reject);
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
  });
}
