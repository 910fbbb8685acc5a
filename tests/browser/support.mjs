// What both browser tests need: where the binary and Chromium are (skip
// with a message when missing, fail under CI=true), a running `sodan serve`
// that stops cleanly, and a headless Chromium.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const binary = process.env.SODAN_BIN || join(root, "target", "debug", "sodan");
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";
const missing = [binary, browserPath].filter((path) => !existsSync(path));
if (missing.length && process.env.CI === "true") {
  throw new Error(`browser tests cannot run in CI: missing ${missing.join(", ")}`);
}
/** `false`, or why the browser tests cannot run here (for node:test's `skip`). */
export const skip = missing.length ? `missing ${missing.join(", ")} (install chromium, run cargo build first)` : false;

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `sodan serve` with `env` on a free port; resolves once /healthz answers. */
export async function startSodan(env) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const process_ = spawn(binary, ["serve"], {
    cwd: root,
    env: { ...process.env, SODAN_ADDR: `127.0.0.1:${port}`, RUST_LOG: "warn", ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, process: process_ };
}

/** SIGTERM, and the exit code must be 0. */
export async function stopSodan(server) {
  if (!server) return;
  const exited = new Promise((resolve) => server.process.once("exit", (code) => resolve(code)));
  server.process.kill("SIGTERM");
  assert.equal(await exited, 0, "sodan serve stops cleanly on SIGTERM");
}

/** Debian's headless Chromium, with `extraArgs`. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: browserPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", ...extraArgs],
  });
}
