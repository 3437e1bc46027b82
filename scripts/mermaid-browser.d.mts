import type { BrowserContext, Page } from 'playwright-core';

/** Debian's Chromium. */
export const CHROMIUM: string;
/** mermaid's browser bundle in node_modules. */
export const MERMAID_DIST: string;
/** A headless Chromium with a fresh profile that reaches nothing. */
export function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }>;
/** A page with mermaid loaded and initialised as GitHub does. */
export function mermaidPage(context: BrowserContext, html?: string): Promise<Page>;
/** Parse and render each diagram text (no fence): ok with the SVG, or the error. */
export function renderDiagrams(
  page: Page,
  diagrams: string[],
): Promise<Array<{ ok: true; svg: string } | { ok: false; error: string }>>;
/** The bodies of a markdown document's ```mermaid fences. */
export function mermaidBlocks(markdown: string): string[];
