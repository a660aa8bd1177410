// The district office at a desk and on a phone: the main screens render, pass axe-core, and are kept as screenshots.
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

/** Each main screen: where it is, and what shows it has its data. */
const SCREENS = [
  {
    name: 'dashboard',
    path: '/tong-quan',
    ready: (page) => page.getByRole('img', { name: 'Mức đạt chỉ tiêu' }).locator('svg').or(page.getByText('Chưa có số liệu.').first()),
  },
  { name: 'organizations', path: '/to-chuc', ready: (page) => page.getByRole('treeitem').first() },
  { name: 'conferences', path: '/hoi-nghi', ready: (page) => page.locator('.ant-table-row').first() },
  { name: 'resolutions', path: '/nghi-quyet', ready: (page) => page.getByRole('link', { name: '17-NQ/HU' }) },
  // A table at a desk, a card per record on a phone.
  { name: 'meetings', path: '/sinh-hoat', ready: (page) => page.locator('.ant-table, .meeting-card').first() },
  { name: 'scorecard', path: '/bang-diem', ready: (page) => page.locator('.ant-table-row').first() },
];

for (const [size, viewport] of [['1366', DESKTOP], ['360', PHONE]]) {
  test(`the office's main screens at ${size} px: no serious or critical accessibility violation`, async (t) => {
    const page = await openPage(browser, viewport);
    t.after(() => page.context().close());
    await signIn(page, 'vanphong');
    for (const screen of SCREENS) {
      await step(page, `${screen.name}-${size}`, async () => {
        await page.goto(screen.path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await screen.ready(page).waitFor();
        await screenshot(page, `${screen.name}-${size}`);
        assert.deepEqual(await seriousViolations(page), [], `${screen.name} at ${size} px`);
        // Nothing wider than the screen (tables scroll inside their own box).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${screen.name} at ${size} px is ${overflow} px wider than the screen`);
      });
    }
    assert.deepEqual(page.errors.map(String), []);
  });
}

test('a resolution: its targets, compliance and effect; the next free number proposed for a new one', async (t) => {
  const page = await openPage(browser, DESKTOP);
  t.after(() => page.context().close());
  await signIn(page, 'vanphong');
  await step(page, 'resolution', async () => {
    await page.goto('/nghi-quyet');
    await page.getByRole('link', { name: '17-NQ/HU' }).click();
    await page.getByRole('cell', { name: 'Tỷ lệ đảng viên dự sinh hoạt chi bộ đạt từ 85% trở lên', exact: true }).first().waitFor();
    await page.getByRole('img', { name: 'Mức đạt chỉ tiêu' }).locator('svg').or(page.getByText('Chưa có số liệu.').first()).first().waitFor();
    await screenshot(page, 'resolution-1366');
    assert.deepEqual(await seriousViolations(page), [], 'resolution detail');
  });
  await step(page, 'new-resolution', async () => {
    await page.goto('/nghi-quyet/moi');
    await page.getByLabel('Cơ quan ban hành').fill('nam sach');
    await page.locator('.ant-select-item-option', { hasText: 'Đảng bộ huyện Nam Sách' }).click();
    await page.getByText(/Số trống tiếp theo: \d+-NQ\/HU/).waitFor();
    await page.getByLabel('Số hiệu').fill('17-NQ/HU');
    await page.getByText('Số 17-NQ/HU đã dùng trong nhiệm kỳ này.').waitFor();
    await page.getByRole('button', { name: 'Dùng số này' }).click();
    await page.getByText('Số hiệu còn trống.').waitFor();
    await screenshot(page, 'new-resolution-1366');
    assert.deepEqual(await seriousViolations(page), [], 'new resolution');
  });
});
