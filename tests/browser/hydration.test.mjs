// The wasm: it hydrates the release build (after wasm-opt) and makes
// navigation client-side; without WebAssembly the page stays whole, with no
// errors and one log line saying why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startServer, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser();

test('after hydration a tile navigates inside the page, without a reload', async () => {
  const p = await openPage(ctx.browser, 'hydrated');
  await visit(p, `${ctx.server.base}/`);
  await p.page.evaluate(() => { window.__sameDocument = true; });
  await p.page.getByRole('link', { name: /^Me/ }).click();
  await p.page.waitForURL(`${ctx.server.base}/me`);
  await p.page.getByRole('heading', { level: 1, name: 'Me' }).waitFor();
  assert.equal(await p.page.evaluate(() => window.__sameDocument), true, 'client-side navigation');
  // and back home, still the same document
  await p.page.getByRole('link', { name: 'Back to home' }).click();
  await p.page.waitForURL(`${ctx.server.base}/`);
  await p.page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await p.page.evaluate(() => window.__sameDocument), true);
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

/** The names of a wasm module's custom sections. */
function customSections(bytes) {
  let i = 8;
  const leb = () => {
    let result = 0, shift = 0, byte;
    do { byte = bytes[i++]; result += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return result;
  };
  const names = [];
  while (i < bytes.length) {
    const id = bytes[i++];
    const size = leb();
    const end = i + size;
    if (id === 0) {
      const n = leb();
      names.push(bytes.subarray(i, i + n).toString());
    }
    i = end;
  }
  return names;
}

test('the shipped wasm is the release build', async () => {
  const res = await fetch(`${ctx.server.base}/pkg/linli.wasm`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/wasm');
  const bytes = Buffer.from(await res.arrayBuffer());
  // wasm-opt strips the "name" custom section that a debug build carries
  assert.deepEqual([...bytes.subarray(0, 4)], [0, 0x61, 0x73, 0x6d], 'a wasm module');
  assert.ok(!customSections(bytes).includes('name'), `optimised (custom sections: ${customSections(bytes).join(', ')})`);
});

for (const path of ['/', '/login', '/me', '/login/code']) {
  test(`without WebAssembly ${path} stays usable and logs why, once`, async () => {
    const p = await openPage(ctx.browser, 'nowasm');
    await visit(p, `${ctx.server.base}${path}`);
    await p.page.waitForFunction(() => document.documentElement.dataset.noWasm === '1');
    await p.page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await p.page.locator('body[data-hydrated]').count(), 0);
    assert.equal(p.logs.filter((l) => l.startsWith('Linli:')).length, 1, p.logs.join('\n'));
    // the forms are plain forms that post to the server
    for (const form of await p.page.locator('form').all()) {
      assert.equal(await form.getAttribute('method'), 'post');
      assert.ok((await form.getAttribute('action')).startsWith('/'));
    }
    assert.deepEqual(p.errors, []);
    await p.context.close();
  });
}

test('the server stops cleanly on SIGTERM', async () => {
  const other = await startServer();
  const started = Date.now();
  const code = await other.stop();
  assert.equal(code, 0, 'graceful shutdown exits 0');
  assert.ok(Date.now() - started < 5000);
});
