// Accessibility of the Health and News pages: axe-core finds no violations
// in zh-CN, ug and en, standard and elder mode, server-rendered (no
// WebAssembly). Health: a resident's home, the booking questions (place,
// service, a week of times, check — and a question sent unanswered), her
// bookings (in person, and a remote follow-up with its written exchange),
// her readings (saved, and a form with a problem), deleting them, sharing;
// her daughter's view of them; the clinician's day, a booking, the slots and
// a closure to confirm, a patient's readings and the cabin devices. News: the
// page as a visitor and signed in, its notices; the staff's newsroom, a new
// notice (empty, with problems, checked before publishing), an update of a
// notice and the feed sources with a problem.
//
// The pages are walked once in English, the way a person would (following
// links and sending forms); every page reached is then audited in each
// language and mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, openPage, settle, signInOnce, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser();

const LANGS = ['zh-CN', 'ug', 'en'];
const PATIGUL = '13900000001'; // a resident of Harvest, with a booking and readings
const GULNAR = '13900000002'; // her daughter, who holds her Health consent
const LIHUA = '13900000012'; // Sun Lihua, clinician at the Harvest and Red Willow places
const XIAOMEI = '13900000010'; // Han Xiaomei, staff of Xingfu (the city community)

/** The path (and query and fragment) of where the page is now. */
const here = (p) => {
  const u = new URL(p.page.url());
  return `${u.pathname}${u.search}${u.hash}`;
};

/**
 * A signed-in (or visitor's) page whose every audit goes into `problems`:
 * `check(path)` audits `path` in each language, standard and elder mode,
 * then leaves the page in English, standard mode, for the next walk.
 */
async function person(problems, phone = null) {
  const base = ctx.server.base;
  const p = await openPage(ctx.browser, 'nowasm', { bypassCSP: true });
  if (phone) await signInOnce(p, base, phone);
  const set = (lang, elder) =>
    p.context.addCookies([
      { name: 'linli_lang', value: lang, url: base },
      { name: 'linli_elder', value: elder ? '1' : '0', url: base },
    ]);
  await set('en', false);
  p.check = async (path) => {
    for (const elder of [false, true]) {
      for (const lang of LANGS) {
        await set(lang, elder);
        await visit(p, `${base}${path}`);
        for (const v of await audit(p.page, elder)) problems.push(`${lang}${elder ? ' elder' : ''} ${path}: ${v}`);
      }
    }
    await set('en', false);
  };
  return p;
}

/** Sends the page's form by its button and waits for the next page. */
async function send(p, button, url) {
  await button.click();
  await p.page.waitForURL(url);
  await settle(p);
  return here(p);
}

test('Health pages have no violations (zh-CN, ug, en; standard and elder; server-rendered)', async () => {
  const base = ctx.server.base;
  const problems = [];
  const errors = [];

  // a visitor is asked to sign in
  const visitor = await person(problems);
  await visitor.check('/health');
  errors.push(...visitor.errors);
  await visitor.context.close();

  // the resident
  const pat = await person(problems, PATIGUL);
  const page = pat.page;
  await pat.check('/health');
  // the booking questions, answered as she would, a remote follow-up at the station
  await visit(pat, `${base}/health`);
  await page.getByRole('link', { name: 'Book a visit' }).first().click();
  await page.waitForURL(`${base}/health/book`);
  await settle(pat);
  await pat.check('/health/book');
  const unanswered = await send(pat, page.getByRole('button', { name: 'Continue' }), /\/health\/book\?.*error/);
  await pat.check(unanswered);
  await page.getByRole('radio', { name: /Health Station/ }).check();
  const services = await send(pat, page.getByRole('button', { name: 'Continue' }), /\/health\/book\?place=\d+$/);
  await pat.check(services);
  await page.getByRole('radio', { name: /Remote follow-up/ }).check();
  let slots = await send(pat, page.getByRole('button', { name: 'Continue' }), /\/health\/book\/slots\?/);
  if ((await page.getByRole('radio', { disabled: false }).count()) === 0) {
    // this week's remote times have passed: the next week's
    slots = await send(pat, page.getByRole('link', { name: 'Next week' }), /\/health\/book\/slots\?.*day=/);
  }
  await pat.check(slots);
  await page.getByRole('radio', { disabled: false }).first().check();
  const check = await send(pat, page.getByRole('button', { name: 'Continue' }), /\/health\/book\/check\?slot=/);
  await pat.check(check);
  const booked = await send(pat, page.getByRole('button', { name: 'Book this time' }), /\/health\/bookings\/[^/?]+/);
  const remote = new URL(page.url()).pathname.split('/').pop();
  await pat.check(booked); // the confirmation, with the written exchange
  // her booking from the demo, in person, from her Health page
  await visit(pat, `${base}/health`);
  const bookings = await page.locator('main a[href^="/health/bookings/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const inPerson = bookings.find((h) => !h.endsWith(`/${remote}`));
  assert.ok(inPerson, `her demo booking is listed: ${bookings}`);
  await pat.check(inPerson);
  await pat.check('/health'); // now with two bookings
  // her readings: the page, a reading saved, a form sent with a problem
  await pat.check('/health/readings');
  await visit(pat, `${base}/health/readings`);
  const bp = page.getByRole('region', { name: 'Record blood pressure' });
  const problem = await send(pat, bp.getByRole('button', { name: 'Save blood pressure' }), /\/health\/readings\?measure=blood_pressure&e_/);
  await pat.check(problem);
  await visit(pat, `${base}/health/readings`);
  await bp.getByRole('textbox', { name: 'Upper number (systolic)' }).fill('171');
  await bp.getByRole('textbox', { name: 'Lower number (diastolic)' }).fill('99');
  await bp.getByRole('radio', { name: 'Left arm' }).check();
  const saved = await send(pat, bp.getByRole('button', { name: 'Save blood pressure' }), /\/health\/readings\?saved=\d+/);
  await pat.check(saved);
  await page.locator('main a[href="/health/readings/delete"]').click();
  await page.waitForURL(`${base}/health/readings/delete`);
  await pat.check('/health/readings/delete');
  await pat.check('/health/sharing');
  errors.push(...pat.errors);
  await pat.context.close();

  // her daughter: whose readings she may see, then her mother's
  const gul = await person(problems, GULNAR);
  await gul.check('/health/family');
  await visit(gul, `${base}/health/family`);
  const mother = await gul.page.locator('main a[href^="/health/family/"]').first().getAttribute('href');
  assert.match(mother, /^\/health\/family\/u-patigul$/);
  await gul.check(mother);
  errors.push(...gul.errors);
  await gul.context.close();

  // the clinician
  const doc = await person(problems, LIHUA);
  await doc.check('/clinic');
  await visit(doc, `${base}/clinic`);
  const today = await doc.page.locator('main a[href^="/clinic/bookings/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  if (today.length) await doc.check(today[0]); // today's first booking
  await doc.check(`/clinic/bookings/${remote}`); // the remote follow-up: the exchange and the video link
  await visit(doc, `${base}/clinic`);
  await doc.page.locator('main a[href="/clinic/slots"]').click();
  await doc.page.waitForURL(`${base}/clinic/slots`);
  await doc.check('/clinic/slots');
  // a closure, with how many it affects, before it is confirmed
  const closure = await send(doc, doc.page.getByRole('button', { name: 'Continue' }), /\/clinic\/slots\?.*whom=/);
  await doc.check(closure);
  // the readings of a person with a booking at her place (not linked from a page)
  await doc.check('/clinic/people/u-patigul/readings');
  await doc.check('/clinic/devices');
  await visit(doc, `${base}/clinic/devices`);
  const noName = await send(doc, doc.page.getByRole('button', { name: 'Make a key' }), /\/clinic\/devices\?/);
  await doc.check(noName);
  errors.push(...doc.errors);
  await doc.context.close();

  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
});

test('News pages have no violations (zh-CN, ug, en; standard and elder; server-rendered)', async () => {
  const base = ctx.server.base;
  const problems = [];
  const errors = [];

  const visitor = await person(problems);
  await visitor.check('/news');
  errors.push(...visitor.errors);
  await visitor.context.close();

  // a resident of Building 3: the notices for her, each notice she can open
  const gul = await person(problems, GULNAR);
  await gul.check('/news');
  await visit(gul, `${base}/news`);
  const notices = [
    ...new Set(await gul.page.locator('main a[href^="/news/notices/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))),
  ];
  assert.ok(notices.length > 0, 'News links to its notices');
  for (const n of notices.slice(0, 3)) await gul.check(n);
  errors.push(...gul.errors);
  await gul.context.close();

  // staff: the newsroom and its forms
  const staff = await person(problems, XIAOMEI);
  const page = staff.page;
  await staff.check('/newsroom');
  await visit(staff, `${base}/newsroom`);
  await page.getByRole('link', { name: 'Write a notice' }).click();
  await page.waitForURL(`${base}/newsroom/notices/new`);
  await settle(staff);
  await staff.check('/newsroom/notices/new');
  const empty = await send(staff, page.getByRole('button', { name: 'Continue' }), /\/newsroom\/notices\/new\?.*kept=1/);
  await staff.check(empty); // every problem by its field
  await visit(staff, `${base}/newsroom/notices/new`);
  await page.getByRole('group', { name: 'English' }).getByLabel('Title').fill('Lift stopped in Building 3');
  await page.getByRole('radio', { name: 'Community notice' }).check();
  await page.getByRole('radio', { name: /^Red alert/ }).check();
  await page.getByRole('radio', { name: 'Some buildings' }).check();
  await page.getByRole('checkbox', { name: 'Building 3' }).check();
  await page.getByLabel('Issued by (office or person)').fill("Residents' committee");
  const checkPage = await send(staff, page.getByRole('button', { name: 'Continue' }), `${base}/newsroom/notices/check`);
  await staff.check(checkPage); // how many households, before publishing
  // updating a published notice: its form, from the newsroom's link
  await visit(staff, `${base}/newsroom`);
  const update = await page.getByRole('link', { name: /^Update / }).first().getAttribute('href');
  assert.match(update, /^\/newsroom\/notices\/new\?refers=/);
  await staff.check(update);
  // the feed sources, with a source sent without its address
  await visit(staff, `${base}/newsroom#sources`);
  const source = await send(staff, page.getByRole('button', { name: 'Add a feed source', exact: true }), /\/newsroom\?e_url=/);
  await staff.check(source);
  errors.push(...staff.errors);
  await staff.context.close();

  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
});
