// Fails when src/lib/api/schema.d.ts is not what openapi-typescript makes of ../openapi.yaml.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = join(root, '..', 'openapi.yaml');
const committed = join(root, 'src', 'lib', 'api', 'schema.d.ts');

if (!existsSync(spec)) {
  console.error(`check:api: ${spec} not found`);
  process.exit(1);
}
if (!existsSync(committed)) {
  console.error('check:api: src/lib/api/schema.d.ts is missing: run npm run gen:api');
  process.exit(1);
}

// The package's exports map hides bin/, so find it from the package's main entry (dist/index.*).
const cli = join(dirname(createRequire(import.meta.url).resolve('openapi-typescript')), '..', 'bin', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'nennep-check-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  const run = spawnSync(process.execPath, [cli, spec, '-o', fresh], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    console.error('check:api: openapi-typescript failed on ../openapi.yaml');
    process.exit(1);
  }
  const normalize = (s) => s.replace(/\r\n/g, '\n');
  if (normalize(readFileSync(fresh, 'utf8')) !== normalize(readFileSync(committed, 'utf8'))) {
    console.error('check:api: src/lib/api/schema.d.ts does not match ../openapi.yaml');
    console.error('types are stale: run npm run gen:api');
    process.exit(1);
  }
  console.log('check:api: src/lib/api/schema.d.ts is up to date with ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
