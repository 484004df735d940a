/**
 * Where a long book is cut into parts laid out at once
 * (scripts/pdf/browser/renderer/parts.js, partRanges), run in Chromium on
 * blocks made for the purpose: cuts fall only before a block that opens on a
 * right-hand page, each as near as it can to an equal share of the text.
 * The whole layout in parts is checked byte for byte in tests/pdf.test.ts.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedBrowser } from "./helpers/browser.ts";
import { PROJECT_ROOT } from "./helpers/build.ts";

let page: Page;

beforeAll(async () => {
  page = await (await sharedBrowser()).newPage();
  await page.setContent("<!doctype html><main></main>");
  await page.addScriptTag({ path: path.join(PROJECT_ROOT, "scripts/pdf/browser/renderer/parts.js") });
});
afterAll(async () => {
  await page?.close();
});

/** Blocks of `length` letters each, those marked `right` opening on a right-hand page; the ranges for `count` parts. */
async function ranges(blocks: { length: number; right?: boolean }[], count: number): Promise<[number, number][]> {
  return page.evaluate(
    ({ blocks, count }) => {
      const main = document.querySelector("main")!;
      main.replaceChildren(
        ...blocks.map(({ length, right }) => {
          const block = document.createElement("section");
          block.textContent = "a".repeat(length);
          if (right) block.dataset.breakBefore = "right";
          return block;
        }),
      );
      return window.actes!.parts!.partRanges(Array.from(main.children), count);
    },
    { blocks, count },
  );
}

describe("part ranges", () => {
  it("gives the whole book to one part", async () => {
    expect(await ranges([{ length: 10 }, { length: 10, right: true }], 1)).toEqual([[0, 2]]);
  });

  it("cuts before the right-hand opening nearest to each equal share", async () => {
    // Text at 0, 100, 200 … 500; shares of a third end at 200 and 400.
    const blocks = [{ length: 100 }, { length: 100, right: true }, { length: 100, right: true }, { length: 100 }, { length: 100, right: true }, { length: 100 }];
    expect(await ranges(blocks, 3)).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
    ]);
  });

  it("never cuts before a block that does not open a right-hand page", async () => {
    // The middle of the text is before block 2, which may not start a part: the cut goes to block 3.
    expect(await ranges([{ length: 100 }, { length: 100 }, { length: 100 }, { length: 100, right: true }], 2)).toEqual([
      [0, 3],
      [3, 4],
    ]);
  });

  it("gives fewer parts than asked when there are fewer places to cut", async () => {
    expect(await ranges([{ length: 100 }, { length: 100, right: true }, { length: 100 }], 4)).toEqual([
      [0, 1],
      [1, 3],
    ]);
    expect(await ranges([{ length: 100 }, { length: 100 }], 3)).toEqual([[0, 2]]);
  });
});
