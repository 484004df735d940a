// pdf-lib's single-file ES module build (scripts/lib/pdf-lib.ts) is the package itself, bundled: its types are the package's.
declare module "pdf-lib/dist/pdf-lib.esm.js" {
  export * from "pdf-lib";
}
