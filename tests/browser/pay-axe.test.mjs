// Accessibility of the Pay pages: axe-core finds no violations on the bills,
// confirm, sandbox provider, receipt, history, scan-to-pay and staff pages,
// in zh-CN, ug and en, in standard and elder mode, server-rendered (no
// WebAssembly) and hydrated.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, iso, openPage, settle, signIn, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser({ LINLI_SANDBOX_NOTIFY_MS: '100' });

const phones = {
  nowasm: ['13900000018', '13900000020'],
  hydrated: ['13900000021', '13900000023'],
};
const LANGS = ['zh-CN', 'ug', 'en'];

for (const mode of ['nowasm', 'hydrated']) {
  describe(`pay axe (${mode === 'nowasm' ? 'server-rendered' : 'hydrated'})`, () => {
    for (const elder of [false, true]) {
      test(`Pay pages in zh-CN, ug, en${elder ? ', elder mode' : ''}`, async () => {
        const p = await openPage(ctx.browser, mode, { bypassCSP: true });
        const base = ctx.server.base;
        const cookie = (name, value) => ({ name, value, url: base });
        const problems = [];
        const check = async (label) => {
          for (const v of await audit(p.page, elder)) problems.push(`${label}: ${v}`);
        };
        const inEachLanguage = async (path) => {
          for (const lang of LANGS) {
            await p.context.addCookies([cookie('linli_lang', lang)]);
            await visit(p, `${base}${path}`);
            await check(`${lang} ${path}`);
          }
          await p.context.addCookies([cookie('linli_lang', 'en')]);
        };
        await p.context.addCookies([cookie('linli_elder', elder ? '1' : '0')]);
        await inEachLanguage('/pay');
        await signIn(p, base, phones[mode][elder ? 1 : 0]);
        for (const path of ['/pay', '/pay/confirm?bills=all', '/pay/history']) await inEachLanguage(path);
        // through to the provider's page and the receipt
        await visit(p, `${base}/pay/confirm?bills=all`);
        await p.page.getByRole('button', { name: iso('Pay ¥', { start: true }) }).click();
        await p.page.waitForURL(/\/sandbox\/pay\//);
        await settle(p);
        const sandbox = new URL(p.page.url()).pathname;
        await inEachLanguage(sandbox);
        await p.page.getByRole('button', { name: iso('Pay ¥', { start: true }) }).click();
        await p.page.waitForURL(/\/pay\/orders\//);
        const order = new URL(p.page.url()).pathname;
        await visit(p, `${base}${order}`);
        await check(`en ${order} (checking or paid)`);
        await p.page.getByRole('button', { name: 'Check now' }).click().catch(() => {});
        await visit(p, `${base}${order}`);
        await p.page.getByRole('heading', { name: 'Paid — receipt' }).waitFor();
        await inEachLanguage(order);
        await inEachLanguage('/pay/history');
        assert.deepEqual(problems, []);
        assert.deepEqual(p.errors, []);
        await p.context.close();
      });
    }
  });
}

test('staff and scan-to-pay pages have no violations (elder mode, hydrated)', async () => {
  const base = ctx.server.base;
  const staff = await openPage(ctx.browser, 'hydrated', { bypassCSP: true });
  await staff.context.addCookies([{ name: 'linli_elder', value: '1', url: base }]);
  await signIn(staff, base, '13900000010');
  const problems = [];
  for (const lang of LANGS) {
    await staff.context.addCookies([{ name: 'linli_lang', value: lang, url: base }]);
    await visit(staff, `${base}/staff/pay`);
    for (const v of await audit(staff.page, true)) problems.push(`${lang} /staff/pay: ${v}`);
  }
  // a CSV with a problem: the list of problems is audited too
  await staff.context.addCookies([{ name: 'linli_lang', value: 'en', url: base }]);
  await visit(staff, `${base}/staff/pay`);
  await staff.page.getByLabel('Paste the CSV text').fill('building,unit,kind,period,amount,due\ncity-b1,1-1202,tea,2026-12,1,2027-01-20\n');
  await staff.page.getByRole('button', { name: 'Check and import' }).click();
  await staff.page.waitForURL(/import=/);
  await settle(staff);
  await staff.page.getByText('Nothing was imported', { exact: false }).waitFor();
  for (const v of await audit(staff.page, true)) problems.push(`en /staff/pay import problems: ${v}`);
  await staff.context.close();

  const kiosk = await openPage(ctx.browser, 'hydrated', { bypassCSP: true, kiosk: true });
  await visit(kiosk, `${base}/?kiosk=1`);
  await signIn(kiosk, base, '13900000009');
  await visit(kiosk, `${base}/pay`);
  await kiosk.page.getByRole('button', { name: 'Pay all with a phone' }).click();
  await kiosk.page.waitForURL(/\/pay\/kiosk\//);
  await settle(kiosk);
  const link = (await kiosk.page.locator('.scan-link').innerText()).trim();
  for (const lang of LANGS) {
    await kiosk.context.addCookies([{ name: 'linli_lang', value: lang, url: base }]);
    await visit(kiosk, kiosk.page.url());
    for (const v of await audit(kiosk.page, false)) problems.push(`${lang} kiosk QR: ${v}`);
  }
  const phone = await openPage(ctx.browser, 'hydrated', { bypassCSP: true });
  for (const lang of LANGS) {
    await phone.context.addCookies([{ name: 'linli_lang', value: lang, url: base }]);
    await visit(phone, link);
    for (const v of await audit(phone.page, false)) problems.push(`${lang} scan page: ${v}`);
  }
  assert.deepEqual(problems, []);
  assert.deepEqual(kiosk.errors, []);
  assert.deepEqual(phone.errors, []);
  await phone.context.close();
  await kiosk.context.close();
});
