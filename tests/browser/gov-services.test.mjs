// Government services in a real browser, JavaScript off and hydrated: an
// application's documents are checked and sent, and community staff (in a
// second browser) approve it with a note the resident reads; a resident
// books a time at the service centre and cancels it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, openPage, settle, signIn, signInOnce, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser();

const people = {
  nojs: { applicant: '13900000002', visitor: '13900000006' },
  hydrated: { applicant: '13900000018', visitor: '13900000022' },
};
const STAFF = '13900000010';

async function click(p, role, name) {
  await p.page.getByRole(role, { name }).click();
  await settle(p);
}

for (const mode of MODES) {
  describe(`government services, ${mode === 'nojs' ? 'JavaScript off' : 'hydrated'}`, () => {
    test('documents are checked and sent; staff approve with a note the resident reads', async () => {
      const base = ctx.server.base;
      const p = await openPage(ctx.browser, mode);
      await signIn(p, base, people[mode].applicant);
      await visit(p, `${base}/gov/services/elderly-allowance`);
      await click(p, 'link', 'Apply online');
      await p.page.getByLabel('Your date of birth').fill('1941-02-03');
      await click(p, 'button', 'Continue');
      await p.page.getByRole('radio', { name: 'Alone' }).check();
      await click(p, 'button', 'Continue');
      await p.page.getByRole('heading', { name: 'Send your documents' }).waitFor();
      // nothing chosen: each document is asked for by name
      await click(p, 'button', 'Continue');
      await p.page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      assert.equal(await p.page.getByText('Send this document before you continue.').count(), 4, 'twice per document: summary and field');
      // a text file named like a photo is refused; the good PDF beside it is kept
      await p.page.getByLabel('Photo of both sides of the ID card').setInputFiles({ name: 'id.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not really a photo') });
      await p.page.getByLabel(/bank card/).setInputFiles({ name: 'bank.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF') });
      await click(p, 'button', 'Continue');
      await p.page.getByRole('link', { name: /This file is not a photo or a PDF/ }).waitFor();
      await p.page.getByText('bank.pdf').waitFor();
      await p.page.getByLabel('Photo of both sides of the ID card').setInputFiles({ name: 'id.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF') });
      await click(p, 'button', 'Continue');
      await p.page.getByRole('heading', { name: 'Check your answers' }).waitFor();
      await p.page.getByText('id.pdf').waitFor();
      await click(p, 'button', 'Send the application');
      await p.page.getByRole('heading', { name: 'Application sent' }).waitFor();
      const reference = (await p.page.locator('.confirmation .reference').innerText()).trim();
      assert.match(reference, /^AP\d{8}-/);
      const statusPage = new URL(p.page.url()).pathname;

      const staff = await openPage(ctx.browser, mode);
      await signInOnce(staff, base, STAFF);
      await visit(staff, `${base}/staff/applications`);
      await staff.page.getByRole('listitem').filter({ hasText: reference }).getByRole('link', { name: 'Old-age allowance' }).click();
      await settle(staff);
      await staff.page.getByRole('heading', { name: 'Decide on this application' }).waitFor();
      await staff.page.getByLabel('Note to the applicant').fill('Approved. Paid on the 10th of each month.');
      await click(staff, 'button', 'Approve');
      await staff.page.getByRole('status').filter({ hasText: 'Approved' }).waitFor();

      await visit(p, `${base}${statusPage}`);
      await p.page.getByText('Approved. Paid on the 10th of each month.').waitFor();
      await p.page.getByText('by community staff').waitFor();
      assert.deepEqual(p.errors, []);
      assert.deepEqual(staff.errors, []);
      await staff.context.close();
      await p.context.close();
    });

    test('a visit to the service centre is booked with a number, and cancelled', async () => {
      const base = ctx.server.base;
      const p = await openPage(ctx.browser, mode);
      await signIn(p, base, people[mode].visitor);
      await visit(p, `${base}/gov/services/registration-id-card`);
      await click(p, 'link', 'Book a time to visit');
      await p.page.getByRole('group', { name: 'Which day would you like to come?' }).waitFor();
      await p.page.getByRole('radio', { disabled: false }).first().check();
      await click(p, 'button', 'Continue');
      await p.page.getByRole('group', { name: /What time on/ }).waitFor();
      // no time chosen: said next to the times
      await click(p, 'button', 'Book this time');
      await p.page.getByRole('link', { name: 'Choose a time.' }).waitFor();
      await p.page.getByRole('radio', { name: /10:30/ }).check();
      await click(p, 'button', 'Book this time');
      await p.page.getByRole('heading', { name: 'Your visit is booked' }).waitFor();
      assert.match((await p.page.locator('.confirmation .reference').innerText()).trim(), /^VB\d{8}-/);
      await p.page.getByRole('heading', { name: 'Bring with you' }).waitFor();
      await click(p, 'button', 'Cancel this visit');
      await p.page.getByText('Your visit was cancelled.').waitFor();
      await p.page.getByText('Cancelled', { exact: true }).waitFor();
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });
  });
}
