#!/usr/bin/env node
// Nền nếp: an example client using only the published contract (openapi.yaml): imports CSV files through
// POST /api/v1/imports/{resource} (a dry run first, then for real with an Idempotency-Key), then follows
// GET /api/v1/changes, printing each change and reading the resource at its href. Node 20+, global fetch only.
//
//   node examples/sync.mjs [--from-now] [--follow] [--feed-only] [--state FILE] [resource=file.csv ...]
//
// Credentials: NENNEP_API_KEY (a machine client's key; scope import to import, read to follow), or
// NENNEP_USERNAME and NENNEP_PASSWORD (an account). NENNEP_URL: the application, default http://localhost:8080;
// NENNEP_LANG: the language of error messages, vi (default) or en.
// Exit codes: 0 done; 1 a request failed or the dry run found bad rows (printed); 2 wrong usage.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const LANG = process.env.NENNEP_LANG ?? 'vi';
const BASE = (process.env.NENNEP_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const stateFile = option('--state');
const imports = args.filter((a, i) => a.includes('=') && args[i - 1] !== '--state').map((a) => a.split('='));
const RESOURCES = ['organizations', 'members', 'meetings', 'recommendations', 'indicator-reports'];

class ApiError extends Error {}

/** Turns a problem+json answer (or any failed answer) into one clear line and its field errors. */
async function failure(response, what) {
  const text = await response.text();
  let message = `${what}: HTTP ${response.status}`;
  try {
    const problem = JSON.parse(text);
    message += ` ${problem.title ?? ''}${problem.detail ? ` — ${problem.detail}` : ''}`;
    for (const e of problem.errors ?? []) message += `\n  ${e.field ?? ''}: ${e.message ?? ''}`;
  } catch {
    if (text) message += ` ${text.slice(0, 300)}`;
  }
  if (response.status === 410 && what === 'change feed') {
    message += '\n  (the source was restored to an earlier point: rebuild this mirror from the start, e.g. delete the'
      + ' --state file and run again; see deploy/CHANGE-FEED-RESTORE.md)';
  }
  if (response.status === 404 && what.startsWith('import')) {
    message += '\n  (this server has no import endpoint: an older version? --feed-only follows the feed alone)';
  }
  return new ApiError(message);
}

async function credentials() {
  if (process.env.NENNEP_API_KEY) return { 'X-API-Key': process.env.NENNEP_API_KEY };
  const { NENNEP_USERNAME: username, NENNEP_PASSWORD: password } = process.env;
  if (!username || !password) {
    console.error('Set NENNEP_API_KEY, or NENNEP_USERNAME and NENNEP_PASSWORD.');
    process.exit(2);
  }
  const response = await fetch(`${BASE}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw await failure(response, 'sign-in');
  return { Authorization: `Bearer ${(await response.json()).accessToken}` };
}

async function call(auth, path, what, init = {}) {
  const response = await fetch(`${BASE}${path}`, {
    ...init,
    headers: { Accept: 'application/json', 'Accept-Language': LANG, ...auth, ...init.headers },
  });
  if (!response.ok) throw await failure(response, what);
  return response;
}

/** Sends one CSV file: a dry run, then (when every row is valid) the import itself. Returns its result. */
async function importFile(auth, resource, file) {
  if (!RESOURCES.includes(resource)) throw new ApiError(`unknown resource "${resource}" (${RESOURCES.join(', ')})`);
  const body = readFileSync(file);
  const send = async (dryRun, key) => {
    const headers = { 'Content-Type': 'text/csv; charset=utf-8', ...(key ? { 'Idempotency-Key': key } : {}) };
    const response = await call(auth, `/api/v1/imports/${resource}?dryRun=${dryRun}`, `import ${resource}`,
      { method: 'POST', headers, body });
    if (response.status === 202) return poll(auth, response.headers.get('Location'));
    return response.json();
  };
  const dry = await send(true);
  report(`dry run ${resource} (${file})`, dry);
  if (dry.failed > 0) throw new ApiError(`${dry.failed} row(s) of ${file} would fail; nothing imported`);
  const result = await send(false, randomUUID());
  report(`import ${resource} (${file})`, result);
  return result;
}

async function poll(auth, location) {
  for (;;) {
    const job = await (await call(auth, location, 'import job')).json();
    process.stdout.write(`  ${job.rowsDone}/${job.rowsTotal ?? '?'} rows\r`);
    if (job.status !== 'RUNNING') return job.result;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function report(what, r) {
  console.log(`${what}: ${r.total} rows, ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, `
    + `${r.failed} failed`);
  for (const e of r.errors ?? []) console.log(`  row ${e.row}, ${e.field ?? '-'}: ${e.message}`);
}

/** Reads one page of the feed after {@code after}. */
async function changes(auth, after, limit = 100) {
  return (await call(auth, `/api/v1/changes?after=${after}&limit=${limit}`, 'change feed')).json();
}

/** The feed's end now, without printing what is before it. */
async function head(auth) {
  let after = 0;
  for (;;) {
    const page = await changes(auth, after, 1000);
    after = page.next;
    if (page.items.length === 0) return after;
  }
}

/** Prints each change and the resource as it is now; returns the new cursor. */
async function drain(auth, after) {
  let cursor = after;
  for (;;) {
    const page = await changes(auth, cursor);
    for (const change of page.items) {
      const response = await fetch(`${BASE}${change.href}`, { headers: { Accept: 'application/json', ...auth } });
      let now;
      if (response.status === 404) now = '(gone)';
      else if (!response.ok) now = `(HTTP ${response.status})`;
      else {
        const r = await response.json();
        // A meeting-templates change names the organization; its checklist and score sheet are what changed.
        const templates = r.procedure && r.criteria ? `${r.procedure.length} steps, ${r.criteria.length} criteria` : undefined;
        now = r.name ?? r.fullName ?? r.title ?? r.number ?? r.username ?? templates ?? r.id;
      }
      console.log(`#${change.seq} ${change.at} ${change.operation} ${change.resource} ${change.id} ${now}`);
    }
    // An empty page may still move the cursor, past changes this client may not see.
    cursor = page.next;
    if (stateFile) writeFileSync(stateFile, String(cursor));
    if (page.items.length === 0) return cursor;
  }
}

async function main() {
  const auth = await credentials();
  let cursor = stateFile && existsSync(stateFile) ? Number(readFileSync(stateFile, 'utf8').trim() || 0) : 0;
  if (flag('--from-now')) cursor = await head(auth);
  if (!flag('--feed-only')) {
    for (const [resource, file] of imports) await importFile(auth, resource, file);
  }
  cursor = await drain(auth, cursor);
  console.log(`caught up at ${cursor}`);
  while (flag('--follow')) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    cursor = await drain(auth, cursor);
  }
}

main().catch((error) => {
  console.error(error instanceof ApiError ? error.message : error);
  process.exit(1);
});
