import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const init = readFileSync("/tmp/init.js", "utf8").replace("filter: true,", 'filter: true,\n  docExpansion: "none",');
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
await page.route("**/v1/docs/assets/init.js", (route) => route.fulfill({ contentType: "text/javascript", body: init }));
await page.goto("http://127.0.0.1:3300/v1/docs");
await page.waitForTimeout(5000);
const tags = page.locator(".opblock-tag");
console.log("tags", await tags.count());
let total = 0;
for (let i = 0; i < (await tags.count()); i++) {
  await tags.nth(i).click();
  await page.waitForTimeout(300);
  const n = await page.locator(".opblock").count();
  total += n;
  await tags.nth(i).click();
  await page.waitForTimeout(100);
}
console.log("total", total);
await browser.close();
