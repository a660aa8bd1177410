// End-to-end run: a fresh PostgreSQL database, the packaged application with the demo district on a free port,
// then the specs (node:test driving Debian's Chromium through playwright-core). The application is always stopped.
//
//   node e2e/run.mjs                      (from frontend/; Maven runs it in the backend's integration-test phase)
//   E2E_BASE_URL=http://localhost:5173 E2E_ACCOUNTS='{"bithu.dotlinh":"…"}' node e2e/run.mjs   (against a running app)
//
// Settings (environment): NENNEP_E2E_DATABASE (default nennep_e2e), NENNEP_E2E_APP (default
// ../backend/target/quarkus-app), CHROMIUM (default /usr/bin/chromium), E2E_ONLY (a spec file name filter).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const frontend = resolve(here, '..');
const database = process.env.NENNEP_E2E_DATABASE || 'nennep_e2e';
const appDir = resolve(frontend, process.env.NENNEP_E2E_APP || '../backend/target/quarkus-app');
const screenshots = join(here, 'screenshots');
const READY_TIMEOUT_MS = 180_000;

function log(message) {
  console.log(`e2e: ${message}`);
}

function psql(sql) {
  const run = spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qc', sql], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`psql failed (${sql}): ${run.stderr || run.error}`);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** The rows "  username  ROLE  password  what it sees" of the table after "Tài khoản mẫu", as the demo data prints it once. */
export function parseAccounts(output) {
  const accounts = {};
  const start = output.indexOf('Tài khoản mẫu');
  if (start < 0) return accounts;
  for (const line of output.slice(start).split('\n').slice(1)) {
    const match = /^\s{2}([a-z0-9.]+)\s+(SYSTEM_ADMIN|DISTRICT_OFFICE|GRASSROOTS_OFFICER|BRANCH_SECRETARY|RESPONDER|INSPECTOR)\s+(\S+)(?:\s|$)/.exec(line);
    if (match) accounts[match[1]] = match[3];
  }
  return accounts;
}

async function waitReady(base, app, output) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`the application exited with ${app.exitCode} before it was ready:\n${output()}`);
    try {
      const response = await fetch(`${base}/q/health/ready`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

function stop(app) {
  return new Promise((done) => {
    if (app.exitCode !== null || app.signalCode !== null) return done();
    const timer = setTimeout(() => app.kill('SIGKILL'), 30_000);
    app.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    app.kill('SIGTERM');
  });
}

function runSpecs(env) {
  const only = process.env.E2E_ONLY;
  const specs = readdirSync(join(here, 'specs'))
    .filter((f) => f.endsWith('.test.mjs') && (!only || f.includes(only)))
    .sort()
    .map((f) => join(here, 'specs', f));
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...specs], {
      cwd: frontend,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.on('exit', (code) => done(code ?? 1));
  });
}

async function main() {
  rmSync(screenshots, { recursive: true, force: true });
  mkdirSync(screenshots, { recursive: true });

  if (process.env.E2E_BASE_URL) {
    log(`against ${process.env.E2E_BASE_URL}`);
    return runSpecs({ E2E_SCREENSHOTS: screenshots });
  }

  const jar = join(appDir, 'quarkus-run.jar');
  if (!existsSync(jar)) throw new Error(`no packaged application at ${jar}: run ./mvnw -DskipTests package first`);

  psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  psql(`CREATE DATABASE ${database}`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const home = mkdtempSync(join(tmpdir(), 'nennep-e2e-'));
  const logFile = join(home, 'app.log');
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('QUARKUS_') && !k.startsWith('NENNEP_')));
  Object.assign(env, {
    HOME: home,
    QUARKUS_HTTP_PORT: String(port),
    QUARKUS_DATASOURCE_JDBC_URL: `jdbc:postgresql://127.0.0.1:5432/${database}`,
    QUARKUS_DATASOURCE_USERNAME: 'postgres',
    QUARKUS_DATASOURCE_PASSWORD: '',
    NENNEP_DEMO_DATA: 'true',
    NENNEP_KEY_DIR: join(home, 'keys'),
  });

  log(`starting the application on ${base} with database ${database}`);
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const app = spawn(java, [`-Duser.home=${home}`, '-jar', jar], { cwd: home, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const file = createWriteStream(logFile);
  for (const stream of [app.stdout, app.stderr]) {
    stream.on('data', (chunk) => {
      output += chunk.toString('utf8');
      file.write(chunk);
    });
  }
  const stopOnSignal = () => void stop(app).then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);

  try {
    await waitReady(base, app, () => output);
    const accounts = parseAccounts(output);
    for (const needed of ['bithu.dotlinh', 'vanphong', 'phongnongnghiep']) {
      if (!accounts[needed]) throw new Error(`no password for the demo account ${needed} in the start-up log:\n${output}`);
    }
    log(`ready; demo accounts: ${Object.keys(accounts).join(', ')}`);
    return await runSpecs({ E2E_BASE_URL: base, E2E_ACCOUNTS: JSON.stringify(accounts), E2E_SCREENSHOTS: screenshots });
  } finally {
    await stop(app);
    file.end();
    log(`application stopped (its log: ${logFile})`);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`e2e: ${error.stack || error}`);
    process.exit(1);
  },
);
