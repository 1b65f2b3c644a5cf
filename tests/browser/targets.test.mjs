// In elder and kiosk modes every target is at least 44 x 44 CSS px — links,
// buttons, fields, choices and disclosures, lists included — on every page a
// visitor, a resident, a grid worker and community staff can reach, with
// data in the lists (reports, requests, an order, an application), in
// Chinese, Uyghur and English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, visit } from './helpers.mjs';
import { LANGS, choose, routeKey, walkers } from './walk.mjs';

const ctx = useServerAndBrowser({ LINLI_KIOSK_IDLE_SECS: '3600', LINLI_SANDBOX_NOTIFY_MS: '200' });
const MIN = 44;
// signed in once for both modes (a second code within a minute is refused)
let walking;
const walk = () => (walking ??= walkers(ctx.browser, ctx.server.base));

/** In the page: each target smaller than `min`, named by its text. */
function smallTargets(min) {
  const seen = new Set();
  const small = [];
  for (const el of document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')) {
    // a radio button or a checkbox is chosen through its label, which holds it
    const target = (el.type === 'radio' || el.type === 'checkbox') ? (el.closest('label, .choice') || el) : el;
    if (seen.has(target) || !target.checkVisibility()) continue;
    seen.add(target);
    const r = target.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.width < min - 0.5 || r.height < min - 0.5) {
      const name = (target.getAttribute('aria-label') || target.textContent || target.name || target.tagName).trim().replace(/\s+/g, ' ').slice(0, 40);
      small.push(`${target.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
  }
  return small;
}

for (const display of ['elder', 'kiosk']) {
  test(`every target is at least 44 x 44 px in ${display} mode, on pages with data`, async (t) => {
    const base = ctx.server.base;
    const people = await walk();
    const problems = [];
    let measured = 0;
    for (const [who, { p, pages }] of Object.entries(people)) {
      t.diagnostic(`${who}: ${pages.length} pages`);
      await p.page.setViewportSize(display === 'kiosk' ? { width: 1080, height: 1920 } : { width: 390, height: 844 });
      for (const lang of LANGS) {
        await choose(p, base, display, lang);
        for (const url of pages) {
          // what went wrong in the browser, page by page (the visitor's unknown address is a 404 on purpose)
          const before = p.errors.length;
          await visit(p, url);
          for (const e of p.errors.slice(before)) if (!(who === 'visitor' && e.includes('status of 404'))) problems.push(`${who} ${lang} ${routeKey(url)}: ${e}`);
          measured++;
          for (const s of await p.page.evaluate(smallTargets, MIN)) problems.push(`${who} ${lang} ${routeKey(url)}: ${s}`);
        }
      }
    }
    // the lists had something in them
    assert.ok(people.resident.pages.some((u) => /\/gov\/cases\//.test(u)), 'a report of the resident was visited');
    assert.ok(people.worker.pages.some((u) => /\/gov\/cases\//.test(u)), 'a report in the grid was visited');
    assert.ok(measured > 100, `${measured} pages measured`);
    assert.deepEqual(problems, []);
  });
}
