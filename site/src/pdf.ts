/**
 * The print pages as PDF files: Chromium (playwright-core, the browser the tests drive) prints
 * each built print page (plans/<plan>/print/) to a tagged A4 PDF with an outline, so a screen
 * reader finds its headings, tables and lists, and a PDF reader lists its sections.
 *
 * Where there is no Chromium the site is still built, without PDFs: `openPdfPrinter` says why,
 * and the pages link to the print page alone.
 */
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { chromiumPath } from '../../scripts/chromium-options.js';
import { launchChromium } from '../../scripts/chromium.js';

export interface PdfPrinter {
  /** The PDF of a built HTML file: A4, the page's own @page margins, tagged, with an outline. */
  print(htmlFile: string): Promise<Buffer>;
  close(): Promise<void>;
}

/** A printer, or why there is none (no Chromium here). */
export async function openPdfPrinter(): Promise<PdfPrinter | { skipped: string }> {
  // Found first, so that "no Chromium here" and "it did not start" are told apart.
  let executablePath: string;
  try {
    executablePath = chromiumPath();
  } catch (error) {
    return { skipped: (error as Error).message };
  }
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    return { skipped: `Chromium at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}` };
  }
  return {
    async print(htmlFile) {
      // JavaScript off: the print page is whole as HTML, and prints as a reader without script sees it.
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: 30_000 });
        return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}
