// Community staff manage the service items in a real browser, JavaScript off
// and hydrated: a new service is added (a missing Uyghur name is explained
// and nothing typed is lost), residents find it by searching, staff rename
// it, retire it (residents no longer find it) and restore it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, iso, openPage, settle, signIn, signInOnce, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser();

const residents = { nojs: '13900000003', hydrated: '13900000015' };
const STAFF = '13900000010';

async function click(p, role, name) {
  await p.page.getByRole(role, { name, exact: true }).click();
  await settle(p);
}

/** The input (or text area) for one language of one text: "English" in the group "Name of the service". */
function field(p, text, language) {
  return p.page.getByRole('group', { name: text, exact: true }).getByLabel(language, { exact: true });
}

/** Every required text of a new service, in Chinese, Uyghur and English. */
function texts(title) {
  return {
    'Name of the service': { Chinese: '老年人渡轮乘车卡', Uyghur: 'ياشانغانلار پاراخوت كارتىسى', English: title },
    'Short description': { Chinese: '老年人免费乘坐渡轮。', Uyghur: 'ياشانغانلار پاراخوتقا ھەقسىز چىقىدۇ.', English: 'Older people ride the ferry for free.' },
    'Who can apply': { Chinese: '65岁以上的居民。', Uyghur: '65 ياشتىن ئاشقان ئاھالىلەر.', English: 'Residents aged 65 or over.' },
    Fee: { Chinese: '免费', Uyghur: 'ھەقسىز', English: 'Free' },
    'How long it takes': { Chinese: '当场办结', Uyghur: 'شۇ يەردىلا', English: 'On the spot' },
    'Where to go': { Chinese: '社区服务中心', Uyghur: 'مەھەللە مۇلازىمەت مەركىزى', English: 'Community service centre' },
    'What to bring or send': {
      Chinese: '身份证\n一张照片',
      Uyghur: 'كىملىك\nبىر پارچە سۈرەت',
      English: 'ID card\nOne photo',
    },
    Steps: {
      Chinese: '带上证件来服务中心\n当场领卡',
      Uyghur: 'كىنىشكىلەرنى ئېلىپ مۇلازىمەت مەركىزىگە كېلىڭ\nكارتىنى شۇ يەردىلا ئېلىڭ',
      English: 'Come to the service centre with your documents\nTake the card home the same day',
    },
  };
}

/** A resident searches for "ferry"; returns whether the service is among the results. */
async function residentFinds(p, base, title) {
  await visit(p, `${base}/gov/services?q=ferry`);
  await p.page.getByRole('heading', { name: /found for/ }).waitFor();
  const results = p.page.getByRole('region', { name: /found for/ });
  return (await results.getByRole('link', { name: title, exact: true }).count()) === 1;
}

for (const mode of MODES) {
  describe(`managing services, ${mode === 'nojs' ? 'JavaScript off' : 'hydrated'}`, () => {
    test('staff add a service residents find, rename it, retire it and restore it', async () => {
      const base = ctx.server.base;
      const title = `Ferry pass for elders (${mode})`;
      const renamed = `Ferry pass for older people (${mode})`;
      const staff = await openPage(ctx.browser, mode);
      await signInOnce(staff, base, STAFF);
      await visit(staff, `${base}/staff/services`);
      await staff.page.getByRole('heading', { name: 'Manage services', level: 1 }).waitFor();
      await click(staff, 'link', 'Add a service');
      await staff.page.getByRole('heading', { name: 'Add a service', level: 1 }).waitFor();

      // everything but the Uyghur name
      for (const [text, byLanguage] of Object.entries(texts(title))) {
        for (const [language, value] of Object.entries(byLanguage)) {
          if (text === 'Name of the service' && language === 'Uyghur') continue;
          await field(staff, text, language).fill(value);
        }
      }
      await staff.page.getByLabel('Category', { exact: true }).selectOption({ label: 'Elderly care' });
      await staff.page.getByRole('checkbox', { name: /Residents can book a visit/ }).check();
      await click(staff, 'button', 'Save');
      await staff.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await staff.page.getByRole('link', { name: iso('Name of the service (Uyghur): Write this in Uyghur.') }).waitFor();
      const nameGroup = staff.page.getByRole('group', { name: 'Name of the service', exact: true });
      await nameGroup.getByText(iso('Error: Write this in Uyghur.')).waitFor();
      assert.equal(await staff.page.getByText(/Write this in/).count(), 2, 'once in the summary, once by the field');
      // nothing typed is lost
      assert.equal(await field(staff, 'Name of the service', 'English').inputValue(), title);
      assert.equal(await field(staff, 'Name of the service', 'Chinese').inputValue(), '老年人渡轮乘车卡');
      assert.equal(await field(staff, 'Name of the service', 'Uyghur').inputValue(), '');
      assert.equal(await field(staff, 'Steps', 'English').inputValue(), texts(title).Steps.English);
      assert.equal(await field(staff, 'Who can apply', 'Uyghur').inputValue(), texts(title)['Who can apply'].Uyghur);
      assert.equal(await staff.page.getByLabel('Category', { exact: true }).inputValue(), 'elderly');
      assert.ok(await staff.page.getByRole('checkbox', { name: /Residents can book a visit/ }).isChecked());

      await field(staff, 'Name of the service', 'Uyghur').fill(texts(title)['Name of the service'].Uyghur);
      await click(staff, 'button', 'Save');
      await staff.page.getByRole('status').filter({ hasText: iso(`Saved: ${title}. Residents see the change now.`) }).waitFor();
      await staff.page.getByRole('heading', { name: title, exact: true }).waitFor();

      // a resident finds it
      const resident = await openPage(ctx.browser, mode);
      await signIn(resident, base, residents[mode]);
      assert.ok(await residentFinds(resident, base, title), 'found by a resident');

      // staff change the English name
      await click(staff, 'link', `Edit ${title}`);
      await staff.page.getByRole('heading', { name: 'Change a service', level: 1 }).waitFor();
      const id = new URL(staff.page.url()).searchParams.get('id');
      assert.ok(id, 'the form names the service in its address');
      assert.equal(await field(staff, 'Name of the service', 'English').inputValue(), title);
      await field(staff, 'Name of the service', 'English').fill(renamed);
      await click(staff, 'button', 'Save');
      await staff.page.getByRole('status').filter({ hasText: iso(`Saved: ${renamed}. Residents see the change now.`) }).waitFor();
      await visit(resident, `${base}/gov/services/${id}`);
      await resident.page.getByRole('heading', { name: renamed, exact: true, level: 1 }).waitFor();
      await resident.page.getByText('Older people ride the ferry for free.').waitFor();

      // retired: residents no longer find it
      await click(staff, 'button', `Retire ${renamed}`);
      await staff.page.getByRole('status').filter({ hasText: iso(`Retired: ${renamed}. Residents no longer see it.`) }).waitFor();
      await staff.page.getByRole('listitem').filter({ hasText: renamed }).getByText('Retired', { exact: true }).waitFor();
      assert.equal(await residentFinds(resident, base, renamed), false, 'a retired service is not found');
      await visit(resident, `${base}/gov/services/${id}`);
      await resident.page.getByText('We cannot find this service.').waitFor();

      // restored: found again
      await click(staff, 'button', `Restore ${renamed}`);
      await staff.page.getByRole('status').filter({ hasText: iso(`Restored: ${renamed}. Residents can find it again.`) }).waitFor();
      await staff.page.getByRole('listitem').filter({ hasText: renamed }).getByText('Shown to residents', { exact: true }).waitFor();
      assert.ok(await residentFinds(resident, base, renamed), 'found again once restored');

      assert.deepEqual(staff.errors, []);
      assert.deepEqual(resident.errors, []);
      await resident.context.close();
      await staff.context.close();
    });
  });
}
