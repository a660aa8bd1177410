// The build's early warning on what a phone downloads for the first screen (the sign-in page): index.html and the
// scripts and stylesheets it names (its entry and the chunks it preloads), each as the server sends it (brotli at
// quality 6 from 1 KB up, as quarkus.http.compression-level says; smaller files as they are), and fails above the
// budget. The other screens load their code on demand. The packaged application's FirstScreenIT (backend) measures
// the same over HTTP, bytes on the wire.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const BUDGET_KB = 300;
const MIN_COMPRESSED_BYTES = 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(join(dist, 'index.html'));
const assets = [...new Set([...html.toString('utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]))];

function sent(bytes) {
  if (bytes.length < MIN_COMPRESSED_BYTES) return { size: bytes.length, encoding: 'identity' };
  const params = { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
  return { size: brotliCompressSync(bytes, { params }).length, encoding: 'br' };
}

let total = 0;
for (const [name, bytes] of [['index.html', html], ...assets.map((a) => [a, readFileSync(join(dist, a))])]) {
  const { size, encoding } = sent(bytes);
  total += size;
  console.log(`first screen: ${name.padEnd(48)} ${(size / 1024).toFixed(2).padStart(8)} kB ${encoding}`);
}
const kb = total / 1024;
console.log(`first screen: index.html and ${assets.length} files, ${kb.toFixed(2)} kB sent (budget ${BUDGET_KB} kB)`);
if (kb > BUDGET_KB) {
  console.error(`first screen: over the budget of ${BUDGET_KB} kB sent`);
  process.exit(1);
}
