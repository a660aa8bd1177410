// The district office gives a branch its own meeting checklist; the meeting form then offers that checklist, the
// server accepts a record that follows it, and the record shows the step done. A branch of An Bình, so that Đột Lĩnh (An Lâm) keeps the default steps.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DESKTOP, launch, openPage, screenshot, seriousViolations, signIn, step, yesterday } from '../lib/browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const BRANCH = 'Chi bộ thôn Trúc Khê';
const CODE = 'NS-ANBINH-04'; // three communes have a Trúc Khê
const OWN_STEP = 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh';

test('the office adds a step to a branch checklist, and the meeting form offers it', async (t) => {
  const page = await openPage(browser, DESKTOP);
  t.after(() => page.context().close());
  await signIn(page, 'vanphong');

  await step(page, 'templates-edit', async () => {
    await page.goto('/to-chuc');
    await page.getByLabel(/Tìm/).first().fill(CODE);
    await page.getByRole('link', { name: BRANCH }).click();
    await page.waitForURL(/\/to-chuc\/[0-9a-f-]{36}$/, { waitUntil: 'commit' });
    const panel = page.locator('.ant-card', { hasText: 'Trình tự sinh hoạt và thang điểm' });
    await panel.getByText('Mặc định chung').first().waitFor();

    await panel.getByRole('button', { name: 'Điều chỉnh' }).click();
    // The checklist's own (antd draws the radio as a button over a hidden input).
    await page.locator('label.ant-radio-button-wrapper', { hasText: /^Riêng$/ }).first().click();
    await page.getByRole('button', { name: 'Thêm bước' }).click();
    await page.getByLabel('Bước 9', { exact: true }).fill(OWN_STEP);
    await screenshot(page, 'templates-editor-1366');
    assert.deepEqual(await seriousViolations(page), [], 'templates editor');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Đã lưu trình tự sinh hoạt và thang điểm.').waitFor();
    await panel.getByText('Riêng của tổ chức này').waitFor();
    await panel.getByText(OWN_STEP).waitFor();
  });

  await step(page, 'templates-meeting', async () => {
    await page.goto('/sinh-hoat/moi');
    await page.getByRole('heading', { name: 'Ghi biên bản' }).waitFor();
    await page.getByLabel('Chi bộ', { exact: true }).fill(CODE);
    await page.locator('.ant-select-item-option', { hasText: CODE }).click();
    const own = page.getByRole('checkbox', { name: OWN_STEP });
    await own.waitFor();
    const date = page.getByLabel('Ngày họp');
    await date.click();
    await date.fill(yesterday());
    await date.press('Enter');
    await page.keyboard.press('Escape');
    // Extraordinary: the branch's regular meeting of the month may be on record already (a second is refused).
    await page.getByText('Đột xuất', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Nội dung', exact: true }).fill('Sinh hoạt đột xuất');
    await own.check();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.waitForURL(/\/sinh-hoat\/[0-9a-f-]{36}$/, { waitUntil: 'commit' });
    // The stored record: nine steps, the branch's own one ticked.
    await page.getByText('1/9 bước đã thực hiện').waitFor();
    const checklist = page.getByRole('list', { name: 'Trình tự sinh hoạt' });
    assert.match(await checklist.getByRole('listitem').filter({ hasText: OWN_STEP }).innerText(), /Đã thực hiện/);
    await screenshot(page, 'meeting-record-1366');
    assert.deepEqual(await seriousViolations(page), [], 'meeting record');
  });
  assert.deepEqual(page.errors.map(String), []);
});
