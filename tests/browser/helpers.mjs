// Shared set-up for the browser tests: a fresh server on a free port with a
// fresh database, Debian's Chromium driven by playwright-core, and a page
// that records every page error and console error (a dead hydration must
// not pass unnoticed).
import { after, before } from 'node:test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
const require = createRequire(path.join(root, 'tools/package.json'));
const { chromium } = require('playwright-core');
export const axePath = require.resolve('axe-core/axe.min.js');

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Starts the release server; returns { base, db (its SQLite file), stop }. */
export async function startServer(env = {}) {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'linli-test-'));
  const bin = process.env.LINLI_SERVER || path.join(root, 'target/release/linli');
  const child = spawn(bin, [], {
    cwd: root,
    env: {
      ...process.env,
      LINLI_DEMO: '1',
      LINLI_ADDR: `127.0.0.1:${port}`,
      LINLI_DATABASE_URL: `sqlite://${dir}/linli.db`,
      LEPTOS_OUTPUT_NAME: 'linli',
      LEPTOS_SITE_ROOT: 'target/site',
      LEPTOS_SITE_PKG_DIR: 'pkg',
      RUST_LOG: 'warn',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20000;
  for (;;) {
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    db: path.join(dir, 'linli.db'),
    async stop() {
      child.kill('SIGTERM');
      const code = child.exitCode ?? (await new Promise((r) => child.once('exit', (c) => r(c))));
      rmSync(dir, { recursive: true, force: true });
      return code;
    },
  };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * The ways a person's browser meets Linli:
 * - 'nojs': JavaScript off;
 * - 'nowasm': JavaScript on but no WebAssembly (old WeChat engines, iOS Lockdown Mode);
 * - 'hydrated': everything on; tests wait until the wasm has hydrated the page.
 */
export const MODES = ['nojs', 'hydrated'];

/** A phone-sized page; `errors` collects page and console errors. */
export async function openPage(browser, mode, { locale = 'en-US', kiosk = false, bypassCSP = false } = {}) {
  const context = await browser.newContext({
    bypassCSP,
    javaScriptEnabled: mode !== 'nojs',
    locale,
    viewport: kiosk ? { width: 1080, height: 1920 } : { width: 390, height: 844 },
    deviceScaleFactor: 1,
    hasTouch: true,
  });
  if (mode === 'nowasm') {
    await context.addInitScript(() => { delete window.WebAssembly; });
  }
  const page = await context.newPage();
  const errors = [];
  const logs = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    logs.push(m.text());
  });
  return { context, page, errors, logs, mode };
}

/** Goes to a URL and, when hydrated, waits for the wasm to take over. */
export async function visit(p, url) {
  await p.page.goto(url);
  await settle(p);
}

/** After a navigation or form post: wait for hydration where expected. */
export async function settle(p) {
  await p.page.waitForLoadState('load');
  if (p.mode === 'hydrated') {
    await p.page.waitForSelector('body[data-hydrated]', { timeout: 15000 });
  }
}

export async function computed(locator, prop) {
  return locator.evaluate((el, prop) => getComputedStyle(el)[prop], prop);
}

/** Reads the newest code from the demo outbox page, as a demo user would. */
export async function readDemoCode(p, base) {
  const outbox = await p.context.newPage();
  await outbox.goto(`${base}/demo/sms`);
  const text = await outbox.locator('.sms-body').first().innerText();
  await outbox.close();
  const m = text.match(/\d{6}/);
  if (!m) throw new Error(`no code in: ${text}`);
  return m[0];
}

/**
 * Signs in through the pages: phone → code → Me (or `lands`: a number
 * Linli does not know yet lands on /me/join).
 */
export async function signIn(p, base, phone, lands = '/me') {
  await visit(p, `${base}/login`);
  // choose English on this device (the tests read English); without a
  // choice, signing in would switch to the language the person reads
  await p.page.getByRole('button', { name: 'English' }).click();
  await p.page.waitForURL(`${base}/login`);
  await settle(p);
  await p.page.getByLabel('Sign in with your mobile phone number').fill(phone);
  await p.page.getByRole('button', { name: 'Send me a code' }).click();
  await p.page.waitForURL(`${base}/login/code`);
  await settle(p);
  const code = await readDemoCode(p, base);
  await p.page.getByLabel('Enter the code from the text message').fill(code);
  await p.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await p.page.waitForURL(`${base}${lands}`);
  await settle(p);
}

const sessions = new Map();

/**
 * Signs in like `signIn` the first time a phone is used on a server, and
 * reuses that session afterwards (a second code for the same phone within
 * a minute is refused): for someone who appears in both modes of a file.
 */
export async function signInOnce(p, base, phone) {
  const key = `${base} ${phone}`;
  if (sessions.has(key)) {
    await p.context.addCookies(sessions.get(key));
  } else {
    await signIn(p, base, phone);
    sessions.set(key, await p.context.cookies());
  }
}

/**
 * For a test file: a fresh server (with `env`) and a browser before its
 * tests, both stopped after them. Read `.server` and `.browser` in tests.
 */
export function useServerAndBrowser(env = {}) {
  const ctx = { server: null, browser: null };
  before(async () => {
    ctx.server = await startServer(env);
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
  });
  return ctx;
}

let axeSource = null;

// Elder mode promises AAA contrast (7:1), so its audit adds axe's enhanced
// contrast rule to the WCAG 2.2 AA set.
export async function audit(page, elder) {
  axeSource ??= readFileSync(axePath, 'utf8');
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async (elder) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'color-contrast-enhanced': { enabled: elder }, 'target-size': { enabled: true } },
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, elder);
  return result;
}


/**
 * A pattern for text that Fluent built with variables: values come wrapped
 * in invisible bidi isolation marks (U+2068 … U+2069), which accessible
 * names keep. `iso('Pay Water: ¥', { start: true })` matches "Pay ⁨Water⁩: ⁨¥…".
 */
export function iso(text, { start = false, end = false } = {}) {
  const marks = '[\\u2068\\u2069]*';
  const body = [...text].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(marks);
  return new RegExp(`${start ? '^' : ''}${marks}${body}${end ? `${marks}$` : ''}`);
}
