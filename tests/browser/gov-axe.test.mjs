// Accessibility of the government-service pages: axe-core finds no
// violations in zh-CN, ug and en, standard and elder mode, server-rendered
// (no WebAssembly) and hydrated.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, openPage, settle, signIn, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser();
const LANGS = ['zh-CN', 'ug', 'en'];
const phones = { nowasm: ['13900000005', '13900000007'], hydrated: ['13900000012', '13900000013'] };

for (const mode of ['nowasm', 'hydrated']) {
  describe(`government services axe (${mode === 'nowasm' ? 'server-rendered' : 'hydrated'})`, () => {
    for (const elder of [false, true]) {
      test(`pages in zh-CN, ug, en${elder ? ', elder mode' : ''}`, async () => {
        const base = ctx.server.base;
        const p = await openPage(ctx.browser, mode, { bypassCSP: true });
        const problems = [];
        const inEachLanguage = async (path) => {
          for (const lang of LANGS) {
            await p.context.addCookies([{ name: 'linli_lang', value: lang, url: base }]);
            await visit(p, `${base}${path}`);
            for (const v of await audit(p.page, elder)) problems.push(`${lang} ${path}: ${v}`);
          }
          await p.context.addCookies([{ name: 'linli_lang', value: 'en', url: base }]);
        };
        await p.context.addCookies([{ name: 'linli_elder', value: elder ? '1' : '0', url: base }]);
        await signIn(p, base, phones[mode][elder ? 1 : 0]);
        for (const path of ['/gov', '/gov/services', '/gov/services?q=allowance', '/gov/report', '/gov/12345']) await inEachLanguage(path);
        // a guide, and the first question of an application
        await visit(p, `${base}/gov/services?q=allowance`);
        await p.page.getByRole('listitem').filter({ hasText: 'Can be done online' }).first().getByRole('link').click();
        await p.page.waitForURL(/\/gov\/services\//);
        const guide = new URL(p.page.url()).pathname;
        await inEachLanguage(guide);
        await inEachLanguage(guide.replace('/gov/services/', '/gov/apply/'));
        // a request, its confirmation and timeline, and the list of mine
        await visit(p, `${base}/gov/12345`);
        await p.page.getByRole('radio', { name: 'Suggestion' }).check();
        await p.page.getByLabel('Subject').fill('Benches');
        await p.page.getByLabel('Your request').fill('Please add benches along the path.');
        await p.page.getByRole('button', { name: 'Send to 12345' }).click();
        await p.page.waitForURL(/\/gov\/cases\//);
        await settle(p);
        await inEachLanguage(new URL(p.page.url()).pathname);
        await inEachLanguage('/gov/mine');
        assert.deepEqual(problems, []);
        assert.deepEqual(p.errors, []);
        await p.context.close();
      });
    }
  });
}

test('the grid worker console and staff workload have no violations (elder, hydrated)', async () => {
  const base = ctx.server.base;
  const problems = [];
  for (const [phone, path] of [['13900000009', '/grid'], ['13900000010', '/staff/gov']]) {
    const p = await openPage(ctx.browser, 'hydrated', { bypassCSP: true });
    await p.context.addCookies([{ name: 'linli_elder', value: '1', url: base }]);
    await signIn(p, base, phone);
    for (const lang of LANGS) {
      await p.context.addCookies([{ name: 'linli_lang', value: lang, url: base }]);
      await visit(p, `${base}${path}`);
      for (const v of await audit(p.page, true)) problems.push(`${lang} ${path}: ${v}`);
    }
    assert.deepEqual(p.errors, []);
    await p.context.close();
  }
  assert.deepEqual(problems, []);
});
