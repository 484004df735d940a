/**
 * npm's prepack step (`npm pack`): writes the versions of the checkers the
 * accessibility statement names into the package, since a project that
 * installs Actes does not install them. The postpack step removes the file,
 * so that the repository keeps reading the installed versions.
 */
import { rmSync, writeFileSync } from "node:fs";
import { installedCheckerVersions, RECORDED_VERSIONS } from "./checker-versions-plugin.ts";

if (process.argv[2] === "remove") rmSync(RECORDED_VERSIONS, { force: true });
else writeFileSync(RECORDED_VERSIONS, `${JSON.stringify(installedCheckerVersions(), null, 2)}\n`);
