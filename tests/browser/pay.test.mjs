// Pay in a real browser, with JavaScript off and hydrated: a resident pays
// one bill and sees the receipt; a daughter pays her mother's bill; a kiosk
// shows a QR code that a second browser (a phone) pays, and the kiosk turns
// to "Paid". Found by role and name, as people find things.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, iso, openPage, settle, signIn, useServerAndBrowser, visit } from './helpers.mjs';

// a quick sandbox, so the notification lands while the person watches
const ctx = useServerAndBrowser({ LINLI_SANDBOX_NOTIFY_MS: '300' });

const people = {
  nojs: { resident: '13900000003', proxy: '13900000004', kiosk: '13900000015' },
  hydrated: { resident: '13900000006', proxy: '13900000002', kiosk: '13900000016' },
};

/** From the sandbox provider's page: pay, then wait for the receipt. */
async function payAtSandboxAndSeeReceipt(p) {
  await p.page.getByRole('heading', { name: 'Sandbox payment' }).waitFor();
  await p.page.getByText('Test provider — no real money moves.').waitFor();
  await p.page.getByRole('button', { name: iso('Pay ¥', { start: true }) }).click();
  await p.page.waitForURL(/\/pay\/orders\/LL/);
  await settle(p);
  const receipt = p.page.getByRole('heading', { name: 'Paid — receipt' });
  if (p.mode === 'nojs') {
    // without JavaScript the page does not change by itself: "Check now"
    for (let i = 0; i < 20 && !(await receipt.isVisible()); i++) {
      await p.page.getByText('Checking — do not pay again.').waitFor();
      await p.page.getByRole('button', { name: 'Check now' }).click();
      await p.page.waitForLoadState('load');
    }
  }
  // hydrated, the checking page turns into the receipt by itself
  await receipt.waitFor({ timeout: 15000 });
  // the print button is an island: there once live, absent where it could not work
  const print = p.page.getByRole('button', { name: 'Print the receipt' });
  if (p.mode === 'hydrated') await print.waitFor();
  else assert.equal(await print.count(), 0);
  const reference = await p.page.locator('.reference').innerText();
  assert.match(reference, /^LL\d{8}-[A-Z2-9]{6}$/);
  return reference;
}

for (const mode of MODES) {
  describe(`pay (${mode})`, () => {
    test('a resident pays one bill and sees the receipt', async () => {
      const p = await openPage(ctx.browser, mode);
      await signIn(p, ctx.server.base, people[mode].resident);
      await visit(p, `${ctx.server.base}/`);
      await p.page.getByRole('link', { name: /Pay bills/ }).click();
      await p.page.waitForURL(`${ctx.server.base}/pay`);
      await settle(p);
      await p.page.getByRole('heading', { name: 'What your household owes' }).waitFor();
      await p.page.getByText('Linli never asks for your code by phone', { exact: false }).first().waitFor();
      await p.page.getByRole('heading', { name: 'Water' }).waitFor();
      await p.page.getByRole('link', { name: iso('Pay Water: ¥', { start: true }) }).click();
      await p.page.waitForURL(/\/pay\/confirm/);
      await settle(p);
      // check your answers: what, to whom, how much, how
      await p.page.getByRole('heading', { name: 'Check and pay' }).waitFor();
      await p.page.getByText(/^Paid to: /).first().waitFor();
      assert.equal(await p.page.getByRole('radio', { name: /WeChat Pay/ }).isChecked(), true);
      await p.page.getByRole('radio', { name: /Alipay/ }).waitFor();
      await p.page.getByRole('button', { name: iso('Pay ¥', { start: true }) }).click();
      await p.page.waitForURL(/\/sandbox\/pay\//);
      await settle(p);
      const reference = await payAtSandboxAndSeeReceipt(p);
      await p.page.getByRole('cell', { name: /^Water/ }).waitFor();
      // the bill now shows as paid, and the payment is in the history
      await visit(p, `${ctx.server.base}/pay`);
      await p.page.getByRole('heading', { name: 'Paid recently' }).waitFor();
      await visit(p, `${ctx.server.base}/pay/history`);
      await p.page.getByRole('link', { name: iso(`Receipt ${reference}`) }).waitFor();
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });

    test('a family proxy pays the parent\'s bill, and the receipt says who paid', async () => {
      const p = await openPage(ctx.browser, mode);
      await signIn(p, ctx.server.base, people[mode].proxy);
      await visit(p, `${ctx.server.base}/pay`);
      await p.page.getByRole('heading', { name: 'Whose bills' }).waitFor();
      const parent = p.page.getByRole('navigation', { name: 'Whose bills' }).getByRole('link').first();
      const parentName = (await parent.locator('bdi').first().innerText()).trim();
      await parent.click();
      await p.page.waitForURL(/\/pay\?for=/);
      await settle(p);
      await p.page.getByRole('link', { name: iso('Pay Gas: ¥', { start: true }) }).click();
      await p.page.waitForURL(/\/pay\/confirm/);
      await settle(p);
      await p.page.getByText('You, on their behalf').waitFor();
      await p.page.getByRole('button', { name: iso('Pay ¥', { start: true }) }).click();
      await p.page.waitForURL(/\/sandbox\/pay\//);
      await settle(p);
      await payAtSandboxAndSeeReceipt(p);
      const facts = await p.page.locator('.receipt-facts').innerText();
      assert.match(facts, /Paid on behalf of/);
      assert.ok(facts.includes(parentName), `receipt names ${parentName}`);
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });

    test('scan-to-pay: a phone pays what the kiosk shows, and the kiosk says paid', async () => {
      const kiosk = await openPage(ctx.browser, mode, { kiosk: true });
      await visit(kiosk, `${ctx.server.base}/?kiosk=1`);
      await signIn(kiosk, ctx.server.base, people[mode].kiosk);
      await visit(kiosk, `${ctx.server.base}/pay`);
      await kiosk.page.getByRole('button', { name: 'Pay all with a phone' }).click();
      await kiosk.page.waitForURL(/\/pay\/kiosk\//);
      await settle(kiosk);
      await kiosk.page.getByRole('img', { name: 'QR code to pay with a phone' }).waitFor();
      const link = (await kiosk.page.locator('.scan-link').innerText()).trim();
      assert.match(link, /\/pay\/scan\//);
      // a second browser: the phone, not signed in
      const phone = await openPage(ctx.browser, mode);
      await phone.context.addCookies([{ name: 'linli_lang', value: 'en', url: ctx.server.base }]);
      await visit(phone, link);
      await phone.page.getByRole('heading', { name: 'Pay household bills' }).waitFor();
      await phone.page.getByText('You, as a visitor').waitFor();
      await phone.page.getByRole('button', { name: iso('Pay ¥', { start: true }) }).click();
      await phone.page.waitForURL(/\/sandbox\/pay\//);
      await settle(phone);
      await payAtSandboxAndSeeReceipt(phone);
      // the kiosk follows by itself when hydrated; without JavaScript, "Check now"
      const paid = kiosk.page.getByRole('heading', { name: 'Paid', exact: true });
      if (mode === 'nojs') {
        await kiosk.page.getByRole('link', { name: 'Check now' }).click();
        await kiosk.page.waitForLoadState('load');
      }
      await paid.waitFor({ timeout: 15000 });
      await kiosk.page.getByText('Paid. Thank you.').waitFor();
      // the code works once
      await visit(phone, link);
      await phone.page.getByText('This code was already used to pay.').waitFor();
      assert.deepEqual(kiosk.errors, []);
      assert.deepEqual(phone.errors, []);
      await phone.context.close();
      await kiosk.context.close();
    });
  });
}
