// Finds a Chromium for Playwright, installing one when it can. Prints nothing on success.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export async function findChromium({ install = true } = {}) {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  if (fs.existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const { chromium } = await import("@playwright/test");
  const bundled = chromium.executablePath();
  if (bundled && fs.existsSync(bundled)) return bundled;
  if (!install) return null;
  // Playwright's own download where it is reachable; Debian's package otherwise.
  const viaPlaywright = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (viaPlaywright.status === 0 && fs.existsSync(chromium.executablePath())) return chromium.executablePath();
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    const apt = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (apt.status === 0 && fs.existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  return null;
}
