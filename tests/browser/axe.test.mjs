// Accessibility: axe-core finds no violations on /, /login and /me, in each
// language, in standard and elder mode, server-rendered and hydrated.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, openPage, signIn, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser();

// "Server-rendered" is audited with WebAssembly removed: the page then stays
// exactly as the server sent it (axe itself needs JavaScript to run).
const phones = {
  nowasm: ['13900000002', '13900000004'],
  hydrated: ['13900000006', '13900000009'],
};
for (const mode of ['nowasm', 'hydrated']) {
  describe(`axe (${mode === 'nowasm' ? 'server-rendered' : 'hydrated'})`, () => {
    for (const elder of [false, true]) {
      test(`/, /login, /me in zh-CN, ug, en${elder ? ', elder mode' : ''}`, async () => {
        const p = await openPage(ctx.browser, mode, { bypassCSP: true });
        const url = new URL(ctx.server.base);
        const cookie = (name, value) => ({ name, value, domain: url.hostname, path: '/' });
        const problems = [];
        await p.context.addCookies([cookie('linli_elder', elder ? '1' : '0')]);
        for (const lang of ['zh-CN', 'ug', 'en']) {
          await p.context.addCookies([cookie('linli_lang', lang)]);
          for (const path of ['/', '/login', '/me']) {
            await visit(p, `${ctx.server.base}${path}`);
            for (const v of await audit(p.page, elder)) problems.push(`${lang} ${path}: ${v}`);
          }
        }
        // signed in: /me with its details and family, and the home greeting
        await p.context.addCookies([cookie('linli_lang', 'en')]);
        await signIn(p, ctx.server.base, phones[mode][elder ? 1 : 0]);
        for (const lang of ['zh-CN', 'ug', 'en']) {
          await p.context.addCookies([cookie('linli_lang', lang)]);
          for (const path of ['/me', '/']) {
            await visit(p, `${ctx.server.base}${path}`);
            for (const v of await audit(p.page, elder)) problems.push(`${lang} ${path} signed in: ${v}`);
          }
        }
        assert.deepEqual(problems, []);
        assert.deepEqual(p.errors, []);
        await p.context.close();
      });
    }
  });
}
