// The wasm holds only the islands (islands mode): pages are server-rendered,
// navigation is an ordinary page load, and a page without an island
// downloads no wasm at all. Without WebAssembly the page stays whole, with
// no errors and one log line saying why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startServer, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser();

test('a tile is an ordinary link: the next page is a full page load', async () => {
  const p = await openPage(ctx.browser, 'hydrated');
  await visit(p, `${ctx.server.base}/`);
  await p.page.evaluate(() => { window.__sameDocument = true; });
  await p.page.getByRole('link', { name: /^Me/ }).click();
  await p.page.waitForURL(`${ctx.server.base}/me`);
  await p.page.getByRole('heading', { level: 1, name: 'Me' }).waitFor();
  assert.equal(await p.page.evaluate(() => window.__sameDocument), undefined, 'a new document');
  await p.page.getByRole('link', { name: 'Back to home' }).click();
  await p.page.waitForURL(`${ctx.server.base}/`);
  await p.page.getByRole('heading', { level: 1 }).waitFor();
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('a page without an island downloads no wasm; a kiosk page hydrates its islands', async () => {
  const p = await openPage(ctx.browser, 'hydrated');
  const fetched = [];
  p.page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await visit(p, `${ctx.server.base}/`);
  assert.equal(await p.page.locator('leptos-island').count(), 0);
  assert.ok(!fetched.some((f) => /\.(js|wasm)$/.test(f)), `fetched: ${fetched.join(', ')}`);
  await p.context.close();

  const k = await openPage(ctx.browser, 'hydrated', { kiosk: true });
  const kfetched = [];
  k.page.on('request', (r) => kfetched.push(new URL(r.url()).pathname));
  await visit(k, `${ctx.server.base}/login?kiosk=1`);
  assert.ok(kfetched.includes('/pkg/linli.wasm'));
  // the number pad is an island: it appears once live, and types
  await k.page.getByRole('group', { name: 'Number pad' }).getByRole('button', { name: '7' }).click();
  assert.equal(await k.page.getByLabel('Sign in with your mobile phone number').inputValue(), '7');
  assert.deepEqual(k.errors, []);
  await k.context.close();
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
