/**
 * Debian's Apache and nginx, each run in the foreground on a loopback port
 * with a configuration written to a temp folder (no system service, no
 * root-only path), serving built folders under sub-paths with only the files
 * the build wrote: the .htaccess (AllowOverride All) and actes.nginx.conf.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export interface RunningServer {
  /** http://127.0.0.1:port */
  origin: string;
  /** The server's error log, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/** Folders served, by mount path ("/actes/" → /tmp/…/site). */
export type Mounts = Record<string, string>;

const isRoot = () => process.getuid?.() === 0;
// As root both servers hand requests to an unprivileged user, which must be able to read the folders.
const NOBODY = 65534;

/** A loopback port that is free now, for a server a test starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Lets other users read `folder` and walk down to it (the servers' workers run as nobody under root). */
export function openToServers(folder: string): void {
  if (!isRoot()) return;
  let current = path.resolve(folder);
  for (; current !== path.dirname(current); current = path.dirname(current)) {
    if (current === "/tmp" || current === "/") break;
    chmodSync(current, 0o755);
  }
}

async function waitUntilServing(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let exited: number | null | undefined;
  child.once("exit", (code) => (exited = code));
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`The server stopped at start-up (exit ${exited}):\n${log()}`);
    try {
      await fetch(`${origin}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`The server did not answer on ${origin} within 15 s:\n${log()}`);
}

function run(command: string, args: string[], logFile: string, pidOrigin: string): Promise<RunningServer> {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const log = () => `${output}\n${existsSync(logFile) ? readFileSync(logFile, "utf8") : "(no log file)"}`;
  const server: RunningServer = {
    origin: pidOrigin,
    log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        // Only the process started here, by its id; it stops its own workers.
        process.kill(child.pid!, "SIGTERM");
      }),
  };
  return waitUntilServing(pidOrigin, child, log).then(
    () => server,
    async (error) => {
      await server.stop();
      throw error;
    },
  );
}

/** Apache with the sites' own .htaccess files, mounted with Alias. */
export async function startApache(workDir: string, mounts: Mounts): Promise<RunningServer> {
  const dir = path.join(workDir, "apache");
  mkdirSync(path.join(dir, "empty"), { recursive: true });
  openToServers(dir);
  const port = await freePort();
  const folders = [...new Set(Object.values(mounts))];
  const config = [
    "ServerRoot /usr/lib/apache2",
    ...["mpm_event", "authz_core", "mime", "dir", "alias", "rewrite", "headers"].map((m) => `LoadModule ${m}_module modules/mod_${m}.so`),
    `Listen 127.0.0.1:${port}`,
    "ServerName 127.0.0.1",
    `PidFile ${dir}/httpd.pid`,
    `ErrorLog ${dir}/error.log`,
    `DefaultRuntimeDir ${dir}`,
    `Mutex file:${dir} default`,
    "TypesConfig /etc/mime.types",
    ...(isRoot() ? [`User #${NOBODY}`, `Group #${NOBODY}`] : []),
    `DocumentRoot ${dir}/empty`,
    "<Directory />\n  AllowOverride None\n  Require all denied\n</Directory>",
    // As Debian's apache2.conf does.
    '<FilesMatch "^\\.ht">\n  Require all denied\n</FilesMatch>',
    ...Object.entries(mounts).map(([mount, folder]) => `Alias ${mount.replace(/\/$/, "")} ${folder}`),
    ...folders.map((folder) => `<Directory ${folder}>\n  AllowOverride All\n  Options FollowSymLinks\n  Require all granted\n</Directory>`),
    "",
  ].join("\n");
  writeFileSync(path.join(dir, "httpd.conf"), config);
  return run("apache2", ["-f", path.join(dir, "httpd.conf"), "-DFOREGROUND"], path.join(dir, "error.log"), `http://127.0.0.1:${port}`);
}

/** nginx with each site's actes.nginx.conf included in the location that serves it. */
export async function startNginx(workDir: string, mounts: Mounts): Promise<RunningServer> {
  const dir = path.join(workDir, "nginx");
  mkdirSync(dir, { recursive: true });
  openToServers(dir);
  const port = await freePort();
  const config = [
    "worker_processes 1;",
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    ...(isRoot() ? ["user nobody nogroup;"] : []),
    "events { worker_connections 64; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  default_type application/octet-stream;",
    "  access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${dir}/${kind};`),
    "  server {",
    `    listen 127.0.0.1:${port};`,
    "    server_name localhost;",
    ...Object.entries(mounts).flatMap(([mount, folder]) => [
      `    location ${mount} {`,
      `      alias ${folder}/;`,
      `      include ${folder}/actes.nginx.conf;`,
      "    }",
    ]),
    "  }",
    "}",
    "",
  ].join("\n");
  writeFileSync(path.join(dir, "nginx.conf"), config);
  return run("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", "stderr", "-g", "daemon off;"], path.join(dir, "error.log"), `http://127.0.0.1:${port}`);
}
