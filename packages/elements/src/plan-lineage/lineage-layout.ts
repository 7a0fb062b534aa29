/**
 * The geometry of the lineage diagram: one column per plan, a box per outcome with its title
 * wrapped to the box, and a band from box to box per link (`horizontalLink`, shared/svg-paths.ts).
 * Pure arithmetic on the content, done before rendering (no DOM measuring), so it runs the same in
 * the browser and in a server render. Text widths are estimated from the number of characters.
 *
 * Units are CSS px at a 16 px font: the element sizes the drawing in em, so it follows the page's
 * text size.
 */
import { horizontalLink } from '../shared/svg-paths.js';

export interface DiagramItem {
  key: string;
  title: string;
  /** The part name that takes the item's outcome colour (outcome-colours.ts), if it has one. */
  part?: string;
}

export interface DiagramColumn {
  title: string;
  items: DiagramItem[];
}

export interface DiagramEdge {
  from: string;
  to: string;
  /** How many links the band stands for: its thickness. */
  weight: number;
  /** Every link continues only in part: the band is dashed. */
  partial: boolean;
}

export interface PlacedItem extends DiagramItem {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface PlacedEdge extends DiagramEdge {
  path: string;
  thickness: number;
  /** The part name of the item the band comes from: it takes that item's colour. */
  part?: string;
}

export interface DiagramLayout {
  width: number;
  height: number;
  columns: { x: number; lines: string[] }[];
  items: PlacedItem[];
  edges: PlacedEdge[];
}

export const FONT_SIZE = 16;
export const LINE_HEIGHT = 20;
export const BOX_WIDTH = 200;
export const COLUMN_GAP = 140;
const BOX_PADDING = 8;
const BOX_GAP = 16;
const HEADER_GAP = 12;
/** A rough average width of a character of a sans-serif font, in em. */
const CHAR_WIDTH = 0.55;

/** Breaks text into lines of at most `max` characters, at spaces where it can, inside long words where it must. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const pieces = word.match(new RegExp(`.{1,${Math.max(1, max)}}`, 'gu')) ?? [word];
    for (const piece of pieces) {
      if (line && line.length + 1 + piece.length <= max) line += ` ${piece}`;
      else {
        if (line) lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** How wide a band is for the number of links it stands for. */
export function bandThickness(weight: number): number {
  return Math.min(14, 3 + 2.5 * (weight - 1));
}

export function layoutDiagram(columns: DiagramColumn[], edges: DiagramEdge[]): DiagramLayout {
  const chars = Math.floor((BOX_WIDTH - 2 * BOX_PADDING) / (FONT_SIZE * CHAR_WIDTH));
  const headers = columns.map((c, i) => ({ x: i * (BOX_WIDTH + COLUMN_GAP), lines: wrapText(c.title, Math.floor(BOX_WIDTH / (FONT_SIZE * CHAR_WIDTH))) }));
  const top = Math.max(...headers.map((h) => h.lines.length)) * LINE_HEIGHT + HEADER_GAP;
  const links = (key: string) => edges.filter((e) => e.from === key || e.to === key);

  const items: PlacedItem[] = [];
  columns.forEach((column, c) => {
    let y = top;
    for (const item of column.items) {
      const lines = wrapText(item.title, chars);
      const room = links(item.key).reduce((sum, e) => sum + bandThickness(e.weight) + 4, 4);
      const height = Math.max(lines.length * LINE_HEIGHT + 2 * BOX_PADDING, room);
      items.push({ ...item, x: headers[c]!.x, y, width: BOX_WIDTH, height, lines });
      y += height + BOX_GAP;
    }
  });
  const byKey = new Map(items.map((i) => [i.key, i]));

  // Bands leave a box in the order of the boxes they go to (and arrive in the order of the boxes
  // they come from), spread over the box's height, so that they cross as little as they can.
  const centre = (key: string) => {
    const item = byKey.get(key);
    return item ? item.y + item.height / 2 : 0;
  };
  const slot = (key: string, edge: DiagramEdge, end: 'from' | 'to') => {
    const item = byKey.get(key)!;
    const other = end === 'from' ? 'to' : 'from';
    const siblings = edges.filter((e) => e[end] === key).sort((a, b) => centre(a[other]) - centre(b[other]));
    return item.y + (item.height * (siblings.indexOf(edge) + 1)) / (siblings.length + 1);
  };
  const placed: PlacedEdge[] = edges
    .filter((e) => byKey.has(e.from) && byKey.has(e.to))
    .map((edge) => {
      const from = byKey.get(edge.from)!;
      const to = byKey.get(edge.to)!;
      const path = horizontalLink([from.x + from.width, slot(edge.from, edge, 'from')], [to.x, slot(edge.to, edge, 'to')]);
      return { ...edge, path, thickness: bandThickness(edge.weight), part: from.part };
    });

  const width = columns.length ? headers.at(-1)!.x + BOX_WIDTH : 0;
  const height = Math.max(top, ...items.map((i) => i.y + i.height));
  return { width, height, columns: headers, items, edges: placed };
}
