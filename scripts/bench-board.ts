/**
 * `npm run bench:board`: how fast a big board (20 lists × 50 cards) renders and completes a move,
 * in real Chromium against a production server.
 *
 * Starts `next start` on a throwaway embedded database (run `next build` first), or measures
 * BENCH_URL if set (e.g. http://localhost:3000). Prints one JSON line of figures.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { seedBoard } from "../e2e/support/seed-board";

const LISTS = Number(process.env.BENCH_LISTS || 20);
const CARDS_PER_LIST = Number(process.env.BENCH_CARDS || 50);
const MOVES = 5;

async function startServer(): Promise<{ url: string; server?: ChildProcess; cleanup: () => void }> {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL, cleanup: () => {} };
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npx next build` first (or set BENCH_URL).");
  const port = Number(process.env.BENCH_PORT || 3209);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tasktide-bench-"));
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    // The seed is 1 000+ requests in a few seconds: lift the per-user limit for this throwaway server.
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      RATE_LIMIT_PER_MINUTE: "1000000",
      APP_SECRET: process.env.APP_SECRET || "bench-secret-not-for-production",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    server,
    cleanup: () => {
      try {
        process.kill(-server.pid!, "SIGTERM");
      } catch {}
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * True once every list is on the page holding its cards, and the first list's cards are drawn.
 * (Lists render only the cards in view, so counting card elements would never reach the total.)
 */
function boardShown(total: number): boolean {
  const lists = [...document.querySelectorAll<HTMLElement>("[data-testid=list]")];
  const held = lists.reduce((sum, list) => sum + Number(list.dataset.cardCount ?? 0), 0);
  return held >= total && lists[0]?.querySelector("[data-testid=card]") !== null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const { url, cleanup } = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // tsx (esbuild keepNames) wraps functions in __name(); give evaluated code a no-op one.
    const shim = "window.__name = (f) => f;";
    await page.addInitScript(shim);
    page.setDefaultTimeout(180_000);
    page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
    page.on("console", (message) => message.type() === "error" && console.error(`console error: ${message.text()}`));
    const id = Math.random().toString(36).slice(2, 10);
    await page.goto(`${url}/sign-up`);
    await page.getByLabel("Name").fill("Bench Person");
    await page.getByLabel("Email").fill(`bench.${id}@example.test`);
    await page.getByLabel("Password").fill(`pw-${id}-bench-password`);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/boards$/);
    const seedStart = Date.now();
    const boardId = await seedBoard(page, {
      name: "Benchmark board",
      lists: LISTS,
      cardsPerList: CARDS_PER_LIST,
      titleSuffix: " — a realistic title for a task",
      dueEvery: 7,
    });
    const seedMs = Date.now() - seedStart;
    const total = LISTS * CARDS_PER_LIST;

    // First-load JS of the board route: scripts fetched by a fresh load, as transferred (gzip).
    const fresh = await browser.newContext();
    await fresh.addCookies(await page.context().cookies());
    await fresh.addInitScript(shim);
    const probe = await fresh.newPage();
    await probe.goto(`${url}/boards/${boardId}`);
    await probe.waitForFunction(boardShown, total);
    const firstLoadJs = await probe.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((e) => e.initiatorType === "script" || e.name.endsWith(".js"))
        .reduce((sum, e) => sum + e.encodedBodySize, 0),
    );
    await fresh.close();

    const renders: number[] = [];
    let rendered = 0;
    for (let run = 0; run < 3; run++) {
      await page.goto(`${url}/boards/${boardId}`);
      await page.waitForFunction(boardShown, total);
      renders.push(await page.evaluate(() => Math.round(performance.now())));
      rendered = await page.evaluate(() => document.querySelectorAll("[data-testid=card]").length);
    }

    // A move: drag the first card of list 1 onto list 2; from mouse up to the card in its new list
    // on screen, and to the server's answer (the one PATCH).
    const moveUi: number[] = [];
    const moveSaved: number[] = [];
    const frames: number[] = [];
    for (let m = 0; m < MOVES; m++) {
      const lists = page.getByTestId("list");
      const card = lists.nth(0).getByTestId("card").first();
      const cardId = await card.getAttribute("data-card-id");
      const from = (await card.boundingBox())!;
      const to = (await lists.nth(1).getByTestId("card").nth(2).boundingBox())!;
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.evaluate(() => {
        const w = window as unknown as { __frames: number[]; __stop: boolean };
        w.__frames = [];
        w.__stop = false;
        let last = performance.now();
        const tick = (t: number) => {
          w.__frames.push(t - last);
          last = t;
          if (!w.__stop) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 4 });
      await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 30 });
      frames.push(
        ...(await page.evaluate(() => {
          const w = window as unknown as { __frames: number[]; __stop: boolean };
          w.__stop = true;
          return w.__frames.slice(1);
        })),
      );
      const saved = page.waitForResponse((r) => r.request().method() === "PATCH" && r.url().includes(`/v1/cards/${cardId}`));
      saved.catch(() => {}); // awaited below; a failed move must not crash past the cleanup
      const cdp = process.env.BENCH_PROFILE && m === 0 ? await page.context().newCDPSession(page) : null;
      if (cdp) {
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.start");
      }
      const t0 = Date.now();
      await page.mouse.up();
      await page
        .waitForFunction((cid) => document.querySelectorAll("[data-testid=list]")[1]?.querySelector(`[data-card-id="${cid}"]`), cardId, {
          timeout: 30_000,
        })
        .catch(async (error) => {
          const shot = path.join(os.tmpdir(), "bench-board-failed-move.png");
          await page.screenshot({ path: shot });
          throw new Error(`move ${m + 1}: the card did not arrive in the second list (screenshot: ${shot})`, { cause: error });
        });
      moveUi.push(Date.now() - t0);
      if (cdp) {
        const { profile } = await cdp.send("Profiler.stop");
        fs.writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify(profile));
      }
      const res = await saved;
      if (res.status() !== 200) throw new Error(`move failed: ${res.status()}`);
      moveSaved.push(Date.now() - t0);
    }

    const figures = {
      board: `${LISTS} lists × ${CARDS_PER_LIST} cards`,
      seed_ms: seedMs,
      first_load_js_kb_gzip: Math.round(firstLoadJs / 1024),
      render_ms_median: median(renders),
      render_ms_runs: renders,
      cards_rendered: rendered,
      move_on_screen_ms_median: median(moveUi),
      move_saved_ms_median: median(moveSaved),
      drag_frame_ms_median: Math.round(median(frames) * 10) / 10,
      drag_frame_ms_p95: Math.round([...frames].sort((a, b) => a - b)[Math.floor(frames.length * 0.95)] * 10) / 10,
    };
    console.log(JSON.stringify(figures, null, 2));
  } finally {
    await browser.close();
    cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
