// The budget (issue #11): what a visitor downloads to run any page — the
// islands' wasm and its JavaScript — stays at most 150 KB in brotli, and it
// does not grow with pages: there is one island bundle, and a page without
// an island downloads none of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliCompressSync, constants } from 'node:zlib';
import { openPage, signIn, useServerAndBrowser, visit } from './helpers.mjs';

const BUDGET = 150 * 1024;
const ctx = useServerAndBrowser();

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;

/** Opens `path` and sums the brotli size of every script and wasm it fetched. */
async function downloaded(p, path) {
  const bodies = [];
  const listener = (r) => {
    const type = r.request().resourceType();
    const url = new URL(r.url());
    if (type === 'script' || url.pathname.endsWith('.wasm') || url.pathname.endsWith('.js')) bodies.push(r.body().then((b) => [url.pathname, b]));
  };
  p.page.on('response', listener);
  await visit(p, `${ctx.server.base}${path}`);
  await p.page.waitForLoadState('networkidle');
  p.page.off('response', listener);
  const files = await Promise.all(bodies);
  return { files: files.map(([f]) => f), bytes: files.reduce((n, [, b]) => n + brotli(b), 0) };
}

test('the whole island bundle (wasm + JS) is at most 150 KB in brotli', async () => {
  let total = 0;
  for (const f of ['/pkg/linli.wasm', '/pkg/linli.js']) {
    const res = await fetch(`${ctx.server.base}${f}`);
    assert.equal(res.status, 200, f);
    total += brotli(Buffer.from(await res.arrayBuffer()));
  }
  assert.ok(total <= BUDGET, `island bundle: ${total} bytes brotli`);
  assert.ok(total > 10 * 1024, `the bundle is real (${total} bytes)`);
});

test('the home page at a kiosk (idle timer island) downloads at most 150 KB', async () => {
  const p = await openPage(ctx.browser, 'hydrated', { kiosk: true });
  const { files, bytes } = await downloaded(p, '/?kiosk=1');
  assert.ok(files.includes('/pkg/linli.wasm'), `it runs its island: ${files.join(', ')}`);
  assert.ok(bytes <= BUDGET, `${bytes} bytes brotli`);
  await p.context.close();
});

test('the home page and the bills page on a phone download no wasm', async () => {
  const p = await openPage(ctx.browser, 'hydrated');
  assert.deepEqual((await downloaded(p, '/')).files, []);
  await signIn(p, ctx.server.base, '13900000003');
  const bills = await downloaded(p, '/pay');
  assert.equal(await p.page.getByRole('heading', { level: 1 }).count(), 1);
  assert.deepEqual(bills.files, []);
  await p.context.close();
});

test('the Fluent catalogues are compiled into the server only, not into the wasm', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const wasm = Buffer.from(await (await fetch(`${ctx.server.base}/pkg/linli.wasm`)).arrayBuffer());
  // every plain one-line message of 24 bytes or more, in all three languages
  const messages = [];
  for (const lang of ['en', 'zh-CN', 'ug']) {
    const dir = new URL(`../../locales/${lang}/`, import.meta.url);
    for (const f of readdirSync(dir)) {
      for (const line of readFileSync(new URL(f, dir), 'utf8').split('\n')) {
        const m = line.match(/^[a-z0-9-]+ = ([^{}]+)$/);
        if (m && Buffer.byteLength(m[1]) >= 24) messages.push(m[1]);
      }
    }
  }
  assert.ok(messages.length > 300, `${messages.length} messages checked`);
  const found = messages.filter((m) => wasm.includes(Buffer.from(m)));
  assert.deepEqual(found, []);
});
