// Accessibility of the government-service pages: axe-core finds no
// violations in zh-CN, ug and en, standard and elder mode, server-rendered
// (no WebAssembly) and hydrated.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, openPage, settle, signIn, signInOnce, useServerAndBrowser, visit } from './helpers.mjs';
import { sendApplication } from './walk.mjs';

const ctx = useServerAndBrowser();
const LANGS = ['zh-CN', 'ug', 'en'];
const phones = { nowasm: ['13900000005', '13900000007'], hydrated: ['13900000012', '13900000013'] };

for (const mode of ['nowasm', 'hydrated']) {
  describe(`government services axe (${mode === 'nowasm' ? 'server-rendered' : 'hydrated'})`, () => {
    for (const elder of [false, true]) {
      test(`pages in zh-CN, ug, en${elder ? ', elder mode' : ''}`, async () => {
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
        await signIn(p, base, phones[mode][elder ? 1 : 0]);
        for (const path of ['/gov', '/gov/services', '/gov/services?q=allowance', '/gov/report', '/gov/12345']) await inEachLanguage(path);
        // a guide, and the first question of an application
        await visit(p, `${base}/gov/services?q=allowance`);
        await p.page.getByRole('listitem').filter({ hasText: 'Can be done online' }).first().getByRole('link').click();
        await p.page.waitForURL(/\/gov\/services\//);
        const guide = new URL(p.page.url()).pathname;
        await inEachLanguage(guide);
        const apply = guide.replace('/gov/services/', '/gov/apply/');
        await inEachLanguage(apply);
        // its documents page, with every document asked for, and check your answers
        await inEachLanguage(`${apply}/documents?e_id-card=doc-missing`);
        await inEachLanguage(`${apply}/check`);
        // booking a visit: the day, the time, the booking
        await inEachLanguage('/gov/visit/registration-id-card');
        const day = await p.page.getByRole('radio', { disabled: false }).first().getAttribute('value');
        await inEachLanguage(`/gov/visit/registration-id-card?day=${day}&error=visit-full`);
        await visit(p, `${base}/gov/visit/registration-id-card?day=${day}`);
        await p.page.getByRole('radio', { disabled: false }).last().check();
        await p.page.getByRole('button', { name: 'Book this time' }).click();
        await p.page.waitForURL(/\/gov\/visits\//);
        await settle(p);
        await inEachLanguage(new URL(p.page.url()).pathname + '?booked=1');
        // a request, its confirmation and timeline, and the list of mine
        await visit(p, `${base}/gov/12345`);
        await p.page.getByRole('radio', { name: 'Suggestion' }).check();
        await p.page.getByLabel('Subject').fill('Benches');
        await p.page.getByLabel('Your request').fill('Please add benches along the path.');
        await p.page.getByRole('button', { name: 'Send to 12345' }).click();
        await p.page.waitForURL(/\/gov\/cases\//);
        await settle(p);
        await inEachLanguage(new URL(p.page.url()).pathname);
        await inEachLanguage('/gov/mine');
        assert.deepEqual(problems, []);
        assert.deepEqual(p.errors, []);
        await p.context.close();
      });
    }
  });
}

test('grid worker and staff pages have no violations (elder, hydrated)', async () => {
  const base = ctx.server.base;
  const problems = [];
  let application = null;
  for (const [phone, paths] of [
    ['13900000009', ['/grid']],
    ['13900000010', ['/staff/gov', '/staff/applications', 'APPLICATION', '/staff/services', '/staff/services/new', '/staff/services/new?e_title_ug=missing', '/staff/services/edit?id=elderly-allowance', '/staff/kiosks', '/staff/kiosks?error=name-missing', '/problem?ref=ABC123DEF0']],
  ]) {
    const p = await openPage(ctx.browser, 'hydrated', { bypassCSP: true });
    await p.context.addCookies([{ name: 'linli_elder', value: '1', url: base }]);
    await signIn(p, base, phone);
    // the grid worker also lives here: an application for staff to decide on
    if (!application) application = await sendApplication(p, base);
    for (const path of paths.map((x) => (x === 'APPLICATION' ? application : x))) {
      for (const lang of LANGS) {
        await p.context.addCookies([{ name: 'linli_lang', value: lang, url: base }]);
        await visit(p, `${base}${path}`);
        for (const v of await audit(p.page, true)) problems.push(`${lang} ${path}: ${v}`);
      }
    }
    assert.deepEqual(p.errors, []);
    await p.context.close();
  }
  assert.match(application, /^\/gov\/applications\/AP/);
  assert.deepEqual(problems, []);
});

// The workload chart of the Red Willow community (the regiment): a year of
// reports per 100 households, grid 1 busy all year, grid 2 only in winter.
// The drawing is hidden from screen readers; its table says the same.
test('the workload chart has its table, reads right to left in Uyghur, and has no violations', async () => {
  const base = ctx.server.base;
  const problems = [];
  for (const mode of ['nowasm', 'hydrated']) {
    for (const elder of [false, true]) {
      const p = await openPage(ctx.browser, mode, { bypassCSP: true });
      await signInOnce(p, base, '13900000024'); // Wang Meiling, staff of Red Willow
      await p.context.addCookies([{ name: 'linli_elder', value: elder ? '1' : '0', url: base }]);
      for (const lang of LANGS) {
        await p.context.addCookies([{ name: 'linli_lang', value: lang, url: base }]);
        await visit(p, `${base}/staff/gov`);
        for (const v of await audit(p.page, elder)) problems.push(`${mode} ${lang}${elder ? ' elder' : ''}: ${v}`);
        const figure = p.page.getByRole('figure');
        assert.equal(await figure.locator('svg.chart-drawing[aria-hidden="true"]').count(), 1, 'the drawing is decorative');
        // the oldest month is where reading begins: left, or right in Uyghur
        const labels = figure.locator('.chart-label');
        const [first, last] = [await labels.first().boundingBox(), await labels.last().boundingBox()];
        assert.ok(lang === 'ug' ? first.x > last.x : first.x < last.x, `${lang}: time axis in reading order`);
      }
      await p.context.addCookies([{ name: 'linli_lang', value: 'en', url: base }]);
      await visit(p, `${base}/staff/gov`);
      const table = p.page.getByRole('table', { name: 'The same numbers as a table: reports per 100 households' });
      await p.page.getByRole('region', { name: 'The same numbers as a table: reports per 100 households' }).waitFor();
      assert.deepEqual(await table.getByRole('columnheader').allInnerTexts(), ['Month', 'Grid 1', 'Grid 2']);
      assert.equal(await table.locator('tbody tr').count(), 12, 'twelve months');
      // grid 2 is busy in January and quiet in July; grid 1 has reports in both
      const cells = async (month) => table.getByRole('row').filter({ has: p.page.getByRole('rowheader', { name: new RegExp(month) }) }).getByRole('cell').allInnerTexts();
      const [january, july] = [(await cells('January')).map(Number), (await cells('July')).map(Number)];
      assert.ok(january[1] > 0 && july[1] === 0 && january[0] > 0 && july[0] > 0, `January ${january}, July ${july}`);
      await p.page.getByRole('listitem').filter({ hasText: 'Winter months (November to February)' }).waitFor();
      assert.deepEqual(p.errors, []);
      await p.context.close();
    }
  }
  assert.deepEqual(problems, []);
});
