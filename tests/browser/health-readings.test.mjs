// Health readings as people meet them, JavaScript off and hydrated: a
// resident (Patigul) records a high blood pressure, is told calmly what to
// do and sees it in her chart; her daughter (Gulnar), who holds her Health
// consent in the demo, sees the reading, and her look appears in the
// mother's "who looked".
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MODES, openPage, settle, signInOnce, useServerAndBrowser, visit } from './helpers.mjs';

const PATIGUL = '13900000001';
const GULNAR = '13900000002';

for (const mode of MODES) {
  describe(`health readings (${mode})`, () => {
    const ctx = useServerAndBrowser();

    test('a high reading, the calm message, the chart; the daughter sees it and her look is shown', async () => {
      const base = ctx.server.base;
      const mother = await openPage(ctx.browser, mode);
      await signInOnce(mother, base, PATIGUL);
      await visit(mother, `${base}/health/readings`);
      const form = mother.page.getByRole('region', { name: 'Record blood pressure' });
      await form.getByRole('textbox', { name: 'Upper number (systolic)' }).fill('171');
      await form.getByRole('textbox', { name: 'Lower number (diastolic)' }).fill('99');
      await form.getByRole('radio', { name: 'Left arm' }).check();
      await form.getByRole('button', { name: 'Save blood pressure' }).click();
      await mother.page.waitForURL(/\/health\/readings\?saved=\d+/);
      await settle(mother);
      const result = mother.page.getByRole('status').filter({ hasText: 'Reading saved' });
      // her week already had high readings: see the clinician, never a diagnosis
      await result.getByText('Please see the clinician soon.', { exact: false }).waitFor();
      await result.getByText('171/99').waitFor();
      // the chart, with its table for screen readers
      const chart = mother.page.getByRole('region', { name: 'Blood pressure', exact: true });
      await chart.getByRole('figure', { name: /Blood pressure\W*over the last 60 days/ }).waitFor();
      const table = chart.getByRole('table', { name: /Blood pressure\W*: every reading/ });
      await table.getByRole('cell', { name: '171', exact: true }).waitFor();
      await chart.getByText(/This week: higher than usual\./).waitFor();
      assert.deepEqual(mother.errors, []);

      // the daughter sees it
      const daughter = await openPage(ctx.browser, mode);
      await signInOnce(daughter, base, GULNAR);
      await visit(daughter, `${base}/health/family`);
      // the one person who shares with her
      await daughter.page.getByRole('main').getByRole('list').getByRole('link').first().click();
      await daughter.page.waitForURL(/\/health\/family\/u-patigul/);
      await settle(daughter);
      const dchart = daughter.page.getByRole('table', { name: /Blood pressure\W*: every reading/ });
      await dchart.getByRole('cell', { name: '171', exact: true }).waitFor();
      await daughter.page.getByText('Your look at these readings is recorded').waitFor();
      assert.deepEqual(daughter.errors, []);

      // and the mother sees that she looked
      await visit(mother, `${base}/health/sharing`);
      const looks = mother.page.getByRole('table', { name: 'Looks at your readings, newest first' });
      const row = looks.getByRole('row').filter({ hasText: 'Family member' }).first();
      await row.getByText(/Beijing time/).waitFor();
      assert.equal(await row.getByRole('rowheader').count(), 1);
      assert.deepEqual(mother.errors, []);
      await mother.context.close();
      await daughter.context.close();
    });
  });
}
