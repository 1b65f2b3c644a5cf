// Joining Linli (issue 13), as people do it, with JavaScript off and
// hydrated: a newcomer asks to join their home and the grid worker confirms
// in a second browser; a daughter asks to link to her mother and the mother
// confirms at a kiosk with staff beside her; axe finds nothing on the
// joining pages in zh-CN, ug and en, standard and elder mode.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, iso, MODES, openPage, settle, signIn, signInOnce, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser();

const people = {
  nojs: { newcomer: '13700007001', name: 'Zhou Ming', home: '1-202', daughter: '13900000006', mother: '13900000018', motherName: 'Ma Fulin' },
  hydrated: { newcomer: '13700007002', name: 'Wu Fang', home: '2-502', daughter: '13900000021', mother: '13900000019', motherName: 'Hai Yulan' },
};

for (const mode of MODES) {
  describe(`joining (${mode})`, () => {
    test('a newcomer joins her home and the grid worker of that grid confirms', async () => {
      const base = ctx.server.base;
      const who = people[mode];
      const joiner = await openPage(ctx.browser, mode);
      await signIn(joiner, base, who.newcomer, '/me/join'); // a number Linli does not know yet
      await joiner.page.getByRole('heading', { name: 'Which building do you live in?' }).waitFor();
      await joiner.page.getByRole('region', { name: /147th Regiment/ }).getByRole('link', { name: 'Building 1' }).click();
      await joiner.page.waitForURL(/\/me\/join\/regiment-b1$/);
      await settle(joiner);
      // sent without answers: each problem by its field, nothing lost
      await joiner.page.getByLabel('Your name').fill(who.name);
      await joiner.page.getByRole('button', { name: 'Send my request' }).click();
      await joiner.page.waitForURL(/e_unit=unit-missing/);
      await settle(joiner);
      await joiner.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      assert.equal(await joiner.page.getByLabel('Your name').inputValue(), who.name);
      await joiner.page.getByLabel('Your home (unit number)').selectOption({ label: who.home });
      await joiner.page.getByRole('radio', { name: 'Tenant' }).check();
      await joiner.page.getByRole('button', { name: 'Send my request' }).click();
      await joiner.page.waitForURL(/\/me\/join\?done=sent/);
      await settle(joiner);
      await joiner.page.getByRole('heading', { name: 'Your request is waiting to be checked' }).waitFor();
      await joiner.page.getByText('Waiting for the grid worker or the service centre to check').waitFor();
      // no household bills yet
      await visit(joiner, `${base}/pay`);
      await joiner.page.getByText('Linli does not know your home yet').waitFor();

      const worker = await openPage(ctx.browser, mode);
      await signInOnce(worker, base, '13900000008'); // Chen Haiyan, grid 1 of the regiment
      await visit(worker, `${base}/me`);
      await worker.page.getByRole('link', { name: 'Join requests' }).click();
      await worker.page.waitForURL(`${base}/grid/joins`);
      await settle(worker);
      const card = worker.page.getByRole('listitem').filter({ has: worker.page.getByRole('heading', { name: who.name }) });
      await card.getByRole('radio', { name: 'I visited the home' }).check();
      await card.getByRole('button', { name: iso(`Confirm ${who.name}`) }).click();
      await worker.page.waitForURL(/done=confirmed/);
      await settle(worker);
      await worker.page.getByText('Confirmed. They have joined their home.').waitFor();

      await visit(joiner, `${base}/pay`);
      await joiner.page.getByText('What your household owes').waitFor();
      assert.deepEqual(joiner.errors, []);
      assert.deepEqual(worker.errors, []);
      await joiner.context.close();
      await worker.context.close();
    });

    test('a daughter links to her mother, who confirms at a kiosk with staff', async () => {
      const base = ctx.server.base;
      const who = people[mode];
      const daughter = await openPage(ctx.browser, mode);
      await signIn(daughter, base, who.daughter);
      await daughter.page.getByRole('link', { name: 'Family links' }).click();
      await daughter.page.waitForURL(`${base}/me/family`);
      await settle(daughter);
      await daughter.page.getByRole('link', { name: 'Link to a parent' }).click();
      await daughter.page.waitForURL(`${base}/me/family/new`);
      await settle(daughter);
      await daughter.page.getByLabel("Your parent's phone number").fill(who.mother);
      await daughter.page.getByRole('radio', { name: 'Daughter' }).check();
      await daughter.page.getByRole('checkbox', { name: /Pay bills/ }).check();
      await daughter.page.getByRole('checkbox', { name: /Health/ }).check();
      await daughter.page.getByRole('button', { name: 'Send the request' }).click();
      await daughter.page.waitForURL(/linked=asked/);
      await settle(daughter);
      await daughter.page.getByText('Your request has been sent.').waitFor();
      await daughter.page.getByText('Waiting for an answer').waitFor();

      // the mother at the service centre's kiosk
      const kiosk = await openPage(ctx.browser, mode, { kiosk: true });
      await visit(kiosk, `${base}/?kiosk=1`);
      await signIn(kiosk, base, who.mother);
      await visit(kiosk, `${base}/me/family`);
      await kiosk.page.getByText('Staff can help you here. Only you decide.').waitFor();
      const request = kiosk.page.getByRole('listitem').filter({ hasText: 'Says they are your daughter' });
      const health = request.getByRole('checkbox', { name: /Health/ });
      assert.ok(await health.isChecked(), 'what she was asked for is ticked');
      await health.uncheck();
      await request.getByRole('button', { name: 'Yes, link us' }).click();
      await kiosk.page.waitForURL(/linked=confirmed/);
      await settle(kiosk);
      await kiosk.page.getByText('You are linked now.').waitFor();
      const link = kiosk.page.getByRole('listitem').filter({ hasText: 'Agreed at a kiosk' });
      await link.getByRole('button', { name: iso('Stop: Pay bills') }).waitFor();
      await link.getByRole('button', { name: iso('Allow: Health') }).waitFor();

      // the daughter may pay her bills now, and only that
      await visit(daughter, `${base}/me/family`);
      const mine = daughter.page.getByRole('listitem').filter({ hasText: who.motherName });
      assert.match(await mine.innerText(), /Pay bills: allowed/);
      assert.match(await mine.innerText(), /Health: not allowed/);
      assert.deepEqual(daughter.errors, []);
      assert.deepEqual(kiosk.errors, []);
      await daughter.context.close();
      await kiosk.context.close();
    });
  });
}

const LANGS = ['zh-CN', 'ug', 'en'];

for (const mode of ['nowasm', 'hydrated']) {
  describe(`joining axe (${mode === 'nowasm' ? 'server-rendered' : 'hydrated'})`, () => {
    for (const elder of [false, true]) {
      test(`joining pages in zh-CN, ug, en${elder ? ', elder mode' : ''}`, async () => {
        const base = ctx.server.base;
        const problems = [];
        const check = async (phone, paths) => {
          const p = await openPage(ctx.browser, mode, { bypassCSP: true });
          await p.context.addCookies([{ name: 'linli_elder', value: elder ? '1' : '0', url: base }]);
          await signInOnce(p, base, phone);
          for (const path of paths) {
            for (const lang of LANGS) {
              await p.context.addCookies([{ name: 'linli_lang', value: lang, url: base }]);
              await visit(p, `${base}${path}`);
              for (const v of await audit(p.page, elder)) problems.push(`${lang} ${path}: ${v}`);
            }
          }
          await p.context.close();
        };
        // Turghun Qadir: a request from his grandson waits for his answer
        await check('13900000005', ['/me', '/me/family', '/me/family/new?e_phone=phone-invalid&e_purposes=purpose-missing', '/me/phone', '/me/data']);
        // Wang Meiling, staff of the regiment community
        await check('13900000024', [
          '/me/join',
          '/me/join/regiment-b1?e_unit=unit-missing&e_claim=claim-missing',
          '/grid/joins',
          '/staff/roles?e_phone=phone-unknown',
          '/staff/register?unit=regiment-b1:1-101',
          '/staff/family',
        ]);
        assert.deepEqual(problems, []);
      });
    }
  });
}
