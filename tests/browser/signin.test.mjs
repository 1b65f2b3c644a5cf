// Sign-in with a phone number and a one-time code, end to end, with
// JavaScript off and hydrated.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, openPage, readDemoCode, settle, signIn, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser();

const phones = { nojs: '13900000001', hydrated: '13900000003', nowasm: '13900000005' };

for (const mode of MODES) {
  describe(`sign-in (${mode})`, () => {
    test('a wrong number is explained next to the field and what was typed stays', async () => {
      const p = await openPage(ctx.browser, mode);
      await visit(p, `${ctx.server.base}/login`);
      const field = p.page.getByLabel('Sign in with your mobile phone number');
      await field.fill('138 123');
      await p.page.getByRole('button', { name: 'Send me a code' }).click();
      await p.page.waitForURL(/error=phone-invalid/);
      await settle(p);
      await p.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      const message = p.page.locator('#phone-error');
      assert.match(await message.innerText(), /11 digits/);
      assert.equal(await field.inputValue(), '138 123');
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });

    test('sign in with a code and see name, community and family', async () => {
      const p = await openPage(ctx.browser, mode);
      const phone = phones[mode];
      await visit(p, `${ctx.server.base}/login`);
      await p.page.getByRole('button', { name: 'English' }).click();
      await p.page.waitForFunction(() => document.documentElement.lang === 'en');
      await settle(p);
      await p.page.getByLabel('Sign in with your mobile phone number').fill(phone);
      await p.page.getByRole('button', { name: 'Send me a code' }).click();
      await p.page.waitForURL(`${ctx.server.base}/login/code`);
      await settle(p);
      // the number is masked and the expiry time is shown
      await p.page.getByText(`${phone.slice(0, 3)}****${phone.slice(7)}`).waitFor();
      await p.page.getByText(/The code works until/).waitFor();
      // a wrong code first
      const code = await readDemoCode(p, ctx.server.base);
      const wrong = code === '000000' ? '111111' : '000000';
      await p.page.getByLabel('Enter the code from the text message').fill(wrong);
      await p.page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await p.page.waitForURL(/error=code-wrong/);
      await settle(p);
      await p.page.getByText(/You can try \u2068?4\u2069? more times/).first().waitFor();
      await p.page.getByLabel('Enter the code from the text message').fill(code);
      await p.page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await p.page.waitForURL(`${ctx.server.base}/me`);
      await settle(p);
      await p.page.getByRole('heading', { level: 1 }).waitFor();
      const text = await p.page.locator('main').innerText();
      assert.match(text, /\*\*\*\*/, 'masked phone');
      assert.ok(!text.includes(phone), 'raw phone never shown');
      await p.page.getByRole('heading', { name: 'My family' }).waitFor();
      assert.match(text, /Community/);
      // the header now names the person
      await p.page.locator('header').getByRole('link', { name: /Signed in as/ }).waitFor();
      await p.page.getByRole('button', { name: 'Sign out' }).click();
      await p.page.waitForURL(/signed_out=1/);
      await settle(p);
      await p.page.getByText('You have signed out.').waitFor();
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });
  });
}

test('sign-in also works where WebAssembly cannot run', async () => {
  const p = await openPage(ctx.browser, 'nowasm');
  await signIn(p, ctx.server.base, phones.nowasm);
  await p.page.getByRole('heading', { name: 'My family' }).waitFor();
  assert.equal(await p.page.locator('html').getAttribute('data-no-wasm'), '1');
  assert.deepEqual(p.errors, []);
  await p.context.close();
});
