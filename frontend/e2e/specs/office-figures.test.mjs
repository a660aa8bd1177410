// The district office's figures at a desk and on a phone: the dashboard shows 17-NQ/HU's compliance and effect, the
// scorecard names each branch's commune, sorts on the server and says which branch held no meeting; each screen
// names itself in the tab; the favicon is served.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DESKTOP, launch, openPage, PHONE, screenshot, seriousViolations, signIn, step } from '../lib/browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A card of the page by its heading. */
function card(page, heading) {
  return page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
}

/** "55/68 (80,9 %)": a figure with its count, its total and its rate in Vietnamese numbers. */
const RATIO = /^\d{1,3}(\.\d{3})*\/\d{1,3}(\.\d{3})* \(\d+(,\d)? %\)$/;

for (const [size, viewport] of [['1366', DESKTOP], ['360', PHONE]]) {
  test(`the office's dashboard and scorecard at ${size} px`, async (t) => {
    const page = await openPage(browser, viewport);
    t.after(() => page.context().close());
    await signIn(page, 'vanphong');

    await step(page, `dashboard-figures-${size}`, async () => {
      await page.waitForURL('**/tong-quan', { waitUntil: 'commit' });
      // The document in force with the most targets, whatever notices were issued after it.
      await page.locator('.toolbar').getByText(/^17-NQ\/HU — /).first().waitFor();
      const compliance = card(page, 'Mức đạt từng chỉ tiêu');
      await compliance.getByRole('img', { name: 'Mức đạt chỉ tiêu' }).locator('svg').waitFor();
      await compliance.getByText('Chi bộ đạt', { exact: true }).first().waitFor();
      const ratios = await compliance.locator('td').allInnerTexts();
      assert.ok(ratios.filter((c) => RATIO.test(c.trim())).length >= 2, `figures as "passed/total (rate %)": ${ratios.join(' | ')}`);
      // Before and after 17-NQ/HU: real figures on both sides.
      const effect = card(page, 'Trước và sau khi ban hành nghị quyết');
      await effect.getByRole('img', { name: 'Hiệu quả: trước và sau khi ban hành' }).locator('svg').waitFor();
      const attendance = effect.getByRole('row').filter({ hasText: 'Tỷ lệ dự sinh hoạt' });
      const [, before, after] = await attendance.locator('td').allInnerTexts();
      assert.match(before ?? '', /^\d+(,\d+)?$/, 'attendance before the resolution');
      assert.match(after ?? '', /^\d+(,\d+)?$/, 'attendance after the resolution');
      assert.equal(await page.title(), 'Tổng quan · Nền nếp');
      await screenshot(page, `dashboard-figures-${size}`);
      assert.deepEqual(await seriousViolations(page), [], `dashboard at ${size} px`);
    });

    await step(page, `scorecard-sorted-${size}`, async () => {
      await page.goto('/bang-diem');
      await page.locator('.ant-table-row').first().waitFor();
      assert.equal(await page.title(), 'Bảng điểm quý · Nền nếp');
      await page.getByRole('columnheader', { name: 'Xã' }).first().waitFor();
      await page.locator('.ant-table-row td').filter({ hasText: /^Đảng bộ / }).first().waitFor();
      // Sorted by the server: the branches with fewest meetings first, those without any among them.
      const sorted = page.waitForResponse((r) => r.url().includes('/api/v1/reports/scorecard') && r.url().includes('sort=meetingsHeld%2Casc'));
      await page.getByRole('columnheader', { name: 'Số buổi' }).first().click();
      assert.equal((await sorted).status(), 200);
      await page.waitForURL(/sort=meetingsHeld%2Casc/, { waitUntil: 'commit' });
      const first = page.locator('.ant-table-row').first();
      await first.getByText('Chưa có biên bản trong quý').waitFor();
      assert.match(await first.getAttribute('class'), /row-idle/);
      await screenshot(page, `scorecard-sorted-${size}`);
      assert.deepEqual(await seriousViolations(page), [], `scorecard at ${size} px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `the scorecard at ${size} px is ${overflow} px wider than the screen`);
    });
    assert.deepEqual(page.errors.map(String), []);
  });
}

test('each screen names itself in the tab, in the chosen language; the favicon is served', async (t) => {
  const page = await openPage(browser, DESKTOP);
  t.after(() => page.context().close());
  await signIn(page, 'vanphong');
  await step(page, 'titles', async () => {
    const titles = {
      '/to-chuc': 'Tổ chức đảng · Nền nếp',
      '/nghi-quyet': 'Nghị quyết, văn bản · Nền nếp',
      '/hoi-nghi': 'Hội nghị chuyên đề · Nền nếp',
      '/kien-nghi/thong-ke': 'Thống kê kiến nghị · Nền nếp',
    };
    for (const [path, title] of Object.entries(titles)) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForFunction((expected) => document.title === expected, title);
    }
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const answer = await page.request.get(icon);
    assert.equal(answer.status(), 200, `${icon} is served`);
    assert.match(answer.headers()['content-type'] ?? '', /^image\/svg\+xml/);

    await page.goto('/bang-diem');
    await page.getByRole('combobox', { name: 'Ngôn ngữ' }).click();
    await page.locator('.ant-select-item-option', { hasText: 'EN' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quarter scorecard' }).waitFor();
    await page.waitForFunction(() => document.title === 'Quarter scorecard · Nền nếp');
    await page.getByRole('columnheader', { name: 'Commune' }).first().waitFor();
  });
  assert.deepEqual(page.errors.map(String), []);
});
