// Accessibility of the Shop pages: axe-core finds no violations on the
// shops, a shop, a good, search, the cart (with a checkout problem too), my
// orders and an order, and on the merchant's console, an order to answer,
// the goods and settings and a good's form — in zh-CN, ug and en, standard
// and elder mode, server-rendered (no WebAssembly) and hydrated.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, iso, openPage, settle, signIn, signInOnce, useServerAndBrowser, visit } from './helpers.mjs';

/** The add-to-cart button of a good (its name is read after the words, for screen readers). */
const addButton = (good) => new RegExp(`^Add to cart\\W+${good.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const ctx = useServerAndBrowser({ LINLI_SANDBOX_NOTIFY_MS: '100' });

const LANGS = ['zh-CN', 'ug', 'en'];
// residents of Xingfu with a confirmed home: one per test
const phones = {
  nowasm: ['13900000018', '13900000019'],
  hydrated: ['13900000006', '13900000009'],
};
const BUYER = '13900000002'; // places the order the merchant answers
const MERCHANT = '13900000027'; // Yufang: the pharmacy (and the supermarket)

/** Puts a pharmacy good and a naan in the signed-in person's cart, through the pages. */
async function fillCart(p, base) {
  await visit(p, `${base}/shop/shops/city-pharmacy`);
  await p.page.getByRole('button', { name: addButton('Paracetamol tablets 0.5 g × 20') }).click();
  await p.page.waitForURL(/cart=/);
  await visit(p, `${base}/shop/shops/city-bakery`);
  await p.page.getByRole('button', { name: addButton('Girde naan') }).click();
  await p.page.waitForURL(/cart=/);
}

/** Pays the cart for pick-up at the sandbox provider; returns the shop order's path. */
async function checkOut(p, base) {
  await visit(p, `${base}/shop/cart?fulfilment=pickup`);
  await p.page.getByRole('button', { name: iso('Pay ¥', { start: true }) }).click();
  await p.page.waitForURL(/\/sandbox\/pay\//);
  await settle(p);
  await p.page.getByRole('button', { name: iso('Pay ¥', { start: true }) }).click();
  await p.page.waitForURL(/\/pay\/orders\//);
  await settle(p);
  const order = new URL(await p.page.getByRole('link', { name: iso('Back to Shops') }).getAttribute('href'), base).pathname;
  const paid = p.page.getByText('Paid. The shops have your order.');
  for (let i = 0; i < 30; i++) {
    await visit(p, `${base}${order}`);
    if (await paid.isVisible()) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await paid.waitFor({ timeout: 1000 });
  return order;
}

for (const mode of ['nowasm', 'hydrated']) {
  describe(`shop axe (${mode === 'nowasm' ? 'server-rendered' : 'hydrated'})`, () => {
    for (const elder of [false, true]) {
      test(`Shop pages in zh-CN, ug, en${elder ? ', elder mode' : ''}`, async () => {
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
        // a visitor may look; then signed in, with things in the cart
        await inEachLanguage('/shop');
        await signIn(p, base, phones[mode][elder ? 1 : 0]);
        await fillCart(p, base);
        for (const path of [
          '/shop',
          '/shop/shops/city-pharmacy',
          '/shop/goods/city-bakery-girde',
          '/shop/search?q=naan',
          '/shop/search?q=zzzz', // nothing found
          '/shop/cart',
          '/shop/cart?fulfilment=pickup&error=choose-provider',
          '/shop/cart?fulfilment=delivery', // the bakery's minimum is not reached: cannot pay yet
        ]) await inEachLanguage(path);
        const order = await checkOut(p, base);
        await inEachLanguage(order);
        await inEachLanguage('/shop/orders');
        assert.deepEqual(problems, []);
        assert.deepEqual(p.errors, []);
        await p.context.close();
      });
    }
  });
}

test('merchant pages have no violations (standard and elder, hydrated)', async () => {
  const base = ctx.server.base;
  const problems = [];
  // a resident's order for the pharmacy to answer
  const buyer = await openPage(ctx.browser, 'hydrated');
  await signIn(buyer, base, BUYER);
  await fillCart(buyer, base);
  await checkOut(buyer, base);
  await buyer.context.close();

  for (const elder of [false, true]) {
    const m = await openPage(ctx.browser, 'hydrated', { bypassCSP: true });
    await signInOnce(m, base, MERCHANT);
    await m.context.addCookies([{ name: 'linli_elder', value: elder ? '1' : '0', url: base }]);
    const inEachLanguage = async (path) => {
      for (const lang of LANGS) {
        await m.context.addCookies([{ name: 'linli_lang', value: lang, url: base }]);
        await visit(m, `${base}${path}`);
        for (const v of await audit(m.page, elder)) problems.push(`${lang}${elder ? ' elder' : ''} ${path}: ${v}`);
      }
      await m.context.addCookies([{ name: 'linli_lang', value: 'en', url: base }]);
    };
    await inEachLanguage('/merchant');
    await visit(m, `${base}/merchant`);
    const order = await m.page.getByRole('link', { name: /^Order / }).first().getAttribute('href');
    await inEachLanguage(order); // new: the three ways to answer it
    if (elder) {
      await visit(m, `${base}${order}`);
      await m.page.getByRole('button', { name: 'Accept the whole order' }).click();
      await m.page.waitForURL(/done=/);
      await settle(m);
      await inEachLanguage(order); // accepted: the next steps and the pick-up code
    }
    for (const path of [
      '/merchant/goods?shop=city-pharmacy',
      '/merchant/goods/edit?shop=city-pharmacy',
      '/merchant/goods/edit?shop=city-pharmacy&id=city-pharmacy-paracetamol',
    ]) await inEachLanguage(path);
    // a good's form sent with a problem: the problem by its field
    await visit(m, `${base}/merchant/goods/edit?shop=city-pharmacy&id=city-pharmacy-paracetamol`);
    await m.page.getByLabel('Name in English').fill('');
    await m.page.getByLabel('Price in yuan').fill('twelve');
    await m.page.getByRole('button', { name: 'Save', exact: true }).click();
    await m.page.waitForLoadState('load');
    await settle(m);
    await m.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    for (const v of await audit(m.page, elder)) problems.push(`en${elder ? ' elder' : ''} good form with problems: ${v}`);
    assert.deepEqual(m.errors, []);
    await m.context.close();
  }
  assert.deepEqual(problems, []);
});
