// Home, languages, elder mode, text size and 404 — each with JavaScript off
// and hydrated, on a phone-sized screen.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, computed, openPage, settle, useServerAndBrowser, visit } from './helpers.mjs';

const ctx = useServerAndBrowser();

for (const mode of MODES) {
  describe(`pages (${mode})`, () => {
    test('home is rendered on the server in Chinese, with its content', async () => {
      const p = await openPage(ctx.browser, mode, { locale: 'zh-CN' });
      await visit(p, `${ctx.server.base}/`);
      const html = p.page.locator('html');
      assert.equal(await html.getAttribute('lang'), 'zh-CN');
      assert.equal(await html.getAttribute('dir'), 'ltr');
      // the community's name as the heading, the launcher tiles, no loading placeholder
      await p.page.getByRole('heading', { level: 1 }).waitFor();
      assert.match(await p.page.getByRole('heading', { level: 1 }).innerText(), /社区/);
      await p.page.getByRole('link', { name: /我的/ }).waitFor();
      await p.page.getByRole('link', { name: /登录/ }).first().waitFor();
      assert.equal(await p.page.getByText('加载中').count(), 0);
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });

    test('switching to Uyghur turns the page right to left', async () => {
      const p = await openPage(ctx.browser, mode, { locale: 'zh-CN' });
      await visit(p, `${ctx.server.base}/`);
      await p.page.getByRole('button', { name: 'ئۇيغۇرچە' }).click();
      await p.page.waitForFunction(() => document.documentElement.lang === 'ug');
      await settle(p);
      const html = p.page.locator('html');
      assert.equal(await html.getAttribute('dir'), 'rtl');
      assert.equal(await computed(p.page.locator('body'), 'direction'), 'rtl');
      const heading = await p.page.getByRole('heading', { level: 2 }).first().innerText();
      assert.match(heading, /[\u0600-\u06FF]/, `Uyghur text expected, got ${heading}`);
      // the choice survives a reload
      await p.page.reload();
      await settle(p);
      assert.equal(await html.getAttribute('dir'), 'rtl');
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });

    test('elder mode gives large type and large tiles on every page', async () => {
      const p = await openPage(ctx.browser, mode);
      await visit(p, `${ctx.server.base}/`);
      await p.page.getByRole('button', { name: 'Turn on elder mode' }).click();
      await p.page.getByText('Elder mode is on').waitFor();
      await settle(p);
      const body = p.page.locator('body');
      const size = parseFloat(await computed(body, 'fontSize'));
      assert.ok(size >= 18, `body font ${size}px`);
      const lineHeight = parseFloat(await computed(body, 'lineHeight'));
      assert.ok(lineHeight / size >= 1.3, `line height ${lineHeight}px for ${size}px`);
      for (const tile of await p.page.locator('.tiles a').all()) {
        const box = await tile.boundingBox();
        assert.ok(box.height >= 60 && box.width >= 60, `tile ${box.width}x${box.height}`);
      }
      // every control on the page is at least 44x44
      for (const el of await p.page.locator('main a, main button, header a, nav button').all()) {
        const box = await el.boundingBox();
        if (!box) continue;
        assert.ok(box.height >= 44 && box.width >= 44, `${await el.innerText()}: ${box.width}x${box.height}`);
      }
      // and on another page too, where the main action is at least 60 high
      await visit(p, `${ctx.server.base}/login`);
      assert.ok(parseFloat(await computed(p.page.locator('body'), 'fontSize')) >= 18);
      const send = await p.page.getByRole('button', { name: 'Send me a code' }).boundingBox();
      assert.ok(send.height >= 60, `main action ${send.height}px high`);
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });

    test('the text size control reaches at least 30 px', async () => {
      const p = await openPage(ctx.browser, mode);
      await visit(p, `${ctx.server.base}/me`);
      const larger = p.page.getByRole('button', { name: 'Larger text' });
      for (let i = 0; i < 8 && (await larger.isEnabled()); i++) {
        await larger.click();
        await p.page.waitForLoadState('load');
        await settle(p);
      }
      assert.equal(await larger.isDisabled(), true);
      const size = parseFloat(await computed(p.page.locator('body'), 'fontSize'));
      assert.ok(size >= 30, `largest body font ${size}px`);
      await p.page.getByText(/Text size: \u2068?200\u2069?%/).waitFor();
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });

    test('an unknown address says so, in the user\'s language, with the way home', async () => {
      const p = await openPage(ctx.browser, mode, { locale: 'ug' });
      const res = await p.page.goto(`${ctx.server.base}/no-such-page`);
      assert.equal(res.status(), 404);
      await settle(p);
      assert.equal(await p.page.locator('html').getAttribute('dir'), 'rtl');
      await p.page.getByRole('link', { name: /./ }).first().waitFor();
      assert.ok(await p.page.locator('main a[href="/"]').count() >= 1);
      // the browser itself logs the 404 status of the page; nothing else may fail
      assert.deepEqual(p.errors.filter((e) => !e.includes('status of 404')), []);
      await p.context.close();
    });
  });
}
