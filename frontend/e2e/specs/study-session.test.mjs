// Studies: a district office user records a study session on a phone (bridge points counted with − and +, the hall),
// sees the participation rate the server computed and remarks on the session; at a desk, the action-plan board shows
// the overdue in red and the office accepts a commune's submitted plan. The data (a document from above and the
// district's plan for it) is made through the API here, so that the spec does not depend on the demo's contents.
import assert from 'node:assert/strict';
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

async function noOverflow(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `${what} is ${overflow} px wider than the screen`);
}

async function login(request, username) {
  const answer = await request.post('/api/v1/auth/login', { data: { username, password: ACCOUNTS[username] } });
  assert.equal(answer.status(), 200, `login of ${username}`);
  const { accessToken, user } = await answer.json();
  return { headers: { Authorization: `Bearer ${accessToken}` }, user };
}

async function call(request, method, path, auth, data) {
  const answer = await request.fetch(path, { method, headers: auth.headers, data });
  const body = await answer.json().catch(() => null);
  return { status: answer.status(), body };
}

/** A document from above (the Politburo's) and the district's plan for studying it, as the district office. */
async function makePlan(request) {
  const office = await login(request, 'vanphong');
  const district = office.user.organizationId;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const seq = 500 + Math.floor(Math.random() * 4000);
    const resolution = await call(request, 'POST', '/api/v1/resolutions', office, {
      number: `${seq}-NQ/TW`,
      issuerName: 'Bộ Chính trị',
      term: '2020-2025',
      issuedOn: '2024-12-22',
      title: 'Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
      scopeOrganizationId: district,
    });
    if (resolution.status === 409) continue;
    assert.equal(resolution.status, 201, JSON.stringify(resolution.body));
    const plan = await call(request, 'POST', '/api/v1/study-plans', office, {
      organizationId: district,
      resolutionId: resolution.body.id,
      number: `${seq}-KH/HU`,
      issuedOn: '2025-01-10',
      title: `Kế hoạch học tập, quán triệt Nghị quyết số ${seq}-NQ/TW của Bộ Chính trị`,
      levels: [
        { audience: 'KEY_CADRES', dueOn: '2025-02-15' },
        { audience: 'ALL_MEMBERS', dueOn: '2025-03-15' },
      ],
      presenters: [{ fullName: 'Nguyễn Văn Thành', position: 'Phó Bí thư Thường trực Huyện ủy' }],
      actionPlansDueOn: '2025-03-31',
    });
    assert.equal(plan.status, 201, JSON.stringify(plan.body));
    assert.ok(plan.body.actionPlans.total > 0, 'the plan asks its grassroots organizations for action plans');
    return { office, plan: plan.body };
  }
  throw new Error('no free document number');
}

let made;

test('a district office user records a study session on a phone: bridge points counted, the server’s rate shown', async (t) => {
  const page = await openPage(browser, PHONE);
  t.after(() => page.context().close());
  made = await makePlan(page.request);
  const { plan, office } = made;
  await signIn(page, 'vanphong');

  await step(page, 'study-plan-360', async () => {
    await page.goto(`/hoc-tap/${plan.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(plan.number) }).waitFor();
    await screenshot(page, 'study-plan-360');
    assert.deepEqual(await seriousViolations(page), [], 'study plan page: serious or critical accessibility violations');
    await noOverflow(page, 'the study plan page at 360 px');
  });

  await step(page, 'study-session-form-360', async () => {
    await page.getByRole('button', { name: 'Ghi buổi học tập' }).click();
    await page.waitForURL(`**/hoc-tap/${plan.id}/ghi-buoi-hoc`, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: 'Ghi buổi học tập' }).waitFor();
    await page.getByLabel('Hội trường', { exact: true }).fill('Hội trường Huyện ủy');
    await page.getByLabel('Tại hội trường · Triệu tập', { exact: true }).fill('350');
    await page.getByLabel('Tại hội trường · Có mặt', { exact: true }).fill('350');

    const points = [
      ['Điểm cầu Đảng ủy xã An Lâm', 40, 39],
      ['Điểm cầu Đảng ủy xã Nam Hồng', 38, 40],
      ['Điểm cầu Trường THPT Nam Sách', 3, 2],
    ];
    for (const [i, [name, expected, attended]] of points.entries()) {
      await page.getByRole('button', { name: 'Thêm điểm cầu' }).click();
      const n = i + 1;
      await page.getByLabel(`Tên điểm cầu ${n}`, { exact: true }).fill(name);
      if (expected < 10) {
        // A small count by thumb: + as many times, then − once and + again.
        for (let k = 0; k < expected; k += 1) await page.getByRole('button', { name: `Điểm cầu ${n} · Triệu tập: thêm 1` }).click();
        for (let k = 0; k < attended + 1; k += 1) await page.getByRole('button', { name: `Điểm cầu ${n} · Có mặt: thêm 1` }).click();
        await page.getByRole('button', { name: `Điểm cầu ${n} · Có mặt: bớt 1` }).click();
      } else {
        await page.getByLabel(`Điểm cầu ${n} · Triệu tập`, { exact: true }).fill(String(expected));
        await page.getByLabel(`Điểm cầu ${n} · Có mặt`, { exact: true }).fill(String(attended));
      }
      assert.equal(await page.getByLabel(`Điểm cầu ${n} · Triệu tập`, { exact: true }).inputValue(), String(expected));
      assert.equal(await page.getByLabel(`Điểm cầu ${n} · Có mặt`, { exact: true }).inputValue(), String(attended));
    }
    // 350 + 39 + 38 (40 present, 2 walk-ins) + 2 within 431 expected: 99.5 %, shown as a preview until saved.
    await page.getByText('Xem trước (chưa lưu): tỷ lệ tham dự 99,5%').waitFor();
    await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS, 'study-session-form-360-viewport.png') });
    await screenshot(page, 'study-session-form-360');
    assert.deepEqual(await seriousViolations(page), [], 'study session form: serious or critical accessibility violations');
    await noOverflow(page, 'the study session form at 360 px');
  });

  await step(page, 'study-session-360', async () => {
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/hoc-tap\/buoi-hoc\/[0-9a-f-]{36}$/, { waitUntil: 'commit' });
    const rate = page.locator('.session-rate__value');
    await rate.waitFor();
    const id = page.url().split('/').pop();
    const stored = await call(page.request, 'GET', `/api/v1/study-sessions/${id}`, office);
    assert.equal(stored.body.participationRate, 99.5, 'the server computed 99.5');
    assert.equal(stored.body.walkIns, 2);
    assert.equal(stored.body.bridgePointCount, 3);
    assert.equal(await rate.innerText(), '99,5%', 'the page shows the server’s rate');
    const facts = await page.locator('.session-facts').innerText();
    assert.match(facts, /Tổng có mặt\s+431/);
    assert.match(facts, /Dự thêm ngoài triệu tập\s+2/);
    await screenshot(page, 'study-session-360');
    assert.deepEqual(await seriousViolations(page), [], 'study session page: serious or critical accessibility violations');
    await noOverflow(page, 'the study session page at 360 px');
  });

  await step(page, 'study-remark-360', async () => {
    await page.getByLabel('Nội dung nhận xét').fill('Điểm cầu Trường THPT Nam Sách vào muộn 15 phút.');
    await page.getByRole('button', { name: 'Ghi nhận xét' }).click();
    await page.locator('.remark__text', { hasText: 'vào muộn 15 phút' }).waitFor();
    await page.getByText('Đi chậm: 1').waitFor();
    await screenshot(page, 'study-remark-360');
    await noOverflow(page, 'the remarks at 360 px');
  });
  assert.deepEqual(page.errors.map(String), []);
});

test('at a desk: the action-plan board shows the overdue in red, and the office accepts a commune’s submitted plan', async (t) => {
  const page = await openPage(browser, DESKTOP);
  t.after(() => page.context().close());
  if (!made) made = await makePlan(page.request);
  const { plan } = made;
  // The commune's committee submits its own action plan over the API, late (the plan's are due 31/03/2025).
  const commune = await login(page.request, 'dangbo.anlam');
  const own = await call(page.request, 'GET', `/api/v1/action-plans?studyPlanId=${plan.id}&organizationId=${commune.user.organizationId}`, commune);
  assert.equal(own.body.items.length, 1, 'An Lâm has an action plan for the document');
  const submitted = await call(page.request, 'POST', `/api/v1/action-plans/${own.body.items[0].id}/status`, commune, {
    status: 'SUBMITTED',
    documentNumber: '12-KH/ĐU',
    title: 'Kế hoạch thực hiện nghị quyết của Đảng ủy xã An Lâm',
  });
  assert.equal(submitted.status, 200, JSON.stringify(submitted.body));

  await signIn(page, 'vanphong');
  await step(page, 'action-plan-board-1366', async () => {
    await page.goto(`/hoc-tap/${plan.id}?xem=ke-hoach-hanh-dong`);
    const row = page.locator('.ant-table-row', { hasText: '12-KH/ĐU' });
    await row.waitFor();
    assert.match(await row.innerText(), /Chờ duyệt[\s\S]*Nộp muộn/);
    const overdue = page.locator('.ant-table-row.row-overdue').first();
    await overdue.waitFor();
    assert.match(await overdue.innerText(), /Quá hạn/);
    await page.getByText(/^Quá hạn: \d+$/).waitFor();
    await screenshot(page, 'action-plan-board-1366');
    assert.deepEqual(await seriousViolations(page), [], 'action-plan board: serious or critical accessibility violations');

    await row.getByRole('button', { name: 'Duyệt' }).click();
    await page.getByText(/^Đã duyệt kế hoạch hành động của .+\.$/).waitFor();
    await page.locator('.ant-table-row', { hasText: '12-KH/ĐU' }).getByText('Đã duyệt').waitFor();
    await screenshot(page, 'action-plan-accepted-1366');
  });

  await step(page, 'study-reports-1366', async () => {
    // The reports count what the server holds: the commune's plan late, the phone's session at its 99.5 %.
    await page.goto('/hoc-tap?xem=ke-hoach-hanh-dong');
    const late = page.locator('.ant-table-row', { hasText: 'Đảng bộ xã An Lâm' }).filter({ hasText: plan.number });
    await late.waitFor();
    assert.match(await late.innerText(), /Nộp muộn/);
    await screenshot(page, 'study-action-plan-report-1366');
    assert.deepEqual(await seriousViolations(page), [], 'action-plan report: serious or critical accessibility violations');

    await page.goto('/hoc-tap?xem=tham-du');
    const row = page.locator('.ant-table-row', { hasText: plan.resolutionNumber });
    await row.waitFor();
    assert.match(await row.innerText(), /Cán bộ chủ chốt[\s\S]*431[\s\S]*431[\s\S]*99,5%/);
    await screenshot(page, 'study-participation-1366');
    assert.deepEqual(await seriousViolations(page), [], 'participation report: serious or critical accessibility violations');
  });
  assert.deepEqual(page.errors.map(String), []);
});
