// Accessibility of the government-service pages: axe-core finds no
// violations in zh-CN, ug and en, standard and elder mode, server-rendered
// (no WebAssembly) and hydrated.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, openPage, settle, signIn, useServerAndBrowser, visit } from './helpers.mjs';

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

/** Sends an application for the old-age allowance through the API, as the signed-in page's user. */
async function sendApplication(p, base) {
  const post = (path, form) => p.page.request.post(`${base}${path}`, { form, headers: { origin: base }, maxRedirects: 0 });
  await post('/api/gov/apply/save', { item: 'elderly-allowance', step: '0', value: '1942-04-05', then: 'next' });
  await post('/api/gov/apply/save', { item: 'elderly-allowance', step: '1', value: 'alone', then: 'next' });
  const pdf = { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF') };
  await p.page.request.post(`${base}/gov/apply/elderly-allowance/documents`, {
    multipart: { then: 'next', 'doc_id-card': pdf, 'doc_bank-card': pdf }, headers: { origin: base }, maxRedirects: 0,
  });
  const res = await post('/api/gov/apply/submit', { item: 'elderly-allowance' });
  return res.headers().location.replace('?submitted=1', '');
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
