// Booking a visit at the community health station, JavaScript off and
// hydrated: a resident (Patigul, of Harvest) books a general check at the
// Harvest Community Health Station through the question pages; on the day
// of the visit the station's clinician (Sun Lihua) finds her on the day's
// list, marks her arrived and then seen; the resident's booking page says
// so in words. At a kiosk (hydrated), a signed-in resident books the same
// way and prints the slip to take along.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { MODES, openPage, settle, signIn, signInOnce, useServerAndBrowser, visit } from './helpers.mjs';

const PATIGUL = '13900000001';
const PATIGUL_NAME = 'Patigul Tursun';
// Sun Lihua, clinician at the Red Willow and Harvest stations and cabins
const LIHUA = '13900000012';
const STATION = 'Harvest Community Health Station';
const SERVICE = 'General check';

/** The Beijing day (UTC+8) of a unix time, as the pages write it. */
function beijingDay(unix) {
  return new Date((unix + 8 * 3600) * 1000).toISOString().slice(0, 10);
}

/**
 * The day of the visit arrives: the booking's slot (and so every booking on
 * it) now starts `start` (unix seconds), keeping its length, so that the
 * clinician may mark it (from an hour before the start). The person's
 * quarter hours, the copy of the time that stops overlapping bookings, are
 * made again for the new time as booking makes them.
 */
function visitStartsAt(db, booking, start) {
  assert.match(booking, /^[0-9a-f]{20}$/, 'a booking id as Linli makes them');
  const slot = `(SELECT slot_id FROM health_bookings WHERE id = '${booking}')`;
  const sql = `
    BEGIN;
    UPDATE health_slots SET starts_at = ${start}, ends_at = ${start} + (ends_at - starts_at) WHERE id = ${slot};
    DELETE FROM health_person_quarters WHERE booking_id = '${booking}';
    WITH RECURSIVE q(t, e) AS (
      SELECT (starts_at / 900) * 900, ends_at FROM health_slots WHERE id = ${slot}
      UNION ALL SELECT t + 900, e FROM q WHERE t + 900 < e
    )
    INSERT INTO health_person_quarters (person_id, quarter_start, booking_id)
      SELECT b.person_id, q.t, b.id FROM q, health_bookings b WHERE b.id = '${booking}';
    COMMIT;
  `;
  execFileSync('sqlite3', ['-bail', '-cmd', '.timeout 5000', db], { input: sql, stdio: ['pipe', 'inherit', 'inherit'] });
}

/**
 * Books a general check at the Harvest station through the question pages,
 * in the first time still open with a free place; answers the booking's id.
 */
async function bookAVisit(p, base) {
  const rp = p.page;
  await visit(p, `${base}/health`);
  await rp.getByRole('link', { name: 'Book a visit' }).click();
  await rp.waitForURL(`${base}/health/book`);
  await settle(p);
  await rp.getByRole('radio', { name: STATION }).check();
  await rp.getByRole('button', { name: 'Continue' }).click();
  await rp.waitForURL(/\/health\/book\?place=\d+$/);
  await settle(p);
  await rp.getByRole('radio', { name: SERVICE }).check();
  await rp.getByRole('button', { name: 'Continue' }).click();
  await rp.waitForURL(/\/health\/book\/slots\?/);
  await settle(p);
  // the first time still open with a free place ("2 places free")
  await rp.getByRole('radio', { name: /places? free/ }).first().check();
  await rp.getByRole('button', { name: 'Continue' }).click();
  await rp.waitForURL(/\/health\/book\/check\?slot=/);
  await settle(p);
  await rp.getByRole('heading', { name: 'Check your booking' }).waitFor();
  await rp.getByText(STATION).waitFor();
  await rp.getByRole('button', { name: 'Book this time' }).click();
  await rp.waitForURL(/\/health\/bookings\/[0-9a-f]+\?/);
  await settle(p);
  return new URL(rp.url()).pathname.split('/').pop();
}

for (const mode of MODES) {
  describe(`health booking (${mode})`, () => {
    const ctx = useServerAndBrowser();

    test('a resident books the station, the clinician marks her arrived and seen, she reads it', async () => {
      const base = ctx.server.base;

      // the resident books a time
      const resident = await openPage(ctx.browser, mode);
      const rp = resident.page;
      await signInOnce(resident, base, PATIGUL);
      const booking = await bookAVisit(resident, base);
      await rp.getByRole('status').filter({ hasText: 'Your visit is booked.' }).waitFor();
      await rp.getByText('Booked', { exact: true }).waitFor();
      // the slip to take along prints where printing works (a kiosk's live page)
      const print = rp.getByRole('button', { name: 'Print this slip' });
      if (mode === 'hydrated') await print.waitFor();
      else assert.equal(await print.count(), 0);
      const reference = (await rp.getByText(/^HB-[0-9A-Z]{6}$/).innerText()).trim();
      assert.deepEqual(resident.errors, []);

      // the day of the visit arrives: it starts in half an hour
      const start = Math.floor(Date.now() / 1000) + 30 * 60;
      visitStartsAt(ctx.server.db, booking, start);

      // the clinician finds her on the day's list
      const clinician = await openPage(ctx.browser, mode);
      const cp = clinician.page;
      await signInOnce(clinician, base, LIHUA);
      await visit(clinician, `${base}/clinic`);
      await cp.getByRole('heading', { name: "Clinic: today's bookings" }).waitFor();
      if (beijingDay(start) !== beijingDay(Math.floor(Date.now() / 1000))) {
        // half an hour from now is already tomorrow in Beijing
        await cp.getByRole('link', { name: 'Day after' }).click();
        await cp.waitForURL(/\/clinic\?day=/);
        await settle(clinician);
      }
      const row = cp
        .getByRole('listitem')
        .filter({ has: cp.getByRole('link', { name: new RegExp(PATIGUL_NAME) }) })
        .filter({ hasText: reference });
      await row.getByText('Booked', { exact: true }).waitFor();

      // arrived
      await row.getByRole('button', { name: 'Arrived', exact: true }).click();
      await cp.waitForURL(/\/clinic\?.*done=marked/);
      await settle(clinician);
      await cp.getByRole('status').filter({ hasText: 'Marked.' }).waitFor();
      await row.getByText('Arrived', { exact: true }).waitFor();
      assert.equal(await row.getByRole('button', { name: 'Arrived', exact: true }).count(), 0, 'arrived once');
      assert.equal(await cp.getByRole('alert').count(), 0, 'no refusal');

      // the resident sees she has arrived
      await visit(resident, `${base}/health/bookings/${booking}`);
      await rp.getByText('Arrived', { exact: true }).waitFor();

      // seen (the page comes back to the same address: wait for the button to go)
      await row.getByRole('button', { name: 'Seen', exact: true }).click();
      await row.getByRole('button', { name: 'Seen', exact: true }).waitFor({ state: 'detached' });
      await settle(clinician);
      await cp.getByRole('status').filter({ hasText: 'Marked.' }).waitFor();
      await row.getByText('Seen', { exact: true }).waitFor();
      assert.equal(await row.getByRole('button').count(), 0, 'nothing more to mark');
      assert.equal(await cp.getByRole('alert').count(), 0, 'no refusal');
      assert.deepEqual(clinician.errors, []);

      // the resident reads that she was seen; nothing left to change
      await visit(resident, `${base}/health/bookings/${booking}`);
      await rp.getByText(reference).waitFor();
      await rp.getByText('Seen', { exact: true }).waitFor();
      assert.equal(await rp.getByRole('button', { name: 'Cancel this booking' }).count(), 0);
      assert.deepEqual(resident.errors, []);
      await resident.context.close();
      await clinician.context.close();
    });
  });
}

describe('health booking at a kiosk (hydrated)', () => {
  const ctx = useServerAndBrowser();

  test('a signed-in resident books at the kiosk and can print the slip', async () => {
    const base = ctx.server.base;
    const kiosk = await openPage(ctx.browser, 'hydrated', { kiosk: true });
    await visit(kiosk, `${base}/?kiosk=1`);
    assert.equal(await kiosk.page.locator('html').getAttribute('data-kiosk'), '1');
    await signIn(kiosk, base, PATIGUL);
    const booking = await bookAVisit(kiosk, base);
    const kp = kiosk.page;
    await kp.getByRole('status').filter({ hasText: 'Your visit is booked.' }).waitFor();
    await kp.getByText(/^HB-[0-9A-Z]{6}$/).waitFor();
    await kp.getByRole('button', { name: 'Print this slip' }).waitFor();
    // what the slip is for: the time, the place and what to bring are on the page
    await kp.getByText(STATION).first().waitFor();
    const channel = execFileSync('sqlite3', ['-cmd', '.timeout 5000', ctx.server.db, `SELECT channel FROM health_bookings WHERE id = '${booking}'`])
      .toString()
      .trim();
    assert.equal(channel, 'kiosk', 'recorded as booked at the kiosk');
    assert.equal(await kp.locator('html').getAttribute('data-kiosk'), '1', 'still a kiosk');
    assert.deepEqual(kiosk.errors, []);
    await kiosk.context.close();
  });
});
