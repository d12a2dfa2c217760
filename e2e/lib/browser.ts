import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
export const screenshotDir = path.join(root, 'test-results', 'screenshots');

/** Debian's Chromium, headless, with everything that phones home turned off. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A phone-sized browser context on the app. `forAxe` lets axe-core's script tag past the app's CSP
 * (script-src 'self'); the other journeys keep the CSP, so the app itself is proven to run under it.
 */
export function phone(browser: Browser, baseURL: string, forAxe = false): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    bypassCSP: forAxe,
  });
}

/** A desktop-sized context, as clinicians mostly use between appointments. */
export function desktop(browser: Browser, baseURL: string, forAxe = false): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    bypassCSP: forAxe,
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.0-2.2 A and AA) on the page; returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Every page of the app has a level-one heading once rendered: waiting for it keeps axe off a page whose
  // lazy chunk is still loading (it failed "page-has-heading-one" on /clinic/signup once).
  await page.locator('h1').first().waitFor();
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations;
  });
}

/** Violations as short lines, for a readable failure. */
export const describeViolations = (v: AxeViolation[]): string[] =>
  v.map(
    (x) => `${x.id} (${x.impact ?? ''}): ${x.help} at ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

/**
 * WCAG reflow: at 320 CSS pixels wide (a 1280 px screen at 400% zoom, or a phone at 200%) the page
 * needs no sideways scrolling. Returns how far the page is wider than the viewport (0 when it fits).
 */
export async function overflowAt320(page: Page): Promise<number> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (size !== null) await page.setViewportSize(size);
  return overflow;
}
