/**
 * The Chromium the end-to-end tests drive: Debian's `chromium` package, never Playwright's own
 * download (`npx playwright install` cannot work here). When it is missing and we may install
 * it (root, apt-get present), it is installed; otherwise the error says what to run.
 */
import { execFileSync, execSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_INSTALL_COMMAND = "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium";

const KNOWN_PATHS = ["/usr/bin/chromium"];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findChromium(): string | undefined {
  try {
    const found = execFileSync("which", ["chromium"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (found && executable(found)) return found;
  } catch {
    // `which` exits 1 when nothing is found, or is itself missing: fall through to known paths.
  }
  return KNOWN_PATHS.find(executable);
}

function canInstall(): boolean {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root) return false;
  try {
    execFileSync("which", ["apt-get"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The path of Debian's chromium; installs it when missing and allowed, else throws the command to run. */
export function chromiumPath(): string {
  const found = findChromium();
  if (found) return found;
  if (!canInstall()) {
    throw new Error(CHROMIUM_INSTALL_COMMAND);
  }
  process.stderr.write(`chromium not found; installing it: ${CHROMIUM_INSTALL_COMMAND}\n`);
  // stdout and stderr of apt go to our stderr, so a test run shows what is happening.
  execSync(CHROMIUM_INSTALL_COMMAND, { stdio: ["ignore", process.stderr, process.stderr], shell: "/bin/sh" });
  const installed = findChromium();
  if (!installed) throw new Error(CHROMIUM_INSTALL_COMMAND);
  process.stderr.write(`chromium installed at ${installed}\n`);
  return installed;
}

export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
