// The inbox (/inbox), as people meet it with JavaScript off and hydrated: a
// resident follows the unread count from her home page, reads the demo's
// reminder and marks it read; her daughter finds the demo's urgent example at
// the top of her home page and says she has seen it; axe finds nothing on the
// inbox, the home page with an urgent message and Me, in zh-CN, ug and en,
// standard and elder mode.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, iso, MODES, openPage, settle, signInOnce, useServerAndBrowser, visit } from './helpers.mjs';

const PATIGUL = '13900000001'; // the demo: a reminder she has not read
const GULNAR = '13900000002'; // her daughter: the demo's urgent example
const LANGS = ['zh-CN', 'ug', 'en'];
const URGENT = 'This is how an urgent message looks.';

for (const mode of MODES) {
  describe(`inbox (${mode})`, () => {
    // a server for each way in: both mark the same demo messages
    const ctx = useServerAndBrowser();

    test('axe finds nothing on the inbox, home with an urgent message, and Me', async () => {
      const base = ctx.server.base;
      // axe is a script: without JavaScript the server-rendered page is audited with scripts on but no WebAssembly
      const p = await openPage(ctx.browser, mode === 'nojs' ? 'nowasm' : mode, { bypassCSP: true });
      await signInOnce(p, base, GULNAR);
      const problems = [];
      for (const elder of [false, true]) {
        await p.context.addCookies([{ name: 'linli_elder', value: elder ? '1' : '0', url: base }]);
        for (const lang of LANGS) {
          await p.context.addCookies([{ name: 'linli_lang', value: lang, url: base }]);
          for (const path of ['/', '/inbox', '/me', '/inbox?done=read', '/inbox?error=not-found']) {
            await visit(p, `${base}${path}`);
            for (const v of await audit(p.page, elder)) problems.push(`${lang}${elder ? ' elder' : ''} ${path}: ${v}`);
          }
        }
      }
      await p.context.addCookies([{ name: 'linli_lang', value: 'en', url: base }, { name: 'linli_elder', value: '0', url: base }]);
      assert.deepEqual(problems, []);
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });

    test('a resident follows her unread count, reads the reminder and marks it read', async () => {
      const base = ctx.server.base;
      const p = await openPage(ctx.browser, mode);
      await signInOnce(p, base, PATIGUL);
      // Me says how many are unread
      await visit(p, `${base}/me`);
      await p.page.getByRole('region', { name: 'Messages' }).getByText(iso('1 unread message')).waitFor();
      // the home page too, as a link to them
      await visit(p, `${base}/`);
      await p.page.getByRole('link', { name: iso('1 unread message') }).click();
      await p.page.waitForURL(`${base}/inbox`);
      await settle(p);
      await p.page.getByRole('heading', { name: 'Messages', level: 1 }).waitFor();
      const reminder = p.page.getByRole('listitem').filter({ hasText: 'Reminder: look at this month' });
      await reminder.getByText('Unread', { exact: true }).waitFor();
      await reminder.getByText(iso('From Pay bills')).waitFor();
      await reminder.getByText('(Beijing time)').waitFor();
      assert.equal(await reminder.getByRole('link', { name: 'Go to it' }).getAttribute('href'), '/pay');
      // the welcome she read before says so in words
      const welcome = p.page.getByRole('listitem').filter({ hasText: 'Welcome to your messages.' });
      await welcome.getByText('Read', { exact: true }).waitFor();
      assert.equal(await welcome.getByRole('button', { name: 'Mark as read' }).count(), 0);

      await reminder.getByRole('button', { name: 'Mark as read' }).click();
      await p.page.waitForURL(`${base}/inbox?done=read`);
      await settle(p);
      await p.page.getByText('The message is marked as read.').waitFor();
      await reminder.getByText('Read', { exact: true }).waitFor();
      assert.equal(await reminder.getByRole('button', { name: 'Mark as read' }).count(), 0);
      await p.page.getByText('No unread messages').waitFor();
      await visit(p, `${base}/`);
      await p.page.getByRole('link', { name: 'No unread messages' }).waitFor();
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });

    test('her daughter sees the urgent message on top of her home page and says she has seen it', async () => {
      const base = ctx.server.base;
      const p = await openPage(ctx.browser, mode);
      await signInOnce(p, base, GULNAR);
      await visit(p, `${base}/`);
      const urgent = p.page.getByRole('region', { name: 'Urgent' });
      await urgent.getByText(URGENT).waitFor();
      assert.equal(await urgent.getByRole('link', { name: 'Go to it' }).getAttribute('href'), '/me/family');
      await urgent.getByRole('link', { name: 'Open my messages to answer' }).click();
      await p.page.waitForURL(`${base}/inbox`);
      await settle(p);
      const item = p.page.getByRole('listitem').filter({ hasText: URGENT });
      await item.getByText('Urgent', { exact: true }).waitFor();
      await item.getByText('Please say that you have seen this message.').waitFor();
      await item.getByRole('button', { name: 'I have seen it' }).click();
      await p.page.waitForURL(`${base}/inbox?done=acknowledged`);
      await settle(p);
      await p.page.getByText('Thank you. We have noted that you have seen it.').waitFor();
      await item.getByText(iso('You said you had seen it:', { start: true })).waitFor();
      assert.equal(await item.getByRole('button', { name: 'I have seen it' }).count(), 0);
      await visit(p, `${base}/`);
      // (News's urgent notices for her building may still be there: only this message must be gone)
      assert.equal(await p.page.getByText(URGENT).count(), 0, 'off the home page once seen');
      assert.deepEqual(p.errors, []);
      await p.context.close();
    });
  });
}
