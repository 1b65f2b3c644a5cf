// Accessibility: axe-core finds no violations on /, /login and /me, in each
// language, in standard and elder mode, server-rendered and hydrated.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axePath, openPage, signIn, useServerAndBrowser, visit } from './helpers.mjs';

const axeSource = readFileSync(axePath, 'utf8');
const ctx = useServerAndBrowser();

// Elder mode promises AAA contrast (7:1), so its audit adds axe's enhanced
// contrast rule to the WCAG 2.2 AA set.
async function audit(page, elder) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async (elder) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'color-contrast-enhanced': { enabled: elder }, 'target-size': { enabled: true } },
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, elder);
  return result;
}

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
