// Kiosk mode: the largest type, and an idle timer that warns, lets the user
// continue, and then signs out and clears the session — hydrated, and with
// JavaScript off (where the page refreshes itself).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computed, openPage, settle, signIn, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser({ LINLI_KIOSK_IDLE_SECS: '3', LINLI_KIOSK_GRACE_SECS: '3' });

test('hydrated kiosk warns, lets the user continue, then clears the session', async () => {
  const p = await openPage(ctx.browser, 'hydrated', { kiosk: true });
  await visit(p, `${ctx.server.base}/?kiosk=1`);
  assert.equal(await p.page.locator('html').getAttribute('data-kiosk'), '1');
  assert.ok(parseFloat(await computed(p.page.locator('body'), 'fontSize')) >= 24, 'largest type');
  // no keyboard at a kiosk: the number is typed on the screen's own pad
  await visit(p, `${ctx.server.base}/login`);
  await p.page.getByRole('button', { name: 'English' }).click();
  await p.page.waitForURL(`${ctx.server.base}/login`);
  await settle(p);
  const pad = p.page.getByRole('group', { name: 'Number pad' });
  for (const digit of '13900000007') await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.getByRole('button', { name: 'Delete' }).click();
  await pad.getByRole('button', { name: '7', exact: true }).click();
  assert.equal(await p.page.getByLabel('Sign in with your mobile phone number').inputValue(), '13900000007');
  for (const key of await pad.getByRole('button').all()) {
    const box = await key.boundingBox();
    assert.ok(box.width >= 60 && box.height >= 60, `key ${box.width}x${box.height}`);
  }
  await signIn(p, ctx.server.base, '13900000007');
  const warning = p.page.getByRole('alertdialog', { name: 'Are you still there?' });
  await warning.waitFor({ timeout: 10000 });
  await p.page.getByRole('button', { name: 'Yes, I am still here' }).click();
  await warning.waitFor({ state: 'hidden' });
  assert.equal(new URL(p.page.url()).pathname, '/me', 'still on the page, still signed in');
  // nobody answers this time
  await warning.waitFor({ timeout: 10000 });
  await p.page.waitForURL(`${ctx.server.base}/`, { timeout: 15000 });
  await settle(p);
  await p.page.locator('header').getByRole('link', { name: 'Sign in' }).waitFor();
  assert.equal(await p.page.locator('html').getAttribute('data-kiosk'), '1', 'still a kiosk');
  const cookies = await p.context.cookies();
  assert.ok(!cookies.some((c) => c.name === 'linli_session'), 'session cookie gone');
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('kiosk without JavaScript asks, then clears the session by itself', async () => {
  const p = await openPage(ctx.browser, 'nojs', { kiosk: true });
  await visit(p, `${ctx.server.base}/?kiosk=1`);
  await signIn(p, ctx.server.base, '13900000008');
  await p.page.waitForURL(/\/kiosk\/idle/, { timeout: 15000 });
  await p.page.getByRole('heading', { name: 'Are you still there?' }).waitFor();
  await p.page.getByRole('link', { name: 'Yes, I am still here' }).waitFor();
  await p.page.waitForURL(`${ctx.server.base}/`, { timeout: 15000 });
  await p.page.locator('header').getByRole('link', { name: 'Sign in' }).waitFor();
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('kiosk where WebAssembly cannot run still clears itself', async () => {
  const p = await openPage(ctx.browser, 'nowasm', { kiosk: true });
  await visit(p, `${ctx.server.base}/?kiosk=1`);
  await visit(p, `${ctx.server.base}/login`);
  assert.equal(await p.page.getByRole('group', { name: 'Number pad' }).count(), 0, 'no pad that cannot type');
  await signIn(p, ctx.server.base, '13900000009');
  await p.page.waitForURL(/\/kiosk\/idle/, { timeout: 15000 });
  await p.page.getByRole('heading', { name: 'Are you still there?' }).waitFor();
  await p.page.waitForURL(`${ctx.server.base}/`, { timeout: 15000 });
  await p.page.locator('header').getByRole('link', { name: 'Sign in' }).waitFor();
  assert.deepEqual(p.errors, []);
  await p.context.close();
});

test('a kiosk session ends on the server although the page was left open and its timer stopped', async () => {
  const p = await openPage(ctx.browser, 'nojs', { kiosk: true });
  await visit(p, `${ctx.server.base}/?kiosk=1`);
  await signIn(p, ctx.server.base, '13900000010');
  // the page's own refresh never happens (as if its timer had stopped)
  await p.page.route('**/kiosk/**', (route) => route.abort());
  await new Promise((r) => setTimeout(r, 7500));
  const res = await p.context.request.get(`${ctx.server.base}/me`, { maxRedirects: 0 });
  const html = await res.text();
  assert.ok(!html.includes('Sign out'), 'nobody is signed in any more');
  assert.ok(html.includes('href="/login'), 'the page offers to sign in');
  // ?kiosk=0 from the address bar does not turn the screen into a personal browser
  await p.page.unroute('**/kiosk/**');
  await visit(p, `${ctx.server.base}/?kiosk=0`);
  assert.equal(await p.page.locator('html').getAttribute('data-kiosk'), '1');
  await p.context.close();
});
