/**
 * Whether focus can be seen, as a sighted keyboard user sees it: Tab to each control in turn, take
 * a screenshot of it (with a margin, for outlines and underlines outside its box) focused, blur
 * it, take the same screenshot unfocused, and count the pixels that changed by a contrast of at
 * least 3:1 (WCAG's figure for non-text contrast). A computed outline can exist and still not be
 * seen (a yellow ring on white, a dark ring on a dark border): only changed pixels count.
 *
 * A control passes when the changed pixels add up to at least its perimeter: as much as a solid
 * ring one CSS pixel wide all round it (the screenshots are at one device pixel per CSS pixel).
 */
import type { ElementHandle, Page } from 'playwright-core';
import { newPage } from './new-page.ts';

export interface FocusSeen {
  /** The start of the control's HTML, to name it in a failure. */
  control: string;
  /** Pixels that changed by 3:1 or more between focused and unfocused. */
  changed: number;
  /** The control's perimeter in pixels: what `changed` must reach. */
  needed: number;
}

const MARGIN = 8;

/** The focused element, inside shadow roots too, unless focus is on the body or has come round again. */
function deepFocus(): Element | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body) return undefined;
  const seen = ((window as unknown as { focusSeen?: WeakSet<Element> }).focusSeen ??= new WeakSet());
  if (seen.has(active)) return undefined;
  seen.add(active);
  return active;
}

/** Pixels of two same-sized PNGs (given as base64) whose colours differ by a contrast of 3:1 or more; run in a page. */
async function contrastChanges([a, b]: [string, string]): Promise<number> {
  const pixels = async (png: string) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
  };
  const [one, two] = await Promise.all([pixels(a), pixels(b)]);
  const channel = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = (d: Uint8ClampedArray, i: number) => 0.2126 * channel(d[i]!) + 0.7152 * channel(d[i + 1]!) + 0.0722 * channel(d[i + 2]!);
  let changed = 0;
  for (let i = 0; i < one.length; i += 4) {
    const [l1, l2] = [luminance(one, i), luminance(two, i)];
    if ((Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05) >= 3) changed++;
  }
  return changed;
}

/**
 * Tab through `page` from where focus is, up to `limit` controls or until focus comes round
 * again, and measure each control's focus as seen. `stop` ends the round early (after measuring
 * the control it is true for).
 */
export async function tabAndMeasureFocus(page: Page, limit: number, stop: (control: string) => boolean = () => false): Promise<FocusSeen[]> {
  const measured: FocusSeen[] = [];
  // The pixels are counted in a blank page of their own, which no Content-Security-Policy restricts.
  const scratch = await newPage(page.context());
  await scratch.evaluate('window.__name = (fn) => fn;');
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const handle = (await page.evaluateHandle(deepFocus)).asElement() as ElementHandle<HTMLElement> | null;
    if (!handle) break;
    const control = await handle.evaluate((el) => el.outerHTML.slice(0, 80));
    const box = await handle.boundingBox();
    if (!box || box.width === 0) continue;
    const viewport = page.viewportSize()!;
    const x = Math.max(0, Math.floor(box.x - MARGIN));
    const y = Math.max(0, Math.floor(box.y - MARGIN));
    const clip = { x, y, width: Math.min(viewport.width - x, Math.ceil(box.width + 2 * MARGIN)), height: Math.min(viewport.height - y, Math.ceil(box.height + 2 * MARGIN)) };
    const focused = await page.screenshot({ clip, animations: 'disabled' });
    await handle.evaluate((el) => el.blur());
    const unfocused = await page.screenshot({ clip, animations: 'disabled' });
    // Blurring keeps the place Tab moves on from (Chromium's sequential focus navigation starting point).
    const changed = await scratch.evaluate(contrastChanges, [focused.toString('base64'), unfocused.toString('base64')] as [string, string]);
    measured.push({ control, changed, needed: Math.round(2 * (box.width + box.height)) });
    await handle.dispose();
    if (stop(control)) break;
  }
  await scratch.close();
  return measured;
}

/** The controls whose focus cannot be seen, named with their figures. */
export function unseen(measured: FocusSeen[]): string[] {
  return measured.filter((m) => m.changed < m.needed).map((m) => `${m.control} (${m.changed} of ${m.needed} pixels changed)`);
}
