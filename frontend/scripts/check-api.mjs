// Fails when src/lib/api/schema.ts is not what openapi-typescript makes of ../openapi.yaml; with --write
// (npm run gen:api) it writes it instead, so that the options below are the only ones either way.
// --enum-values adds, to the types, each enum's values as an array (`recommendationFieldValues`, and
// `pathsApiV1…Values` for an enum written inline in a parameter), so that the web app's option lists come from the
// contract; it needs a .ts file, not a .d.ts.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const OPTIONS = ['--enum-values'];
const write = process.argv.includes('--write');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = join(root, '..', 'openapi.yaml');
const committed = join(root, 'src', 'lib', 'api', 'schema.ts');

if (!existsSync(spec)) {
  console.error(`check:api: ${spec} not found`);
  process.exit(1);
}
if (!write && !existsSync(committed)) {
  console.error('check:api: src/lib/api/schema.ts is missing: run npm run gen:api');
  process.exit(1);
}

// The package's exports map hides bin/, so find it from the package's main entry (dist/index.*).
const cli = join(dirname(createRequire(import.meta.url).resolve('openapi-typescript')), '..', 'bin', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'nennep-check-api-'));
const fresh = join(dir, 'schema.ts');
try {
  const run = spawnSync(process.execPath, [cli, spec, ...OPTIONS, '-o', fresh], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    console.error('check:api: openapi-typescript failed on ../openapi.yaml');
    process.exit(1);
  }
  if (write) {
    copyFileSync(fresh, committed);
    console.log('gen:api: src/lib/api/schema.ts written from ../openapi.yaml');
    process.exit(0);
  }
  const normalize = (s) => s.replace(/\r\n/g, '\n');
  if (normalize(readFileSync(fresh, 'utf8')) !== normalize(readFileSync(committed, 'utf8'))) {
    console.error('check:api: src/lib/api/schema.ts does not match ../openapi.yaml');
    console.error('types are stale: run npm run gen:api');
    process.exit(1);
  }
  console.log('check:api: src/lib/api/schema.ts is up to date with ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
