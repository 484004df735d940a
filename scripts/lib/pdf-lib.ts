/**
 * pdf-lib, from its single-file ES module build. Node resolves "pdf-lib" to
 * the package's CommonJS tree, hundreds of files: 120–170 ms to load here,
 * against 50–75 ms for this one file, in each process and thread that reads
 * a PDF (the build's own, the preflight's and the imposition's). Every module
 * imports pdf-lib from here, so that one copy of its classes is loaded and
 * `instanceof` holds between them.
 */
export * from "pdf-lib/dist/pdf-lib.esm.js";
