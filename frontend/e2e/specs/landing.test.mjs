// Each role lands on its own work after signing in, at a desk and on a phone: a department on the recommendations
// addressed to it, the overdue ones first; a branch secretary on this month's record or the button that writes it.
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

/** This month as the app writes it, in Hà Nội: MM/yyyy. */
function thisMonth() {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', month: '2-digit', year: 'numeric' }).formatToParts(new Date());
  return `${parts.find((p) => p.type === 'month').value}/${parts.find((p) => p.type === 'year').value}`;
}

for (const [size, viewport] of [['1366', DESKTOP], ['360', PHONE]]) {
  test(`a department lands on the recommendations addressed to it, overdue first, at ${size} px`, async (t) => {
    const page = await openPage(browser, viewport);
    t.after(() => page.context().close());
    await signIn(page, 'phongnongnghiep');
    await step(page, `landing-responder-${size}`, async () => {
      await page.waitForURL(/\/kien-nghi\?addressee=[0-9a-f-]{36}/, { waitUntil: 'commit' });
      const url = new URL(page.url());
      await page.getByRole('heading', { level: 1, name: 'Kiến nghị, đề xuất' }).waitFor();
      await page.locator('.ant-table-row').first().waitFor();
      // The demo's 2025 recommendations forwarded to the department and still unanswered are overdue today.
      assert.equal(url.searchParams.get('overdue'), 'true', `overdue first: ${url}`);
      assert.equal(url.searchParams.get('sort'), 'dueOn,asc');
      const rows = page.locator('.ant-table-row');
      assert.equal(await rows.count(), await page.locator('.ant-table-row.row-overdue').count(), 'every row is overdue');
      assert.equal(await page.title(), 'Kiến nghị, đề xuất · Nền nếp');
      await screenshot(page, `landing-responder-${size}`);
      assert.deepEqual(await seriousViolations(page), [], `responder's landing at ${size} px`);
    });
    assert.deepEqual(page.errors.map(String), []);
  });

  test(`a branch secretary lands on this month's record, or the button that writes it, at ${size} px`, async (t) => {
    const page = await openPage(browser, viewport);
    t.after(() => page.context().close());
    await signIn(page, 'bithu.dotlinh');
    await step(page, `landing-secretary-${size}`, async () => {
      const month = thisMonth();
      // /sinh-hoat/thang-nay asks for this month's record, then shows it or the page that writes it.
      await page.waitForFunction(
        (heading) => /\/sinh-hoat\/[0-9a-f-]{36}$/.test(window.location.pathname) || document.querySelector('h1')?.textContent === heading,
        `Sinh hoạt chi bộ tháng ${month}`,
      );
      if (page.url().endsWith('/sinh-hoat/thang-nay')) {
        await page.getByText('Chi bộ thôn Đột Lĩnh').waitFor();
        assert.equal(await page.title(), 'Sinh hoạt tháng này · Nền nếp');
        await screenshot(page, `landing-secretary-${size}`);
        assert.deepEqual(await seriousViolations(page), [], `secretary's landing at ${size} px`);
        await page.getByRole('button', { name: `Ghi biên bản tháng ${month}` }).click();
        await page.waitForURL('**/sinh-hoat/moi', { waitUntil: 'commit' });
      } else {
        // This month's record: a day of this month on it.
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.locator('main').getByText(new RegExp(`\\b\\d{2}/${month.replace('/', '\\/')}\\b`)).first().waitFor();
        assert.equal(await page.title(), 'Biên bản sinh hoạt · Nền nếp');
        await screenshot(page, `landing-secretary-${size}`);
      }
    });
    assert.deepEqual(page.errors.map(String), []);
  });
}
