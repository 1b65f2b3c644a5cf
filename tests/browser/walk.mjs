// Walking every page a person can reach, on pages that have data in them:
// the layout tests (phone width, target sizes) use this to visit each page
// as a resident, a grid worker and community staff, in every display mode
// and language. Data is made first through the pages and their forms, as
// people would (a paid bill, a report with a photo, a 12345 request, an
// application, a visit), so lists and tables are not empty.
import { iso, openPage, settle, signIn, visit } from './helpers.mjs';

/** The add-to-cart button of a good (its name is read after the words, for screen readers). */
const addButton = (good) => new RegExp(`^Add to cart\\W+${good.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

export const LANGS = ['zh-CN', 'ug', 'en'];

/** The display modes, as the cookies that choose them. */
export const DISPLAY = {
  standard: { linli_elder: '0', linli_kiosk: '0' },
  elder: { linli_elder: '1', linli_kiosk: '0' },
  kiosk: { linli_elder: '0', linli_kiosk: '1' },
};

/** One community (Xingfu), so the worker and staff see the resident's data. */
export const PEOPLE = {
  resident: '13900000002', // Gulnar, who also pays for her mother
  worker: '13900000009', // Zhao Min, grid worker of city-g1, where Gulnar lives
  staff: '13900000010', // Han Xiaomei, Xingfu's community staff
  merchant: '13900000027', // Yufang, of the pharmacy where Gulnar buys (and the supermarket)
};

// A long unbroken number and word, as people paste them: they must wrap.
export const LONG_TEXT = 'Meter 4403019988776655443322110099887766 at gate; see https://example.cn/aVeryLongPathWithoutAnyBreakOpportunity/1234567890';

// Pages are keyed by their route: /gov/services/a and /gov/services/b are one
// page. Segments after the second are ids, except these words.
const LITERAL = new Set(['check', 'documents', 'new', 'edit', 'code', 'idle']);
// Not pages: files, photos, documents, and links that end a kiosk session.
const SKIP = [
  /^\/(pkg|fonts)\//, /^\/favicon/, /^\/gov\/photos\//, /\/documents\/[^/]+$/, /^\/kiosk\/ended/, /^\/healthz/,
  // downloads and media: a CSV of one's readings, photos, recordings, the feeds for other systems
  /\.(csv|xml|json|jpe?g|png|webp|wav|ogg|mp3)$/, /^\/(shop|health)\/photos\//, /^\/news\/(audio|recordings)\//,
];

export function routeKey(url) {
  const u = new URL(url);
  const parts = u.pathname.split('/').map((s, i) => (i >= 3 && !LITERAL.has(s) ? '*' : s));
  const params = [...new Set(u.searchParams.keys())].sort();
  return parts.join('/') + (params.length ? `?${params.join('&')}` : '');
}

/** Every page reachable by links from `starts`, one per route key (only paths `keep` accepts). */
export async function reachable(p, base, starts, keep = () => true) {
  const seen = new Map();
  const queue = starts.map((s) => `${base}${s}`);
  while (queue.length) {
    const url = queue.shift();
    const key = routeKey(url);
    if (seen.has(key)) continue;
    const path = new URL(url).pathname;
    if (SKIP.some((re) => re.test(path)) || !keep(path)) continue;
    seen.set(key, url);
    await visit(p, url);
    const links = await p.page.$$eval('a[href]', (as) => as.map((a) => a.href));
    for (const href of links) {
      const u = new URL(href);
      if (u.origin !== base || u.hash && u.pathname === new URL(url).pathname) continue;
      u.hash = '';
      queue.push(u.href);
    }
  }
  return [...seen.values()];
}

async function click(p, role, name) {
  await p.page.getByRole(role, { name }).first().click();
  await p.page.waitForLoadState('load');
  await settle(p);
}

/** A small JPEG, drawn by the browser itself. */
async function jpeg(p) {
  const url = await p.page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 80; c.height = 60;
    const g = c.getContext('2d');
    g.fillStyle = '#2a7'; g.fillRect(0, 0, 80, 60);
    return c.toDataURL('image/jpeg', 0.9);
  });
  return Buffer.from(url.split(',')[1], 'base64');
}

/** The resident pays the water bill at the sandbox provider and waits for the receipt. */
async function payWater(p, base) {
  await visit(p, `${base}/pay`);
  await click(p, 'link', iso('Pay Water: ¥', { start: true }));
  await click(p, 'button', iso('Pay ¥', { start: true }));
  await p.page.waitForURL(/\/sandbox\/pay\//);
  const sandbox = new URL(p.page.url()).pathname;
  await click(p, 'button', iso('Pay ¥', { start: true }));
  await p.page.waitForURL(/\/pay\/orders\/LL/);
  const receipt = p.page.getByRole('heading', { name: 'Paid — receipt' });
  for (let i = 0; i < 20 && !(await receipt.isVisible()); i++) {
    await new Promise((r) => setTimeout(r, 300));
    await click(p, 'button', 'Check now');
  }
  await receipt.waitFor();
  return sandbox;
}

/** A report with a photo and long words, to the resident's own grid. */
async function fileReport(p, base) {
  await visit(p, `${base}/gov/report`);
  await p.page.getByRole('radio', { name: 'Street light broken' }).check();
  await p.page.getByLabel('Tell us more (optional)').fill(LONG_TEXT);
  await p.page.getByLabel('Add a photo (optional)').setInputFiles({ name: 'light.jpg', mimeType: 'image/jpeg', buffer: await jpeg(p) });
  await click(p, 'button', 'Send the report');
  await p.page.getByRole('heading', { name: 'Your report was sent' }).waitFor();
}

async function write12345(p, base) {
  await visit(p, `${base}/gov/12345`);
  await p.page.getByRole('radio', { name: 'Suggestion' }).check();
  await p.page.getByLabel('Subject').fill('Benches4403019988776655443322110099887766');
  await p.page.getByLabel('Your request').fill(LONG_TEXT);
  await click(p, 'button', 'Send to 12345');
  await p.page.getByRole('heading', { name: 'Your request was sent' }).waitFor();
}

/**
 * Sends an application for the old-age allowance through its forms'
 * endpoints, as the signed-in page's user; returns the application's page.
 */
export async function sendApplication(p, base) {
  const post = (path, form) => p.page.request.post(`${base}${path}`, { form, headers: { origin: base }, maxRedirects: 0 });
  await post('/api/gov/apply/save', { item: 'elderly-allowance', step: '0', value: '1942-04-05', then: 'next' });
  await post('/api/gov/apply/save', { item: 'elderly-allowance', step: '1', value: 'alone', then: 'next' });
  const pdf = { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF') };
  await p.page.request.post(`${base}/gov/apply/elderly-allowance/documents`, {
    multipart: { then: 'next', 'doc_id-card': pdf, 'doc_bank-card': pdf }, headers: { origin: base }, maxRedirects: 0,
  });
  const res = await post('/api/gov/apply/submit', { item: 'elderly-allowance' });
  return res.headers().location.replace('?submitted=1', '');
}

async function bookVisit(p, base) {
  await visit(p, `${base}/gov/visit/registration-id-card`);
  const day = await p.page.getByRole('radio', { disabled: false }).first().getAttribute('value');
  await visit(p, `${base}/gov/visit/registration-id-card?day=${day}`);
  await p.page.getByRole('radio', { disabled: false }).last().check();
  await click(p, 'button', 'Book this time');
  await p.page.waitForURL(/\/gov\/visits\//);
}

/** At a kiosk: the QR code that hands the rest of the bills to a phone. */
async function handOffToPhone(p, base) {
  await choose(p, base, 'kiosk', 'en');
  await visit(p, `${base}/pay`);
  await click(p, 'button', 'Pay all with a phone');
  await p.page.waitForURL(/\/pay\/kiosk\//);
  const path = new URL(p.page.url()).pathname;
  await choose(p, base, 'standard', 'en');
  return path;
}

/**
 * Shop: the resident buys a medicine and a naan for pick-up, pays at the
 * sandbox provider and leaves a good in the cart; returns the shop order's page.
 */
async function shopOrder(p, base) {
  for (const [shop, good] of [['city-pharmacy', 'Paracetamol tablets 0.5 g × 20'], ['city-bakery', 'Girde naan']]) {
    await visit(p, `${base}/shop/shops/${shop}`);
    await click(p, 'button', addButton(good));
  }
  await visit(p, `${base}/shop/cart?fulfilment=pickup`);
  await click(p, 'button', iso('Pay ¥', { start: true }));
  await p.page.waitForURL(/\/sandbox\/pay\//);
  await click(p, 'button', iso('Pay ¥', { start: true }));
  await p.page.waitForURL(/\/pay\/orders\/LL/);
  const order = new URL(await p.page.getByRole('link', { name: iso('Back to Shops') }).getAttribute('href'), base).pathname;
  const paid = p.page.getByText('Paid. The shops have your order.');
  for (let i = 0; i < 20; i++) {
    await visit(p, `${base}${order}`);
    if (await paid.isVisible()) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  await paid.waitFor();
  // something left in the cart, so the cart page has lines and a pay form
  await visit(p, `${base}/shop/shops/city-bakery`);
  await click(p, 'button', addButton('Large naan'));
  return order;
}

// Pages reached by a form rather than a link, and the pages before signing in.
const SIGNED_IN_PAGES = [
  '/', '/me', '/pay', '/pay/history', '/gov', '/gov/mine', '/grid', '/staff/pay', '/staff/gov',
  '/staff/applications', '/staff/visits', '/staff/services', '/staff/kiosks',
  '/gov/apply/elderly-allowance?step=1', '/gov/apply/elderly-allowance/documents', '/gov/apply/elderly-allowance/check',
  '/gov/visit/registration-id-card', '/pay/history?month=&kind=', '/kiosk/idle', '/problem?ref=ABC123DEF0',
];
const SHOP_PAGES = ['/shop/cart', '/shop/cart?fulfilment=pickup', '/shop/search?q=naan'];
const MERCHANT_PAGES = ['/merchant', '/merchant/goods/edit?shop=city-pharmacy'];
const STAFF_PAGES = ['/staff/services/edit?id=elderly-allowance', '/staff/services/new?e_title_ug=missing'];
const VISITOR_PAGES = ['/', '/login', '/login/code', '/demo/sms', '/gov', '/gov/services', '/no-such-page'];

/**
 * A visitor who has not signed in, then the resident, the grid worker,
 * staff and a merchant (their console only), each signed in (JavaScript
 * off) in a browser of their own; makes the data above and returns, for
 * each, their page and the pages they can reach.
 */
export async function walkers(browser, base) {
  const out = {};
  const visitor = await openPage(browser, 'nojs');
  await choose(visitor, base, 'standard', 'en');
  out.visitor = { p: visitor, pages: await reachable(visitor, base, VISITOR_PAGES) };
  for (const [who, phone] of Object.entries(PEOPLE)) {
    const p = await openPage(browser, 'nojs');
    await signIn(p, base, phone);
    // the merchant's own pages only: the rest is the resident's walk again
    const starts = who === 'merchant' ? [...MERCHANT_PAGES] : [...SIGNED_IN_PAGES];
    const keep = who === 'merchant' ? (path) => path.startsWith('/merchant') : undefined;
    if (who === 'resident') {
      starts.push(await payWater(p, base));
      await fileReport(p, base);
      await write12345(p, base);
      await sendApplication(p, base);
      await bookVisit(p, base);
      starts.push(await handOffToPhone(p, base));
      starts.push(await shopOrder(p, base), ...SHOP_PAGES);
    }
    if (who === 'worker') await fileReport(p, base);
    if (who === 'staff') starts.push(...STAFF_PAGES);
    out[who] = { p, pages: await reachable(p, base, starts, keep) };
  }
  return out;
}

/** Sets the display mode and language cookies of a page's browser. */
export async function choose(p, base, display, lang) {
  const cookies = { ...DISPLAY[display], linli_lang: lang };
  await p.context.addCookies(Object.entries(cookies).map(([name, value]) => ({ name, value, url: base })));
}
