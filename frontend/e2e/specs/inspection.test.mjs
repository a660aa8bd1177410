// An inspection end to end at 1366 px: planned through the API, then taken through IN_PROGRESS and CONCLUDED on its
// page (a finding, the conclusion, a remedy); closing it with the remedy open shows the server's 409 naming the remedy;
// once the remedy is marked done it closes. A branch secretary reads the branch's year-end review and a member's own
// figures on a phone. The inspection, report and year-end review screens pass axe-core and fit a 360 px phone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ACCOUNTS, BASE_URL, DESKTOP, launch, openPage, PHONE, screenshot, seriousViolations, signIn, step } from '../lib/browser.mjs';

const OFFICE = 'vanphong';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A day in Hà Nội `offset` days from today, as the API (YYYY-MM-DD) and as the date fields (dd/MM/yyyy) take it. */
function day(offset = 0) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })
    .format(new Date(Date.now() + offset * 24 * 3600 * 1000))
    .split('/');
  const [d, m, y] = parts;
  return { iso: `${y}-${m}-${d}`, shown: `${d}/${m}/${y}` };
}

/** Calls the API as the demo account (its own login over HTTP): the data a spec needs, made by the spec. */
async function apiAs(username) {
  const login = await fetch(`${BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: ACCOUNTS[username] }),
  });
  assert.equal(login.status, 200, `login of ${username}`);
  const { accessToken, user } = await login.json();
  const call = async (method, path, body) => {
    const response = await fetch(`${BASE_URL}${path}`, {
      method,
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json', 'Accept-Language': 'vi' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    assert.ok(response.ok, `${method} ${path}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return { user, call };
}

/** A PLANNED inspection by the office's committee of one of its grassroots organizations, with a unique plan number. */
async function plannedInspection() {
  const { user, call } = await apiAs(OFFICE);
  const subjects = await call('GET', `/api/v1/organizations?type=GRASSROOTS&withinId=${user.organizationId}&size=1&sort=name,asc`);
  assert.ok(subjects.items.length > 0, 'the demo district has a grassroots organization');
  const serial = 100 + Math.floor(Math.random() * 9000);
  const inspection = await call('POST', '/api/v1/inspections', {
    organizationId: user.organizationId,
    kind: 'INSPECTION',
    planNumber: `${serial}-KH/HU`,
    title: `Kiểm tra việc xây dựng và thực hiện chương trình hành động (đợt ${serial})`,
    subjectOrganizationIds: [subjects.items[0].id],
    resolutionIds: [],
    team: [
      { fullName: 'Lê Văn Hùng', position: 'Chủ nhiệm Ủy ban Kiểm tra Huyện ủy', role: 'HEAD' },
      { fullName: 'Nguyễn Thị Lan', position: 'Phó Trưởng Ban Tuyên giáo Huyện ủy', role: 'MEMBER' },
    ],
    plannedFrom: day(-10).iso,
    plannedTo: day(0).iso,
  });
  return { inspection, serial, subjectName: subjects.items[0].name };
}

/**
 * Types a day into an antd date field and leaves it with Tab, which closes its calendar: Enter would also submit the
 * form, Escape would close a dialog.
 */
async function fillDate(field, shown) {
  await field.click();
  await field.fill(shown);
  await field.press('Tab');
  assert.equal(await field.inputValue(), shown);
}

async function noOverflow(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `${what} is ${overflow} px wider than the screen`);
}

test('the office takes an inspection from planned to closed, the server refusing to close while a remedy is open', async (t) => {
  const { inspection, serial, subjectName } = await plannedInspection();
  const page = await openPage(browser, DESKTOP);
  t.after(() => page.context().close());
  await signIn(page, OFFICE);
  const lifecycle = page.locator('.ant-card').filter({ has: page.getByRole('heading', { name: 'Bước tiếp theo' }) });

  await step(page, 'inspection-planned-1366', async () => {
    await page.goto(`/kiem-tra/${inspection.id}`);
    await page.getByRole('heading', { level: 1, name: inspection.title }).waitFor();
    await page.getByText('Lê Văn Hùng').waitFor();
    await screenshot(page, 'inspection-planned-1366');
    assert.deepEqual(await seriousViolations(page), [], 'a planned inspection at 1366 px');
    await lifecycle.getByRole('button', { name: 'Bắt đầu tiến hành' }).click();
    await page.getByText('Đã chuyển sang “Đang tiến hành”.').first().waitFor();
  });

  await step(page, 'inspection-findings-1366', async () => {
    await page.getByRole('button', { name: 'Thêm kết quả' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Đối tượng').waitFor();
    await dialog.getByLabel('Nội dung kiểm tra').click();
    await page.getByTitle('Xây dựng chương trình, kế hoạch hành động').click();
    await dialog.getByLabel('Đánh giá').click();
    await page.getByTitle('Còn hạn chế, thiếu sót').click();
    await dialog.getByLabel('Nhận xét của đoàn').fill('Chương trình hành động ban hành chậm so với kế hoạch của Huyện ủy.');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu kết quả kiểm tra.').first().waitFor();
    await page.getByText('Chương trình hành động ban hành chậm so với kế hoạch của Huyện ủy.').waitFor();

    await page.getByLabel('Số kết luận').fill(`${serial}-KL/HU`);
    await fillDate(page.getByLabel('Ngày ban hành'), day(0).shown);
    await page.getByLabel('Nội dung kết luận').fill('Đảng ủy đã triển khai học tập nghiêm túc; cần khắc phục việc chậm ban hành chương trình hành động.');
    await page.getByRole('button', { name: 'Lưu kết luận' }).click();
    await page.getByText('Đã lưu kết luận.').first().waitFor();

    await page.getByRole('button', { name: 'Thêm yêu cầu khắc phục' }).click();
    const remedy = page.getByRole('dialog');
    await remedy.getByLabel('Nội dung phải khắc phục').fill('Rà soát, bổ sung chương trình hành động.');
    await fillDate(remedy.getByLabel('Hạn khắc phục'), day(30).shown);
    await remedy.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu yêu cầu khắc phục.').first().waitFor();
    await page.getByText('Còn 1/1 yêu cầu chưa khắc phục xong').waitFor();

    await lifecycle.getByRole('button', { name: 'Kết luận' }).click();
    await page.getByText('Đã chuyển sang “Đã kết luận”.').first().waitFor();
    await screenshot(page, 'inspection-concluded-1366');
    assert.deepEqual(await seriousViolations(page), [], 'a concluded inspection at 1366 px');
  });

  await step(page, 'inspection-close-refused-1366', async () => {
    await lifecycle.getByRole('button', { name: 'Kết thúc cuộc' }).click();
    const refusal = lifecycle.getByRole('alert');
    await refusal.waitFor();
    const said = await refusal.innerText();
    // The server's words, as sent: they name the open remedy.
    assert.match(said, /khắc phục/i, `the refusal: ${said}`);
    await page.locator('.remedy--blocking').waitFor();
    await screenshot(page, 'inspection-close-refused-1366');
  });

  await step(page, 'inspection-closed-1366', async () => {
    await page.getByRole('button', { name: 'Đã khắc phục' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Ngày khắc phục xong').waitFor();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu yêu cầu khắc phục.').first().waitFor();
    await page.getByText('Còn 0/1 yêu cầu chưa khắc phục xong').waitFor();
    await lifecycle.getByRole('button', { name: 'Kết thúc cuộc' }).click();
    await page.getByText('Đã chuyển sang “Đã kết thúc”.').first().waitFor();
    await lifecycle.getByText('Không còn bước nào lúc này.').waitFor();
    await page.locator('.page-header').getByText('Đã kết thúc', { exact: true }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Thêm yêu cầu khắc phục' }).count(), 0, 'a closed inspection is not edited');
    await screenshot(page, 'inspection-closed-1366');
  });
  assert.ok(subjectName);
  assert.deepEqual(page.errors.map(String), []);
});

test('a branch secretary reads the year-end review of the branch on a phone, and a member’s own figures', async (t) => {
  const page = await openPage(browser, PHONE);
  t.after(() => page.context().close());
  await signIn(page, 'bithu.dotlinh');
  await step(page, 'yearly-review-branch-360', async () => {
    await page.goto('/danh-gia-nam');
    await page.getByRole('heading', { name: 'Đảng viên của chi bộ' }).waitFor();
    const first = page.locator('.ant-table-row').first().getByRole('button');
    await first.waitFor();
    await screenshot(page, 'yearly-review-branch-360');
    assert.deepEqual(await seriousViolations(page), [], 'the review of a branch at 360 px');
    await noOverflow(page, 'the review of a branch at 360 px');
    const name = await first.innerText();
    await first.click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('Nhiệm vụ được giao', { exact: true }).waitFor();
    assert.equal(await drawer.locator('.ant-drawer-title').innerText(), name);
    assert.match(page.url(), /member=/);
    // The drawer slides in from the right: the picture once it covers the phone's width.
    await page.waitForFunction(() => (document.querySelector('.ant-drawer-content-wrapper')?.getBoundingClientRect().left ?? 99) <= 1);
    await screenshot(page, 'yearly-review-member-360');
    assert.deepEqual(await seriousViolations(page), [], 'a member’s review at 360 px');
  });
  assert.deepEqual(page.errors.map(String), []);
});

const SCREENS = [
  { name: 'inspections', path: '/kiem-tra', ready: (page) => page.locator('.ant-table-row').first() },
  { name: 'inspection-report', path: '/kiem-tra/tong-hop', ready: (page) => page.getByRole('heading', { name: 'Theo đối tượng' }) },
  { name: 'yearly-review', path: '/danh-gia-nam', ready: (page) => page.getByRole('heading', { name: 'Các tổ chức đảng' }) },
];

for (const [size, viewport] of [['1366', DESKTOP], ['360', PHONE]]) {
  test(`the inspection and review screens at ${size} px: no serious accessibility violation, nothing wider than the screen`, async (t) => {
    const { inspection } = await plannedInspection();
    const page = await openPage(browser, viewport);
    t.after(() => page.context().close());
    await signIn(page, OFFICE);
    for (const screen of [...SCREENS, { name: 'inspection', path: `/kiem-tra/${inspection.id}`, ready: (p) => p.getByText('Lê Văn Hùng') }]) {
      await step(page, `${screen.name}-${size}`, async () => {
        await page.goto(screen.path);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await screen.ready(page).first().waitFor();
        await screenshot(page, `${screen.name}-${size}`);
        assert.deepEqual(await seriousViolations(page), [], `${screen.name} at ${size} px`);
        await noOverflow(page, `${screen.name} at ${size} px`);
      });
    }
    await step(page, `inspection-new-${size}`, async () => {
      await page.goto('/kiem-tra');
      await page.getByRole('button', { name: 'Lập kế hoạch kiểm tra, giám sát' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Thêm thành viên đoàn' }).waitFor();
      await screenshot(page, `inspection-new-${size}`);
      assert.deepEqual(await seriousViolations(page), [], `the new inspection's form at ${size} px`);
      await noOverflow(page, `the new inspection's form at ${size} px`);
    });
    assert.deepEqual(page.errors.map(String), []);
  });
}
