// Government services in a real browser, JavaScript off and hydrated: a
// resident reports a problem with a photo; the grid worker, in a second
// browser, accepts and resolves it; the resident confirms and rates it. And
// an online application goes through one question per page and
// check-your-answers to a tracking number.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, openPage, settle, signIn, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser();

const people = {
  nojs: { resident: '13900000003', worker: '13900000008', applicant: '13900000004', requester: '13900000015' },
  hydrated: { resident: '13900000018', worker: '13900000021', applicant: '13900000019', requester: '13900000016' },
};

/** A small JPEG, drawn by the browser itself. */
async function jpeg(browser) {
  const page = await browser.newPage();
  const url = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 80; c.height = 60;
    const g = c.getContext('2d');
    g.fillStyle = '#2a7'; g.fillRect(0, 0, 80, 60);
    return c.toDataURL('image/jpeg', 0.9);
  });
  await page.close();
  return Buffer.from(url.split(',')[1], 'base64');
}

async function click(p, role, name) {
  await p.page.getByRole(role, { name }).click();
  await p.page.waitForLoadState('load');
  await settle(p);
}

for (const mode of MODES) {
  describe(`government services (${mode})`, () => {
    test('a report goes to the grid worker, is resolved, and the resident rates it', async () => {
      const base = ctx.server.base;
      const resident = await openPage(ctx.browser, mode);
      await signIn(resident, base, people[mode].resident);
      await visit(resident, `${base}/gov`);
      await click(resident, 'link', 'Report a problem');
      await resident.page.getByRole('heading', { name: 'Report a problem' }).waitFor();
      // sending without a category: the problem is named and nothing typed is lost
      await resident.page.getByLabel('Tell us more (optional)').fill('The light by the east gate is out.');
      await click(resident, 'button', 'Send the report');
      await resident.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      assert.equal(await resident.page.getByLabel('Tell us more (optional)').inputValue(), 'The light by the east gate is out.');
      await resident.page.getByRole('radio', { name: 'Street light broken' }).check();
      await resident.page.getByLabel('Add a photo (optional)').setInputFiles({ name: 'light.jpg', mimeType: 'image/jpeg', buffer: await jpeg(ctx.browser) });
      await click(resident, 'button', 'Send the report');
      await resident.page.getByRole('heading', { name: 'Your report was sent' }).waitFor();
      const tracking = (await resident.page.locator('.confirmation .reference').innerText()).trim();
      assert.match(tracking, /^GR\d{8}-[A-Z2-9]{5}$/);
      await resident.page.getByRole('img', { name: 'Photo sent with the report' }).waitFor();

      // the grid worker, in another browser
      const worker = await openPage(ctx.browser, mode);
      await signIn(worker, base, people[mode].worker);
      await visit(worker, `${base}/grid`);
      await worker.page.getByText(tracking).waitFor();
      await worker.page.getByRole('link', { name: 'Street light broken' }).first().click();
      await worker.page.waitForURL(/\/gov\/cases\//);
      await settle(worker);
      await click(worker, 'button', 'Accept');
      await worker.page.getByText('Accepted.').waitFor();
      await worker.page.getByLabel('What was done').fill('Bulb replaced this morning.');
      await click(worker, 'button', 'Mark as done');
      await worker.page.getByText('Marked as done.', { exact: false }).waitFor();

      // the resident follows it in plain words, confirms and rates
      await visit(resident, `${base}/gov/mine`);
      await resident.page.getByText('Done — please confirm').waitFor();
      await click(resident, 'link', 'Street light broken');
      await resident.page.getByText('Bulb replaced this morning.').waitFor();
      await resident.page.getByRole('radio', { name: 'Well', exact: true }).check();
      await click(resident, 'button', 'Confirm it is done');
      await resident.page.getByText('Thank you. Closed with your rating.').waitFor();
      const timeline = await resident.page.getByRole('list').filter({ hasText: 'Sent — waiting for the grid worker' }).innerText();
      for (const step of ['Accepted', 'Done — please confirm', 'Closed']) assert.ok(timeline.includes(step), `timeline shows ${step}`);
      assert.deepEqual(resident.errors, []);
      assert.deepEqual(worker.errors, []);
      await worker.context.close();
      await resident.context.close();
    });

    test('the typed-back text on a 12345 error is shown again without appearing in the URL', async () => {
      const base = ctx.server.base;
      const p = await openPage(ctx.browser, mode);
      await signIn(p, base, people[mode].requester);
      await visit(p, `${base}/gov/12345`);
      await p.page.getByRole('heading', { name: 'Write to 12345', level: 1 }).waitFor();
      const words = 'The lift in building 3 stops between floors. Call me on 13912345678.';
      await p.page.getByRole('radio', { name: 'Complaint' }).check();
      await p.page.getByRole('textbox', { name: 'Your request' }).fill(words);
      // no subject: the form comes back with the problem named
      await click(p, 'button', 'Send to 12345');
      await p.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      await p.page.getByRole('link', { name: 'Write a subject' }).waitFor();
      const url = decodeURIComponent(p.page.url());
      assert.match(url, /e_topic=topic-missing/);
      for (const typed of ['13912345678', 'lift', 'text=', 'kind=', 'complaint']) {
        assert.ok(!url.includes(typed), `${typed} is not in ${url}`);
      }
      // …yet everything typed is there again
      assert.equal(await p.page.getByRole('textbox', { name: 'Your request' }).inputValue(), words);
      assert.ok(await p.page.getByRole('radio', { name: 'Complaint' }).isChecked());
      // corrected and sent: a tracking number, and the kept text is gone
      await p.page.getByRole('textbox', { name: 'Subject' }).fill('Lift');
      await click(p, 'button', 'Send to 12345');
      await p.page.getByRole('heading', { name: 'Your request was sent' }).waitFor();
      assert.ok(!p.page.url().includes('13912345678'));
      await visit(p, `${base}/gov/12345?e_topic=topic-missing`);
      assert.equal(await p.page.getByRole('textbox', { name: 'Your request' }).inputValue(), '');
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });

    test('an online application: one question per page, check your answers, a tracking number', async () => {
      const base = ctx.server.base;
      const p = await openPage(ctx.browser, mode);
      await signIn(p, base, people[mode].applicant);
      await visit(p, `${base}/gov/services`);
      await p.page.getByRole('searchbox', { name: 'Search for a service' }).fill('allowance');
      await click(p, 'button', 'Search');
      await p.page.getByRole('heading', { name: /found for/ }).waitFor();
      // the first result that can be done online
      const online = p.page.getByRole('listitem').filter({ hasText: 'Can be done online' }).first();
      await online.getByRole('link').click();
      await p.page.waitForURL(/\/gov\/services\//);
      await settle(p);
      await click(p, 'link', 'Apply online');
      // answer each question; a value that does not fit is explained and another tried
      for (let guard = 0; guard < 12 && !(await p.page.getByRole('heading', { name: 'Check your answers' }).isVisible()); guard++) {
        if (await p.page.getByRole('heading', { name: 'Send your documents' }).isVisible()) {
          // every document the service asks for, as a PDF
          const inputs = p.page.locator('input[type=file]');
          for (let i = 0; i < (await inputs.count()); i++) {
            await inputs.nth(i).setInputFiles({ name: `scan-${i + 1}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF') });
          }
          await click(p, 'button', 'Continue');
          continue;
        }
        await p.page.getByText(/Question \S+ of \S+|Send your documents/).first().waitFor();
        if (await p.page.getByRole('heading', { name: 'Send your documents' }).isVisible()) continue;
        const radios = p.page.getByRole('radio');
        if (await radios.count()) {
          await radios.first().check();
          await click(p, 'button', 'Continue');
          continue;
        }
        const field = p.page.locator('#answer');
        for (const value of ['1950-03-07', '2', 'Li Guilan, lives alone, needs help at home']) {
          await field.fill(value);
          await click(p, 'button', 'Continue');
          if (!(await p.page.getByRole('heading', { name: 'There is a problem' }).isVisible())) break;
        }
      }
      await p.page.getByRole('heading', { name: 'Check your answers' }).waitFor();
      await p.page.getByRole('link', { name: /^Change/ }).first().waitFor();
      await p.page.getByText('scan-1.pdf').waitFor();
      await click(p, 'button', 'Send the application');
      await p.page.getByRole('heading', { name: 'Application sent' }).waitFor();
      assert.match(await p.page.locator('.confirmation .reference').innerText(), /^AP\d{8}-/);
      await visit(p, `${base}/gov/mine`);
      await p.page.getByText('Sent — waiting for staff to check').first().waitFor();
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });
  });
}
