#!/usr/bin/env node
// npm run screenshots: the README's pictures of job summaries, from real runs, rendered as GitHub
// renders them (markdown to HTML by `marked`, ```mermaid blocks drawn by `mermaid`) in Debian's
// headless Chromium, saved as PNG next to the README that shows them:
//   actions/health-check/summary.png  the one-step pipeline's bad release from npm run demo (deploy,
//                                     unhealthy, rolled back, healthy again), its GITHUB_STEP_SUMMARY;
//   actions/dora-metrics/summary.png  dora-metrics' bundle on the tests' loopback GitHub API
//                                     (generated history, seed 14), its GITHUB_STEP_SUMMARY.
// Needs `npm run build` first (the runs are the bundles in dist/). No network beyond 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { marked } from 'marked';
import { launchChromium, mermaidPage } from './mermaid-browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The README pictures stay small: the repository carries every version of them. */
const MAX_BYTES = 200 * 1024;
const WIDTH = 860;

/** GitHub's markdown look, near enough: its fonts, tables, code and headings (light theme). */
const CSS = `
body {
  margin: 0; background: #f6f8fa; color: #1f2328;
  font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif,
    "Noto Color Emoji";
}
.card { margin: 16px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
.card > header { padding: 12px 16px; border-bottom: 1px solid #d1d9e0; font-weight: 600; }
.card > header span { color: #59636e; font-weight: 400; }
.body { padding: 8px 24px 16px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 16px 0; }
h3 { font-size: 1.25em; margin: 24px 0 16px; }
h4 { font-size: 1em; margin: 20px 0 12px; }
h5 { font-size: .875em; margin: 16px 0 8px; }
p, table, details, blockquote, pre { margin: 0 0 16px; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; }
tr:nth-child(2n) { background: #f6f8fa; }
code {
  background: #818b981f; border-radius: 6px; padding: .2em .4em;
  font: 85% ui-monospace, "DejaVu Sans Mono", monospace;
}
pre code { background: none; padding: 0; }
pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; }
pre.mermaid { background: none; padding: 0; text-align: center; }
blockquote { border-left: .25em solid #d1d9e0; color: #59636e; padding: 0 1em; }
a { color: #0969da; text-decoration: none; }
`;

/** The job summary as GitHub shows it under a run: a card with the job's name, the markdown inside. */
function summaryHtml(markdown, job) {
  const html = marked
    .parse(markdown, { gfm: true })
    .replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>');
  return (
    `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>` +
    `<div class="card"><header>${job} <span>summary</span></header><div class="body">${html}</div></div>` +
    '</body></html>'
  );
}

/** Render the markdown in Chromium and save a PNG of it; fails on any diagram mermaid cannot draw. */
async function screenshot(context, markdown, job, file) {
  const page = await mermaidPage(context, summaryHtml(markdown, job));
  await page.setViewportSize({ width: WIDTH, height: 600 });
  const errors = await page.evaluate(async () => {
    const failed = [];
    await globalThis.mermaid
      .run({ querySelector: 'pre.mermaid', suppressErrors: false })
      .catch((error) => failed.push(String(error?.message ?? error)));
    return failed;
  });
  if (errors.length > 0)
    throw new Error(`${relative(root, file)}: mermaid could not draw a diagram: ${errors.join('; ')}`);
  await page.evaluate(() => document.fonts.ready);
  const card = page.locator('.card');
  const png = await card.screenshot({ type: 'png', animations: 'disabled' });
  writeFileSync(file, await indexedPng(page, png));
  await page.close();
  const size = statSync(file).size;
  if (size > MAX_BYTES)
    throw new Error(`${relative(root, file)} is ${Math.round(size / 1024)} KB, over ${MAX_BYTES / 1024} KB`);
  console.log(`${relative(root, file)}: ${Math.round(size / 1024)} KB`);
}

/**
 * The screenshot with at most 256 colours, as an indexed PNG: a third of the bytes, no visible
 * change (a summary is text on white and a few chart colours). The browser decodes it; the most
 * frequent 256 colours are kept and every other pixel takes the nearest of them.
 */
async function indexedPng(page, png) {
  const { width, height, palette, indices } = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context2d = canvas.getContext('2d');
    context2d.drawImage(image, 0, 0);
    const { data } = context2d.getImageData(0, 0, image.width, image.height);
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const rgb = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
    }
    const kept = [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 256)
      .map(([rgb]) => rgb);
    const index = new Map(kept.map((rgb, i) => [rgb, i]));
    const nearest = (rgb) => {
      let best = 0;
      let bestDistance = Infinity;
      kept.forEach((other, i) => {
        const dr = (rgb >> 16) - (other >> 16),
          dg = ((rgb >> 8) & 255) - ((other >> 8) & 255),
          db = (rgb & 255) - (other & 255);
        const distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
        if (distance < bestDistance) [best, bestDistance] = [i, distance];
      });
      return best;
    };
    for (const rgb of counts.keys()) if (!index.has(rgb)) index.set(rgb, nearest(rgb));
    const indices = new Uint8Array(image.width * image.height);
    for (let p = 0; p < indices.length; p++)
      indices[p] = index.get((data[p * 4] << 16) | (data[p * 4 + 1] << 8) | data[p * 4 + 2]);
    let binary = '';
    for (let i = 0; i < indices.length; i += 0x8000) binary += String.fromCharCode(...indices.subarray(i, i + 0x8000));
    return { width: image.width, height: image.height, palette: kept, indices: btoa(binary) };
  }, png.toString('base64'));
  const pixels = Buffer.from(indices, 'base64');
  const rows = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) pixels.copy(rows, y * (width + 1) + 1, y * width, (y + 1) * width);
  const chunk = (type, body) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit indexed colour, deflate, no interlace
  const plte = Buffer.from(palette.flatMap((rgb) => [rgb >> 16, (rgb >> 8) & 255, rgb & 255]));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The demo's bad release (v3): its job summary. */
function pipelineSummary(dir) {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'demo.mjs')], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', DEMO_SUMMARY_DIR: dir },
    encoding: 'utf8',
  });
  if (run.status !== 0 || !existsSync(join(dir, 'v3.md')))
    throw new Error(`npm run demo failed:\n${run.stdout}${run.stderr}`);
  return readFileSync(join(dir, 'v3.md'), 'utf8');
}

/** dora-metrics' bundle on the loopback GitHub API with a generated history (TypeScript test support, run by tsx). */
function doraSummary() {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, [join(root, 'scripts', 'dora-run.ts')], { cwd: root, env: process.env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the dora-metrics run failed:\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

for (const name of ['pipeline', 'dora-metrics']) {
  if (!existsSync(join(root, 'dist', name, 'index.js'))) {
    console.error(`dist/${name}/index.js is missing: run npm run build`);
    process.exit(1);
  }
}
const dir = mkdtempSync(join(tmpdir(), 'dk-screenshots-'));
const browser = await launchChromium();
try {
  await screenshot(browser.context, pipelineSummary(dir), 'ship', join(root, 'actions', 'health-check', 'summary.png'));
  await screenshot(browser.context, doraSummary(), 'figures', join(root, 'actions', 'dora-metrics', 'summary.png'));
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
