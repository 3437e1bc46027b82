// Debian's headless Chromium (apt package `chromium`, from .ci/system-deps) driven by playwright-core,
// with mermaid's own dist file loaded from node_modules: no network at all. Used by the render test
// of every diagram the summaries emit (test/summaries/mermaid-render.test.ts) and by
// npm run screenshots (scripts/screenshots.mjs).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { missingMessage } from './system-deps.mjs';

export const CHROMIUM = '/usr/bin/chromium';
const require = createRequire(import.meta.url);
/** mermaid's browser bundle (it defines `globalThis.mermaid`). */
export const MERMAID_DIST = require.resolve('mermaid/dist/mermaid.min.js');

/**
 * A headless Chromium that reaches nothing: the background-networking flags keep it from calling
 * home (this machine refuses such connections), and its profile is a fresh temporary directory.
 */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) throw new Error(missingMessage(['chromium']));
  const profile = mkdtempSync(join(tmpdir(), 'dk-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-lcd-text',
    ],
  });
  // Every request beyond the page itself is refused: the page must need nothing from outside.
  await browser.route(/^(?!data:|about:)/, (route) => route.abort());
  return {
    context: browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page with mermaid loaded and initialised as GitHub does (no auto start, strict security). */
export async function mermaidPage(context, html = '<!doctype html><html><body></body></html>') {
  const page = await context.newPage();
  await page.setContent(html);
  await page.addScriptTag({ path: MERMAID_DIST });
  await page.evaluate(() => globalThis.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
  return page;
}

/**
 * Parse and render each diagram (its text without the ``` fence) on `page`. One result per
 * diagram: `{ ok: true, svg }` or `{ ok: false, error }`; mermaid's error SVG counts as an error.
 */
export async function renderDiagrams(page, diagrams) {
  return page.evaluate(async (texts) => {
    const results = [];
    for (const [index, text] of texts.entries()) {
      try {
        await globalThis.mermaid.parse(text);
        const { svg } = await globalThis.mermaid.render(`diagram-${index}`, text);
        if (/Syntax error in text|aria-roledescription="error"/.test(svg))
          results.push({ ok: false, error: 'mermaid drew its error picture' });
        else results.push({ ok: true, svg });
      } catch (error) {
        results.push({ ok: false, error: String(error?.message ?? error) });
      }
    }
    return results;
  }, diagrams);
}

/** The diagrams in a markdown document: the bodies of its ```mermaid fences. */
export function mermaidBlocks(markdown) {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((match) => match[1]);
}
