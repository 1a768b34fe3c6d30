// Open the built docs site in real headless Chromium (Debian's /usr/bin/chromium through
// playwright-core): check that pages render and that the site search finds a word.
// usage: node browse.mjs BASE_URL TOOL_PATH SEARCH_WORD SCREENSHOT.png   → JSON on stdout
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(join(process.env.LABGATE_NODE_MODULES, "x.js"));
const { chromium } = require("playwright-core");
const [base, toolPath, word, shot] = process.argv.slice(2);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
  ],
});
const out = { errors: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("pageerror", (e) => out.errors.push(String(e)));
  await page.goto(`${base}/`, { waitUntil: "networkidle" });
  out.index = {
    title: await page.title(),
    h1: await page.locator("article h1").first().innerText(),
    navLinks: await page.locator("nav.md-nav a.md-nav__link").count(),
  };
  await page.goto(`${base}/${toolPath}`, { waitUntil: "networkidle" });
  out.tool = {
    h1: await page.locator("article h1").first().innerText(),
    headings: await page.locator("article h2").allInnerTexts(),
    argRows: await page.locator("article table").first().locator("tbody tr").count(),
    tableVisible: await page.locator("article table").first().isVisible(),
  };
  await page.screenshot({ path: shot, fullPage: false });
  await page.goto(`${base}/`, { waitUntil: "networkidle" });
  const input = page.locator("input.md-search__input");
  await input.click();
  await input.pressSequentially(word, { delay: 30 });
  const items = page.locator(".md-search-result__item a, li.md-search-result__item > a");
  await items.first().waitFor({ timeout: 15000 });
  out.search = {
    meta: await page.locator(".md-search-result__meta").innerText(),
    hrefs: await items.evaluateAll((as) => as.map((a) => a.getAttribute("href"))),
  };
  await page.screenshot({ path: shot.replace(/\.png$/, "-search.png"), fullPage: false });
} catch (e) {
  out.errors.push(String(e));
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(out));
