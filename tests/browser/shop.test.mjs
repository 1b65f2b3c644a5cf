// Shop in a real browser, with JavaScript off and hydrated: a resident goes
// from the home page's Shops tile to a pharmacy and puts a good in the cart,
// finds naan by searching and puts it in too, picks both up at the shops and
// pays once at the sandbox provider; the pharmacy's merchant accepts their
// part in a second browser, the bakery's merchant declines theirs with a
// reason in a third, and the resident sees both answers and the refund in
// words. Found by role and name, as people find things.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, iso, openPage, settle, signIn, signInOnce, useServerAndBrowser, visit } from './helpers.mjs';

/** The add-to-cart button of a good (its name is read after the words, for screen readers). */
const addButton = (good) => new RegExp(`^Add to cart\\W+${good.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

// a quick sandbox, so the notification lands while the person watches
const ctx = useServerAndBrowser({ LINLI_SANDBOX_NOTIFY_MS: '300' });

const PHARMACY = 'Kangning Pharmacy (24 h)';
const BAKERY = 'Dilnur Naan Bakery';
const merchants = { pharmacy: '13900000027', bakery: '13900000028' }; // Yufang, Dilnur

const people = {
  // Wang Lei and Aynur Abdulla, both with a confirmed home in Xingfu
  nojs: { resident: '13900000021', search: 'naan', naan: 'Sesame naan', price: '¥4.00', total: '¥12.50', reason: 'Our oven is broken today.' },
  hydrated: { resident: '13900000022', search: '馕', naan: 'Girde naan', price: '¥3.00', total: '¥11.50', reason: 'No flour until Monday.' },
};

/** Reloads the page (a person pressing reload) until `locator` shows. */
async function reloadUntil(p, locator, tries = 30) {
  for (let i = 0; i < tries && !(await locator.isVisible()); i++) {
    await new Promise((r) => setTimeout(r, 300));
    await p.page.reload();
    await settle(p);
  }
  await locator.waitFor({ timeout: 5000 });
}

/** A merchant opens the console and the order one of their shops has to answer (one at a time here). */
async function openNewOrder(m, base, shop) {
  await visit(m, `${base}/merchant`);
  await m.page.getByRole('heading', { name: 'Shop console', level: 1 }).waitFor();
  const panel = m.page.getByRole('region', { name: shop, exact: true });
  const fresh = panel.getByRole('region', { name: /^New orders? to answer/ });
  await fresh.getByText(/^Please answer by/).waitFor();
  await fresh.getByRole('link', { name: /^Order / }).first().click();
  await m.page.waitForURL(/\/merchant\/orders\//);
  await settle(m);
  await m.page.getByRole('heading', { name: 'Answer this order' }).waitFor();
}

for (const mode of MODES) {
  describe(`shop (${mode})`, () => {
    test('a resident buys from two shops at once; one accepts, the other declines and refunds', async () => {
      const base = ctx.server.base;
      const who = people[mode];
      const p = await openPage(ctx.browser, mode);
      await signIn(p, base, who.resident);
      await visit(p, `${base}/`);
      await p.page.getByRole('link', { name: /Shops near home/ }).click();
      await p.page.waitForURL(`${base}/shop`);
      await settle(p);
      await p.page.getByRole('heading', { name: 'Shops near home', level: 1 }).waitFor();
      await p.page.getByRole('heading', { name: 'Shops near you, nearest first' }).waitFor();

      // the pharmacy: open day and night, a good into the cart
      await p.page.getByRole('link', { name: PHARMACY }).click();
      await p.page.waitForURL(/\/shop\/shops\/city-pharmacy/);
      await settle(p);
      await p.page.getByRole('heading', { name: PHARMACY, level: 1 }).waitFor();
      await p.page.getByText('Open now, day and night').waitFor();
      await p.page.getByRole('button', { name: addButton('Paracetamol tablets 0.5 g × 20') }).click();
      await p.page.waitForURL(/\/shop\/shops\/city-pharmacy\?/);
      await settle(p);
      await p.page.getByRole('status').getByText('Added to your cart.').waitFor();
      await p.page.getByRole('link', { name: iso('Cart: one item') }).waitFor();

      // naan, found by searching (in English, or in Chinese on an English page)
      await p.page.getByRole('link', { name: 'Back to the shops' }).click();
      await p.page.waitForURL(`${base}/shop`);
      await settle(p);
      await p.page.getByLabel('Search goods in Chinese, Uyghur or English').fill(who.search);
      await p.page.getByRole('button', { name: 'Search', exact: true }).click();
      await p.page.waitForURL(/\/shop\/search\?/);
      await settle(p);
      await p.page.getByRole('heading', { name: iso(`goods found for «${who.search}»`) }).waitFor();
      const hit = p.page.getByRole('listitem').filter({ has: p.page.getByRole('heading', { name: who.naan, exact: true }) });
      await hit.getByText(BAKERY).waitFor();
      await hit.getByRole('button', { name: addButton(who.naan) }).click();
      await p.page.waitForURL(/\/shop\/search\?.*cart=/);
      await settle(p);
      await p.page.getByRole('status').getByText('Added to your cart.').waitFor();

      // the cart: both shops; pick-up, so the bakery's delivery minimum does not matter
      await p.page.getByRole('link', { name: iso('Cart: 2 items') }).click();
      await p.page.waitForURL(`${base}/shop/cart`);
      await settle(p);
      await p.page.getByRole('heading', { name: 'Your cart', level: 1 }).waitFor();
      await p.page.getByRole('heading', { name: PHARMACY }).waitFor();
      await p.page.getByRole('heading', { name: BAKERY }).waitFor();
      await p.page.getByRole('radio', { name: 'I will pick them up at the shop' }).check();
      await p.page.getByRole('button', { name: 'Show the cart this way' }).click();
      await p.page.waitForURL(/\/shop\/cart\?fulfilment=pickup/);
      await settle(p);
      assert.equal(await p.page.getByRole('radio', { name: 'I will pick them up at the shop' }).isChecked(), true);
      await p.page.getByRole('group', { name: 'How do you want your goods?' }).waitFor();
      await p.page.getByText(iso(`Total to pay: ${who.total}`)).waitFor();
      await p.page.getByText('Be careful:').waitFor();
      await p.page.getByRole('button', { name: iso(`Pay ${who.total}`, { start: true, end: true }) }).click();
      await p.page.waitForURL(/\/sandbox\/pay\//);
      await settle(p);

      // the sandbox provider's page; Pay's page checks the payment, then leads back to Shops
      await p.page.getByRole('heading', { name: 'Sandbox payment' }).waitFor();
      await p.page.getByText('Test provider — no real money moves.').waitFor();
      await p.page.getByRole('button', { name: iso(`Pay ${who.total}`, { start: true, end: true }) }).click();
      await p.page.waitForURL(/\/pay\/orders\/LL/);
      await settle(p);
      const receipt = p.page.getByRole('heading', { name: 'Paid — receipt' });
      if (mode === 'nojs') {
        // without JavaScript the page does not change by itself: "Check now"
        for (let i = 0; i < 20 && !(await receipt.isVisible()); i++) {
          await p.page.getByRole('button', { name: 'Check now' }).click();
          await p.page.waitForLoadState('load');
        }
      }
      await receipt.waitFor({ timeout: 15000 });
      await p.page.getByRole('link', { name: iso('Back to Shops') }).click();
      await p.page.waitForURL(/\/shop\/orders\/[^/?]+$/);
      await settle(p);
      const order = p.page.url().replace(/\?.*$/, '');
      await p.page.getByRole('heading', { name: 'Your order', level: 1 }).waitFor();
      // no live poller on this page: the person reloads until the payment is in
      await reloadUntil(p, p.page.getByText('Paid. The shops have your order.'));
      const pharmacy = p.page.getByRole('region', { name: PHARMACY });
      const bakery = p.page.getByRole('region', { name: BAKERY });
      for (const part of [pharmacy, bakery]) {
        await part.getByText('Sent to the shop, waiting for its answer').first().waitFor();
        await part.getByText('Pick-up at the shop').waitFor();
      }
      await pharmacy.getByRole('link', { name: 'Paracetamol tablets 0.5 g × 20' }).waitFor();
      await bakery.getByRole('link', { name: who.naan }).waitFor();

      // the pharmacy's merchant accepts the whole order
      const yufang = await openPage(ctx.browser, mode);
      await signInOnce(yufang, base, merchants.pharmacy);
      await openNewOrder(yufang, base, PHARMACY);
      await yufang.page.getByText('Paracetamol tablets 0.5 g × 20').first().waitFor();
      await yufang.page.getByRole('button', { name: 'Accept the whole order' }).click();
      await yufang.page.waitForURL(/\/merchant\/orders\/.*\?/);
      await settle(yufang);
      await yufang.page.getByText('You accepted the order. The customer has been told.').waitFor();
      assert.equal(await yufang.page.getByRole('button', { name: 'Accept the whole order' }).count(), 0);

      // the bakery's merchant declines theirs, saying why
      const dilnur = await openPage(ctx.browser, mode);
      await signInOnce(dilnur, base, merchants.bakery);
      await openNewOrder(dilnur, base, BAKERY);
      await dilnur.page.getByText(who.naan).first().waitFor();
      await dilnur.page.getByLabel(/Why can.t you supply this order\?/).fill(who.reason);
      await dilnur.page.getByRole('button', { name: 'Decline the whole order' }).click();
      await dilnur.page.waitForURL(/\/merchant\/orders\/.*\?/);
      await settle(dilnur);
      await dilnur.page.getByText('You declined the order. The customer has been told and gets all the money back.').waitFor();

      // the resident reloads: the pharmacy accepted, the bakery said why and gives the money back
      await visit(p, order);
      await pharmacy.getByText('The shop accepted it').first().waitFor();
      await pharmacy.getByText('Your pick-up code. Show this code at the counter:').waitFor();
      // declined, then the money given back, each a step of its timeline
      await bakery.getByText('The shop declined it').waitFor();
      await bakery.getByText(`The shop's reason: ${who.reason}`).waitFor();
      await bakery.getByText('Declined by the shop — the money for it is given back.').waitFor();
      await reloadUntil(p, bakery.getByText(iso(`${who.price} refunded to you.`)));
      assert.equal(await pharmacy.getByText(/refunded to you/).count(), 0);

      // and in my orders
      await visit(p, `${base}/shop/orders`);
      await p.page.getByRole('heading', { name: 'My orders', level: 1 }).waitFor();
      const entry = p.page.getByRole('listitem').filter({ has: p.page.getByRole('link', { name: /^Ordered on/ }) }).first();
      await entry.getByText('The shop accepted it').waitFor();
      await entry.getByText('Money given back').waitFor();

      for (const x of [p, yufang, dilnur]) assert.deepEqual(x.errors, []);
      await dilnur.context.close();
      await yufang.context.close();
      await p.context.close();
    });
  });
}
