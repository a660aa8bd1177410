// What the specs share: Debian's Chromium through playwright-core, signing in, screenshots, the axe-core check.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL;
export const ACCOUNTS = JSON.parse(process.env.E2E_ACCOUNTS || '{}');
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 360, height: 740 };

// Playwright cannot download its own browser here: Debian's, with the flags this closed network needs.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  // playwright-core gives each launch a fresh, temporary user-data-dir.
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS, headless: true });
}

/** A page of its own (fresh storage) at the given size, in Vietnamese and the district's time zone. */
export async function openPage(browser, viewport) {
  const context = await browser.newContext({
    viewport,
    baseURL: BASE_URL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    // axe-core is injected as a script; the app's Content-Security-Policy would refuse it.
    bypassCSP: true,
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
  });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.errors = errors;
  return page;
}

/** Runs a step; on failure keeps a screenshot of the page as it was (failed-<name>.png) before failing. */
export async function step(page, name, body) {
  try {
    return await body();
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, `failed-${name}.png`), fullPage: true }).catch(() => {});
    throw error;
  }
}

export async function signIn(page, username) {
  const password = ACCOUNTS[username];
  if (!password) throw new Error(`no password for ${username}`);
  await page.goto('/dang-nhap');
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'), { waitUntil: 'commit' });
}

/** Saves a full-page screenshot as e2e/screenshots/<name>.png, once the page has settled. */
export async function screenshot(page, name) {
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-spin-spinning, [role="status"]:has-text("Đang tải")').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A and AA rules). */
export async function seriousViolations(page) {
  // A dialog or menu still fading in is drawn half transparent: its colours are judged once the motion has ended.
  // (Endless ones, a spinner's, are left alone.)
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Yesterday in Hà Nội as the date fields take it (dd/MM/yyyy): a meeting held, whatever the clock's zone. */
export function yesterday() {
  const d = new Date(Date.now() - 24 * 3600 * 1000);
  const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
  return local.format(d);
}
