// Prints the gzipped size of the JavaScript the first screen (the login page) loads: the scripts index.html names
// (its entry and the chunks it preloads), and fails above the budget. The other screens load their code on demand.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]))];
let total = 0;
for (const script of scripts) {
  const size = gzipSync(readFileSync(join(dist, script)), { level: 9 }).length;
  total += size;
  console.log(`first screen: ${script.padEnd(48)} ${(size / 1024).toFixed(2).padStart(8)} kB gzip`);
}
const kb = total / 1024;
console.log(`first screen: ${scripts.length} scripts, ${kb.toFixed(2)} kB gzip (budget ${BUDGET_KB} kB)`);
if (kb > BUDGET_KB) {
  console.error(`first screen: over the budget of ${BUDGET_KB} kB gzip`);
  process.exit(1);
}
