// No page scrolls sideways on a 360 px phone: every page a resident, a grid
// worker and community staff can reach (with data in it), in standard,
// elder and kiosk mode, in Chinese, Uyghur and English. Wide tables scroll
// inside their own labelled region instead; long words and numbers wrap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, visit } from './helpers.mjs';
import { DISPLAY, LANGS, choose, routeKey, walkers } from './walk.mjs';

// a long kiosk idle time: the walk must not be interrupted by "are you still there?"
const ctx = useServerAndBrowser({ LINLI_KIOSK_IDLE_SECS: '3600', LINLI_SANDBOX_NOTIFY_MS: '200' });

test('no page is wider than a 360 px phone, in any mode or language', async (t) => {
  const base = ctx.server.base;
  const people = await walkers(ctx.browser, base);
  const wide = [];
  let visited = 0;
  for (const [who, { p, pages }] of Object.entries(people)) {
    t.diagnostic(`${who}: ${pages.map(routeKey).join(' ')}`);
    await p.page.setViewportSize({ width: 360, height: 740 });
    for (const display of Object.keys(DISPLAY)) {
      for (const lang of LANGS) {
        await choose(p, base, display, lang);
        for (const url of pages) {
          // what went wrong in the browser, page by page (the visitor's unknown address is a 404 on purpose)
          const before = p.errors.length;
          await visit(p, url);
          for (const e of p.errors.slice(before)) if (!(who === 'visitor' && e.includes('status of 404'))) wide.push(`${who} ${display} ${lang} ${routeKey(url)}: ${e}`);
          visited++;
          const width = await p.page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 360) wide.push(`${who} ${display} ${lang} ${routeKey(url)}: ${width - 360} px too wide`);
        }
      }
    }
  }
  assert.ok(people.resident.pages.some((u) => /\/pay\/orders\//.test(u)), 'a receipt was visited');
  assert.ok(people.worker.pages.some((u) => /\/gov\/cases\//.test(u)), 'a case was visited');
  assert.ok(visited > 100, `${visited} pages visited`);
  assert.deepEqual(wide, []);
  for (const { p } of Object.values(people)) await p.context.close();
});
