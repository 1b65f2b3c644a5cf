// Uyghur pages read in the right order: numbers inside right-to-left
// sentences keep their order on screen (checked by where each group is
// drawn), and the relation is named inside the message ("your daughter…").
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, openPage, signIn, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser();

/** Where each of `parts` is drawn inside the element: { top, left, right } of its first occurrence. */
async function boxes(locator, parts) {
  return locator.evaluate((el, parts) => {
    const out = {};
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const part of parts) {
        const i = node.data.indexOf(part);
        if (i >= 0 && !(part in out)) {
          const r = document.createRange();
          r.setStart(node, i);
          r.setEnd(node, i + part.length);
          const b = r.getBoundingClientRect();
          out[part] = { top: b.top, left: b.left, right: b.right };
        }
      }
    }
    return parts.map((p) => out[p] ?? null);
  }, parts);
}

/** `a` is read before `b`: on an earlier line, or on the same line in the reading direction. */
function before(a, b, rtl) {
  if (Math.abs(a.top - b.top) > 2) return a.top < b.top;
  return rtl ? a.left > b.left : a.left < b.left;
}

for (const mode of MODES) {
  describe(`Uyghur reading order (${mode})`, () => {
    test('the phone example in the login error reads 138 0013 8000', async () => {
      const p = await openPage(ctx.browser, mode);
      await p.context.addCookies([{ name: 'linli_lang', value: 'ug', url: ctx.server.base }]);
      await visit(p, `${ctx.server.base}/login?error=phone-invalid`);
      assert.equal(await p.page.locator('html').getAttribute('dir'), 'rtl');
      const [a, b, c] = await boxes(p.page.locator('#phone-error'), ['138', '0013', '8000']);
      assert.ok(a && b && c, 'all three groups are shown');
      // inside the right-to-left sentence the number itself runs left to right
      assert.ok(before(a, b, false) && before(b, c, false), `groups out of order: ${JSON.stringify([a, b, c])}`);
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });

    test('the service centre hours read 9:00 to 12:00 and 14:30 to 17:30', async () => {
      const p = await openPage(ctx.browser, mode);
      await p.context.addCookies([{ name: 'linli_lang', value: 'ug', url: ctx.server.base }]);
      await visit(p, `${ctx.server.base}/gov/services/registration-id-card`);
      const note = p.page.locator('section[aria-labelledby="visit-title"] p').first();
      const [t9, t12, t14, t17] = await boxes(note, ['9:00', '12:00', '14:30', '17:30']);
      assert.ok(t9 && t12 && t14 && t17, 'all four times are shown');
      // read right to left: 9:00 first, then 12:00; 14:30, then 17:30
      assert.ok(before(t9, t12, true), `9:00 and 12:00: ${JSON.stringify([t9, t12])}`);
      assert.ok(before(t12, t14, true) && before(t14, t17, true), `afternoon: ${JSON.stringify([t12, t14, t17])}`);
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });
  });
}

test("Patigul's Me page names her daughter inside the sentence", async () => {
  const p = await openPage(ctx.browser, 'hydrated');
  await signIn(p, ctx.server.base, '13900000001');
  await p.context.addCookies([{ name: 'linli_lang', value: 'ug', url: ctx.server.base }]);
  await visit(p, `${ctx.server.base}/me`);
  await p.page.getByText('قىزىڭىز', { exact: false }).first().waitFor();
  assert.deepEqual(p.errors, []);
  await p.context.close();
});
