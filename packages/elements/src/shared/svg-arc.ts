/**
 * The gauge's shape, an annular sector: d3-shape's `arc()` with a corner radius, in a few lines
 * (see svg-paths.ts, which has the other shapes plan-kit draws). Angles are d3's: radians,
 * clockwise from 12 o'clock, so a point at angle `a` and radius `r` is (r sin a, −r cos a). A
 * module of its own: only the gauge draws arcs, so the embed bundle keeps it in the gauge's file.
 */
import { num } from './svg-number.js';

/** The point at `angle` (clockwise from 12 o'clock) and `radius` from the origin, as "x,y". */
function polar(angle: number, radius: number): string {
  return `${num(radius * Math.sin(angle))},${num(-radius * Math.cos(angle))}`;
}

export interface AnnularSector {
  startAngle: number;
  endAngle: number;
  innerRadius: number;
  outerRadius: number;
  /** Rounds the four corners; made smaller where the band is too short or thin for it. */
  cornerRadius?: number;
}

/**
 * A band around the origin from `startAngle` to `endAngle` (clockwise), between two radii, its
 * corners rounded: the outline of a gauge's track, value and marks. Each corner is a circle of the
 * corner radius that touches the band's straight edge and its outer circle (inside it) or its
 * inner circle (outside it), as d3-shape's arc draws it.
 */
export function annularSector({ startAngle, endAngle, innerRadius, outerRadius, cornerRadius = 0 }: AnnularSector): string {
  const a0 = Math.min(startAngle, endAngle);
  const a1 = Math.max(startAngle, endAngle);
  const span = a1 - a0;
  const [r0, r1] = [Math.min(innerRadius, outerRadius), Math.max(innerRadius, outerRadius)];
  const large = (angle: number) => (angle >= Math.PI ? 1 : 0);
  // Each corner fits the band's thickness and its length: two corners side by side at most, at
  // the outer circle and at the inner (where a corner, outside the circle, takes more of it).
  const sine = Math.sin(Math.min(span, Math.PI) / 2);
  const most = Math.max(0, Math.min(cornerRadius, (r1 - r0) / 2));
  const co = Math.min(most, (r1 * sine) / (1 + sine));
  const ci = Math.min(most, sine < 1 ? (r0 * sine) / (1 - sine) : most);
  if (co <= 0 || ci <= 0) {
    return (
      `M${polar(a0, r1)}A${num(r1)},${num(r1)},0,${large(span)},1,${polar(a1, r1)}` +
      `L${polar(a1, r0)}A${num(r0)},${num(r0)},0,${large(span)},0,${polar(a0, r0)}Z`
    );
  }
  // How far along the circles the corners take, and where they meet the straight edges.
  const outerTurn = Math.asin(co / (r1 - co));
  const innerTurn = Math.asin(ci / (r0 + ci));
  const outerEdge = Math.sqrt((r1 - co) ** 2 - co ** 2);
  const innerEdge = Math.sqrt((r0 + ci) ** 2 - ci ** 2);
  const corner = (c: number, to: string) => `A${num(c)},${num(c)},0,0,1,${to}`;
  // Where two corners meet, no arc of the circle is left between them.
  const between = (radius: number, turn: number, sweep: 0 | 1, to: string) =>
    span - 2 * turn > 1e-9 ? `A${num(radius)},${num(radius)},0,${large(span - 2 * turn)},${sweep},${to}` : '';
  return (
    `M${polar(a0, outerEdge)}` +
    corner(co, polar(a0 + outerTurn, r1)) +
    between(r1, outerTurn, 1, polar(a1 - outerTurn, r1)) +
    corner(co, polar(a1, outerEdge)) +
    `L${polar(a1, innerEdge)}` +
    corner(ci, polar(a1 - innerTurn, r0)) +
    between(r0, innerTurn, 0, polar(a0 + innerTurn, r0)) +
    corner(ci, polar(a0, innerEdge)) +
    'Z'
  );
}
