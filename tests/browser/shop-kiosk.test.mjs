// Shop at a kiosk: someone browses on the shared screen without signing in,
// puts goods in the cart, and the cart page offers to take it to their
// phone by a QR code (and the address written out, for a phone without a
// camera). The phone opens that address and finds the same goods in its
// cart; an altered address takes nothing and says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, openPage, settle, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser();

const addButton = (good) => new RegExp(`^Add to cart\\W+${good.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const PHARMACY = 'Red Willow Pharmacy';
const GOOD = 'Paracetamol tablets 0.5 g × 20';

for (const mode of MODES) {
  test(`a kiosk's cart goes to a phone by its QR code (${mode})`, async () => {
    const base = ctx.server.base;
    const kiosk = await openPage(ctx.browser, mode, { kiosk: true });
    await visit(kiosk, `${base}/shop?kiosk=1`);
    assert.equal(await kiosk.page.locator('html').getAttribute('data-kiosk'), '1');
    await kiosk.page.getByRole('link', { name: PHARMACY }).click();
    await settle(kiosk);
    await kiosk.page.getByRole('heading', { name: PHARMACY, level: 1 }).waitFor();
    await kiosk.page.getByRole('button', { name: addButton(GOOD) }).click();
    await settle(kiosk);
    await kiosk.page.getByRole('status').getByText('Added to your cart.').waitFor();
    await kiosk.page.getByRole('link', { name: /^Cart: / }).click();
    await kiosk.page.waitForURL(/\/shop\/cart/);
    await settle(kiosk);

    const handoff = kiosk.page.getByRole('region', { name: 'Pay on your phone' });
    await handoff.getByRole('img', { name: 'QR code that takes this cart to a phone' }).waitFor();
    assert.equal(await handoff.locator('svg').count(), 1, 'the QR code is drawn on the page');
    const link = (await handoff.getByText(/\/shop\/take\//).innerText()).trim();
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/shop\/take\/\S+$/, 'an address a phone can type');
    assert.ok(!/1[3-9]\d{9}/.test(link), 'nothing about the person in the address');

    // a phone (not signed in) opens the address: the same good is in its cart
    const phone = await openPage(ctx.browser, mode);
    await visit(phone, link);
    await phone.page.waitForURL(/\/shop\/cart\?cart=taken/);
    await settle(phone);
    await phone.page.getByRole('status').getByText('The cart from the shared screen is now on this phone.').waitFor();
    await phone.page.getByRole('heading', { name: PHARMACY }).waitFor();
    await phone.page.getByText(GOOD).first().waitFor();

    // the address altered (the goods' part changed): nothing is taken, and the page says so
    const other = await openPage(ctx.browser, mode);
    await visit(other, link.replace(/take\/[^:]+:/, 'take/regiment-pharmacy-smectite:'));
    await other.page.waitForURL(/\/shop\/cart\?error=handoff-expired/);
    await settle(other);
    await other.page.getByRole('alert').getByText(/This QR code has expired or is not complete/).first().waitFor();
    assert.equal(await other.page.getByText(GOOD).count(), 0, 'nothing was added');

    for (const p of [kiosk, phone, other]) {
      assert.deepEqual(p.errors, [], `no page errors (${mode})`);
      await p.context.close();
    }
  });
}
