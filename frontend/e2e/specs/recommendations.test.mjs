// Recommendation threads end to end: a department answers what was forwarded to it (with the answer's document
// number), the office asks for a re-answer; the recommendation screens pass axe-core at desk and phone widths.
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

/** The "next steps" card of a recommendation's page. */
function actions(page) {
  return page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: 'Việc tiếp theo của bạn' }) });
}

/** Opens the first recommendation of the list at `query` (the demo district's, newest first). */
async function openFirst(page, query) {
  await page.goto(`/kien-nghi?${query}`);
  const link = page.locator('.ant-table-row a').first();
  await link.waitFor();
  const title = await link.innerText();
  await link.click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return title;
}

test('the department phongnongnghiep answers a forwarded recommendation, with the document number', async (t) => {
  const page = await openPage(browser, PHONE);
  t.after(() => page.context().close());
  await signIn(page, 'phongnongnghiep');
  await step(page, 'department-answers', async () => {
    await openFirst(page, 'status=FORWARDED');
    const card = actions(page);
    // A department only answers: nothing else is offered.
    assert.deepEqual(await card.getByRole('button').allInnerTexts(), ['Trả lời']);
    await screenshot(page, 'recommendation-forwarded-360');
    assert.deepEqual(await seriousViolations(page), [], 'recommendation (forwarded) at 360 px');

    await card.getByRole('button', { name: 'Trả lời' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nội dung trả lời').fill('Phòng đã khảo sát, đưa vào kế hoạch thực hiện quý I năm sau bằng nguồn kinh phí thủy lợi nội đồng.');
    await dialog.getByRole('button', { name: 'Gửi' }).click();
    await dialog.getByText('Câu trả lời phải có số văn bản.').waitFor();
    await dialog.getByLabel('Số văn bản trả lời').fill('99/PNN-TL');
    await dialog.getByRole('button', { name: 'Gửi' }).click();
    await page.getByText('Đã gửi câu trả lời.').waitFor();
    await page.locator('.page-header').getByText('Đã trả lời', { exact: true }).waitFor();
    await page.locator('.ant-timeline').getByText('99/PNN-TL').waitFor();
    assert.equal(await card.getByRole('button').count(), 0, 'nothing more for the department once answered');
  });
  assert.deepEqual(page.errors.map(String), []);
});

test('the office vanphong requests a re-answer of an answered recommendation', async (t) => {
  const page = await openPage(browser, DESKTOP);
  t.after(() => page.context().close());
  await signIn(page, 'vanphong');
  await step(page, 'office-reanswer', async () => {
    await openFirst(page, 'status=ANSWERED');
    const card = actions(page);
    assert.deepEqual(await card.getByRole('button').allInnerTexts(), ['Chấp nhận câu trả lời', 'Yêu cầu trả lời lại', 'Thêm ý kiến']);
    await screenshot(page, 'recommendation-answered-1366');
    assert.deepEqual(await seriousViolations(page), [], 'recommendation (answered) at 1366 px');

    await card.getByRole('button', { name: 'Yêu cầu trả lời lại' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Gửi' }).click();
    await dialog.getByText('Yêu cầu trả lời lại phải nêu lý do.').waitFor();
    await dialog.getByLabel('Lý do').fill('Câu trả lời chưa nêu rõ thời gian hoàn thành và nguồn kinh phí cụ thể.');
    await dialog.getByRole('button', { name: 'Gửi' }).click();
    await page.getByText('Đã yêu cầu trả lời lại.').waitFor();
    await page.locator('.page-header').getByText('Yêu cầu trả lời lại', { exact: true }).waitFor();
    await page.locator('.ant-timeline').getByText('Câu trả lời chưa nêu rõ thời gian hoàn thành và nguồn kinh phí cụ thể.').waitFor();
    // Judged: the office may only comment until the department answers again.
    assert.deepEqual(await card.getByRole('button').allInnerTexts(), ['Thêm ý kiến']);
  });
  assert.deepEqual(page.errors.map(String), []);
});

const SCREENS = [
  { name: 'recommendations', path: '/kien-nghi', ready: (page) => page.locator('.ant-table-row').first() },
  { name: 'recommendations-overdue', path: '/kien-nghi?overdue=true&sort=dueOn%2Casc', ready: (page) => page.locator('.row-overdue').first() },
  { name: 'briefings', path: '/kien-nghi/giao-ban?year=2025', ready: (page) => page.getByRole('cell', { name: '03/2025' }) },
  { name: 'publication', path: '/kien-nghi/thong-bao', ready: (page) => page.getByRole('heading', { name: 'Thông báo đã ban hành' }) },
  { name: 'recommendation-stats', path: '/kien-nghi/thong-ke', ready: (page) => page.getByRole('img', { name: 'Kiến nghị theo lĩnh vực' }).locator('svg') },
  { name: 'imports', path: '/nhap-du-lieu', ready: (page) => page.getByRole('button', { name: 'Kiểm tra thử' }) },
];

for (const [size, viewport] of [['1366', DESKTOP], ['360', PHONE]]) {
  test(`the recommendation screens at ${size} px: no serious or critical accessibility violation`, async (t) => {
    const page = await openPage(browser, viewport);
    t.after(() => page.context().close());
    await signIn(page, 'vanphong');
    for (const screen of SCREENS) {
      await step(page, `${screen.name}-${size}`, async () => {
        await page.goto(screen.path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await screen.ready(page).first().waitFor();
        await screenshot(page, `${screen.name}-${size}`);
        assert.deepEqual(await seriousViolations(page), [], `${screen.name} at ${size} px`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${screen.name} at ${size} px is ${overflow} px wider than the screen`);
      });
    }
    assert.deepEqual(page.errors.map(String), []);
  });
}
