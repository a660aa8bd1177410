// The meeting form and list as a branch secretary meets them on a phone, the list at a desk, and the import page:
// what keeps a record from being saved is listed and focused, a second regular record of a month offers the one the
// branch has, the list is a card per record at 360 px, and an import that wrote nothing says so.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ACCOUNTS, DESKTOP, launch, openPage, PHONE, screenshot, seriousViolations, signIn, step } from '../lib/browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/**
 * The 15th of an earlier month that has a regular meeting of every village branch in the demo district (not the
 * first month of a quarter, when most hold their regular meeting together with the thematic one), as dd/MM/yyyy.
 */
function dayOfAnEarlierRegularMonth() {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number);
  let y = year;
  let m = month - 1;
  for (;;) {
    if (m < 1) {
      m += 12;
      y -= 1;
    }
    if ((m - 1) % 3 !== 0) break;
    m -= 1;
  }
  return `15/${String(m).padStart(2, '0')}/${y}`;
}

async function noOverflow(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `${what} is ${overflow} px wider than the screen`);
}

test('a branch secretary on a phone: the list as cards, a bad record listed and focused, a second regular meeting of the month refused with the existing one offered', async (t) => {
  const page = await openPage(browser, PHONE);
  t.after(() => page.context().close());
  await signIn(page, 'bithu.dotlinh');

  await step(page, 'meetings-cards-360', async () => {
    // A secretary lands on this month's record (or the page that writes it); the list is a menu away.
    await page.waitForURL(/\/sinh-hoat\/(thang-nay|[0-9a-f-]{36})$/, { waitUntil: 'commit' });
    await page.goto('/sinh-hoat');
    await page.locator('.meeting-card').first().waitFor();
    assert.equal(await page.locator('.ant-table').count(), 0, 'no table on a phone');
    const card = page.locator('.meeting-card').first();
    assert.match(await card.innerText(), /Tỷ lệ dự[\s\S]*%/);
    const box = await card.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= PHONE.width, 'the card lies within the screen');
    await screenshot(page, 'meetings-cards-360');
    assert.deepEqual(await seriousViolations(page), [], 'meeting cards: serious or critical accessibility violations');
    await noOverflow(page, 'the meeting list at 360 px');
  });

  await step(page, 'meeting-form-errors-360', async () => {
    await page.getByRole('button', { name: 'Ghi biên bản' }).click();
    await page.waitForURL('**/sinh-hoat/moi', { waitUntil: 'commit' });
    await page.locator('.roll__row').first().waitFor();
    const date = page.getByLabel('Ngày họp');
    await date.click();
    await date.fill(dayOfAnEarlierRegularMonth());
    await date.press('Enter');
    await page.keyboard.press('Escape');
    // The times typed as a clock shows them: one field each, no picker to scroll.
    const start = page.getByLabel('Bắt đầu', { exact: true });
    const end = page.getByLabel('Kết thúc', { exact: true });
    assert.equal(await start.getAttribute('type'), 'time');
    await start.fill('19:30');
    await end.fill('19:00');
    assert.equal(await start.inputValue(), '19:30');
    const firstScore = page.locator('.score-line input').first();
    await firstScore.fill('999');
    await firstScore.blur();
    assert.equal(await firstScore.inputValue(), '999', 'the points typed are not lowered to the maximum');

    await page.getByRole('button', { name: 'Lưu' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Chưa lưu được biên bản' });
    await summary.waitFor();
    const items = await summary.getByRole('listitem').allInnerTexts();
    assert.deepEqual(items[0], 'Kết thúc: Giờ kết thúc phải sau giờ bắt đầu.');
    assert.match(items[1], /^.+: Điểm tối đa của tiêu chí này là \d+; đã nhập 999\.$/);
    await page.waitForFunction(() => document.activeElement?.id === 'meeting_end');
    // What the phone shows at once: the field in error, focused, where the summary sent it.
    await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS, 'meeting-form-errors-360-viewport.png') });
    await screenshot(page, 'meeting-form-errors-360');
    assert.deepEqual(await seriousViolations(page), [], 'meeting form with its errors: serious or critical accessibility violations');
    await noOverflow(page, 'the meeting form at 360 px');

    // Each item takes the user to its field.
    await summary.getByRole('link').nth(1).click();
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.score-line') !== null), true);
  });

  await step(page, 'meeting-form-duplicate-360', async () => {
    await page.getByLabel('Kết thúc', { exact: true }).fill('21:15');
    await page.locator('.score-line input').first().fill('');
    await page.getByRole('alert').filter({ hasText: 'Chưa lưu được biên bản' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Lưu' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Chưa lưu được biên bản' });
    const open = summary.getByRole('link', { name: 'Mở biên bản đã có' });
    await open.waitFor();
    await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS, 'meeting-form-duplicate-360-viewport.png') });
    assert.match(await summary.innerText(), /Ngày họp: .*thường kỳ tháng \d{2}\/\d{4} \(ngày \d{2}\/\d{2}\/\d{4}\)/);
    assert.match(await open.getAttribute('href'), /^\/sinh-hoat\/[0-9a-f-]{36}$/);
    await screenshot(page, 'meeting-form-duplicate-360');
    assert.deepEqual(await seriousViolations(page), [], 'meeting form refused as a duplicate: serious or critical accessibility violations');

    await open.click();
    await page.getByRole('button', { name: 'Rời trang' }).click();
    await page.waitForURL(/\/sinh-hoat\/[0-9a-f-]{36}$/, { waitUntil: 'commit' });
    await page.getByRole('heading', { name: 'Thành phần' }).waitFor();
    await page.getByText(/Vắng mặt \(\d+\)/).waitFor();
    await screenshot(page, 'meeting-record-360');
    assert.deepEqual(await seriousViolations(page), [], 'meeting record: serious or critical accessibility violations');
    await noOverflow(page, 'the meeting record at 360 px');
  });
  assert.deepEqual(page.errors.map(String), []);
});

test('the meeting list at a desk is a table with its attendance column', async (t) => {
  const page = await openPage(browser, DESKTOP);
  t.after(() => page.context().close());
  await signIn(page, 'bithu.dotlinh');
  await step(page, 'meetings-table-1366', async () => {
    // A secretary lands on this month's record (or the page that writes it); the list is a menu away.
    await page.waitForURL(/\/sinh-hoat\/(thang-nay|[0-9a-f-]{36})$/, { waitUntil: 'commit' });
    await page.goto('/sinh-hoat');
    await page.locator('.ant-table-row').first().waitFor();
    assert.equal(await page.locator('.meeting-card').count(), 0);
    const header = page.getByRole('columnheader', { name: /Tỷ lệ dự/ });
    assert.ok(await header.isVisible());
    await screenshot(page, 'meetings-table-1366');
  });
  assert.deepEqual(page.errors.map(String), []);
});

/** Đột Lĩnh's id, asked of the API as the district office. */
async function branchId(page) {
  const login = await page.request.post('/api/v1/auth/login', { data: { username: 'vanphong', password: ACCOUNTS.vanphong } });
  const { accessToken } = await login.json();
  const answer = await page.request.get('/api/v1/organizations?q=dot%20linh&type=BRANCH', { headers: { Authorization: `Bearer ${accessToken}` } });
  const { items } = await answer.json();
  assert.ok(items.length >= 1, 'the demo branch Đột Lĩnh');
  return items[0].id;
}

for (const [size, viewport] of [['1366', DESKTOP], ['360', PHONE]]) {
  test(`the import page at ${size} px: a template to download, and an all-or-nothing import with a bad row says nothing was written`, async (t) => {
    const page = await openPage(browser, viewport);
    t.after(() => page.context().close());
    await signIn(page, 'vanphong');
    const branch = await branchId(page);
    await step(page, `import-${size}`, async () => {
      await page.goto('/nhap-du-lieu?loai=meetings');
      await page.getByRole('heading', { level: 1, name: 'Nhập dữ liệu' }).waitFor();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Tải tệp mẫu/ }).click()]);
      assert.equal(download.suggestedFilename(), 'mau-nhap-bien-ban-sinh-hoat.csv');
      const template = await readFile(await download.path(), 'utf8');
      assert.ok(template.startsWith('\uFEFFMã ngoài,Chi bộ (mã ngoài),Loại'), template.slice(0, 60));

      const csv = [
        'Mã ngoài,Chi bộ,Chi bộ (mã ngoài),Loại,Nội dung,Bắt đầu,Kết thúc,Tổng số đảng viên,Có mặt,Vắng có lý do,Vắng không lý do,Miễn sinh hoạt',
        `E2E-DX-${size}-1,${branch},,EXTRAORDINARY,Sinh hoạt đột xuất phòng chống bão,2025-09-10T19:30:00+07:00,2025-09-10T21:00:00+07:00,30,28,2,0,0`,
        `E2E-DX-${size}-2,${branch},,EXTRAORDINARY,Sinh hoạt đột xuất khắc phục hậu quả bão,2025-09-20T19:30:00+07:00,2025-09-20T21:00:00+07:00,30,29,1,0,0`,
        `E2E-DX-${size}-3,,KHONG-CO-CHI-BO,EXTRAORDINARY,Chi bộ không có,2025-09-21T19:30:00+07:00,2025-09-21T21:00:00+07:00,30,30,0,0,0`,
      ].join('\n');
      await page.getByLabel('Tệp CSV (UTF-8)').setInputFiles({ name: 'bien-ban.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await page.getByText('Tất cả hoặc không (một dòng lỗi thì không ghi gì)').click();
      await page.getByRole('button', { name: 'Kiểm tra thử' }).click();
      await page.getByText('Không ghi gì vào hệ thống: đây mới là kiểm tra thử.').waitFor();
      await page.getByRole('button', { name: 'Ghi vào hệ thống' }).click();
      await page.getByText('Không ghi gì vào hệ thống: 1 dòng lỗi, mà đã chọn “Tất cả hoặc không”.').waitFor();
      assert.equal(await page.getByText(/Đã ghi/).count(), 0, 'never "Đã ghi" when nothing was written');
      await page.getByText('Tổng 3 dòng, lỗi 1. Nếu ghi: thêm mới 2, cập nhật 0, không đổi 0.').waitFor();
      const row = page.locator('.ant-table-row', { hasText: 'KHONG-CO-CHI-BO' });
      assert.match(await row.innerText(), /3\s+Chi bộ \(mã ngoài\)\s+không có bản ghi nào mang mã ngoài "KHONG-CO-CHI-BO"/);
      await screenshot(page, `import-not-written-${size}`);
      assert.deepEqual(await seriousViolations(page), [], `import page at ${size} px`);
      await noOverflow(page, `the import page at ${size} px`);
    });
    assert.deepEqual(page.errors.map(String), []);
  });
}
