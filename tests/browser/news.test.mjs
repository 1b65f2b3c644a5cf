// News, with JavaScript off and hydrated: staff publish an urgent notice for
// one building after seeing how many households it reaches; a resident there
// sees it at the top of her home page and in News, a resident of another
// building does not; staff cancel it and the resident sees "Cancelled"
// (never a silent change); a Uyghur notice has a plain audio element made by
// espeak-ng (installed by `make test`), or — only where espeak-ng is absent —
// says honestly that there is no recording.
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { iso, MODES, openPage, settle, signInOnce, useServerAndBrowser, visit } from './helpers.mjs';

const STAFF = '13900000010'; // Xiaomei, staff of the city community
const GULNAR = '13900000002'; // lives in Building 3 (city-b1)
const FULIN = '13900000018'; // lives in Building 9

/** Whether espeak-ng, which makes the recordings, is installed here. */
function haveEspeak() {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

for (const mode of MODES) {
  describe(`news (${mode})`, () => {
    const ctx = useServerAndBrowser();

    test('an urgent notice reaches its building only, and its cancellation is seen', async () => {
      const base = ctx.server.base;
      const title = `Lift stopped in Building 3 (${mode})`;
      const staff = await openPage(ctx.browser, mode);
      await signInOnce(staff, base, STAFF);
      await visit(staff, `${base}/newsroom`);
      await staff.page.getByRole('link', { name: 'Write a notice' }).click();
      await staff.page.waitForURL(`${base}/newsroom/notices/new`);
      await settle(staff);
      await staff.page.getByRole('group', { name: 'English' }).getByLabel('Title').fill(title);
      await staff.page.getByRole('radio', { name: 'Community notice' }).check();
      await staff.page.getByRole('radio', { name: /^Red alert/ }).check();
      await staff.page.getByRole('radio', { name: 'Some buildings' }).check();
      await staff.page.getByRole('checkbox', { name: 'Building 3' }).check();
      await staff.page.getByLabel('Issued by (office or person)').fill("Residents' committee");
      await staff.page.getByRole('button', { name: 'Continue' }).click();
      await staff.page.waitForURL(`${base}/newsroom/notices/check`);
      await settle(staff);
      // how many households, before publishing
      await staff.page.getByText(/This notice will reach \S+ household/).waitFor();
      await staff.page.getByRole('button', { name: 'Publish the notice' }).click();
      await staff.page.waitForURL(/\/newsroom\?done=published/);
      await settle(staff);
      await staff.page.getByText('The notice is published.').waitFor();

      const gulnar = await openPage(ctx.browser, mode);
      await signInOnce(gulnar, base, GULNAR);
      await visit(gulnar, `${base}/`);
      await gulnar.page.getByRole('link', { name: title }).waitFor();
      await visit(gulnar, `${base}/news`);
      await gulnar.page.getByRole('region', { name: 'Urgent notices for you' }).getByRole('link', { name: title }).waitFor();

      const fulin = await openPage(ctx.browser, mode);
      await signInOnce(fulin, base, FULIN);
      await visit(fulin, `${base}/news`);
      await fulin.page.getByRole('heading', { name: 'News', level: 1 }).waitFor();
      assert.equal(await fulin.page.getByText(title).count(), 0, 'another building does not see it');
      await visit(fulin, `${base}/`);
      assert.equal(await fulin.page.getByText(title).count(), 0);

      // staff cancel it; the resident sees that it was cancelled
      await visit(staff, `${base}/newsroom`);
      await staff.page.getByRole('button', { name: iso(`Cancel “${title}”`) }).click();
      await staff.page.waitForURL(/\/newsroom\?done=cancelled/);
      await visit(gulnar, `${base}/news`);
      const card = gulnar.page.getByRole('article').filter({ hasText: title });
      await card.getByText('Cancelled', { exact: true }).first().waitFor();
      assert.deepEqual(staff.errors, []);
      assert.deepEqual(gulnar.errors, []);
      await Promise.all([staff.context.close(), gulnar.context.close(), fulin.context.close()]);
    });

    test('a Uyghur notice has an audio element or says there is no recording', async () => {
      const base = ctx.server.base;
      const p = await openPage(ctx.browser, mode);
      await signInOnce(p, base, GULNAR);
      await p.context.addCookies([{ name: 'linli_lang', value: 'ug', url: base }]);
      const espeak = haveEspeak();
      // the speech job makes recordings in the background, newest notice first
      const deadline = Date.now() + 60000;
      let audio = 0;
      let none = 0;
      for (;;) {
        await visit(p, `${base}/news/notices/nn-city-water`);
        const article = p.page.getByRole('article');
        await article.waitFor();
        audio = await article.locator('audio[controls]').count();
        none = await article.getByText('بۇ ئۇقتۇرۇشنىڭ ئۈن خاتىرىسى يوق.').count();
        if (audio > 0 || !espeak || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 3000));
      }
      assert.equal(audio + none, 1, 'exactly one: a recording, or the honest sentence');
      if (espeak) {
        assert.equal(audio, 1, 'espeak-ng is installed: the Uyghur notice has a recording');
        const src = await p.page.getByRole('article').locator('audio[controls] source, audio[controls][src]').first().evaluate(
          (el) => el.src || el.getAttribute('src'),
        );
        const res = await p.page.request.get(new URL(src, base).href);
        assert.equal(res.status(), 200);
        assert.match(res.headers()['content-type'] ?? '', /^audio\//);
        assert.ok((await res.body()).length > 1000, 'a recording, not an empty file');
        if (mode === 'hydrated') {
          // the browser plays it (as its play button would): it decodes and time moves on
          const played = await p.page
            .getByRole('article')
            .locator('audio[controls]')
            .evaluate(async (a) => {
              a.muted = true;
              try {
                await a.play();
              } catch (e) {
                return `refused: ${e}`;
              }
              await new Promise((r) => setTimeout(r, 1500));
              const t = a.currentTime;
              a.pause();
              return t > 0 ? 'played' : `stuck at ${t}`;
            });
          assert.equal(played, 'played');
        }
      }
      // never read aloud by itself: the button is a button
      assert.equal(await p.page.locator('audio[autoplay]').count(), 0);
      await p.context.close();
    });
  });
}
