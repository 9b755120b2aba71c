/**
 * The calibration page: a 10 mm grid with mm rulers and crosshairs at known positions, each labelled
 * with its designed coordinates. Printed with the neutral profile on the template's own paper; the
 * user measures where the crosshairs landed and the calibration wizard computes the profile.
 */
import { translate, type Lang } from '../../i18n';
import type { StaticElement, Template } from '../template';
import { box, hline, label, r1, vline } from './elements';

export interface Paper {
  widthMm: number;
  heightMm: number;
}

export interface Crosshair {
  x: number;
  y: number;
}

/** Rulers run along these lines, clear of the unprintable strip at the paper's edge. */
const rulerAtMm = 5;
/** Vertical grid lines start below the top ruler's numbers, horizontal ones right of the left ruler's. */
const gridTopMm = 12;
const gridLeftMm = 17;
const armMm = 8;

/** Crosshairs 20 mm in from each corner (closer on narrow paper) and at the centre. */
export function calibrationCrosshairs(paper: Paper): Crosshair[] {
  const { widthMm: w, heightMm: h } = paper;
  const inset = Math.min(20, r1(w / 4), r1(h / 4));
  return [
    { x: inset, y: inset },
    { x: r1(w - inset), y: inset },
    { x: inset, y: r1(h - inset) },
    { x: r1(w - inset), y: r1(h - inset) },
    { x: r1(w / 2), y: r1(h / 2) },
  ];
}

function tick(mm: number): number {
  if (mm % 10 === 0) return 3;
  return mm % 5 === 0 ? 2 : 1.2;
}

function rulers(paper: Paper): StaticElement[] {
  const out: StaticElement[] = [hline(0, paper.widthMm, rulerAtMm, 0.15), vline(rulerAtMm, 0, paper.heightMm, 0.15)];
  for (let x = 1; x < paper.widthMm; x++) out.push(vline(x, rulerAtMm, rulerAtMm + tick(x), 0.1));
  for (let y = 1; y < paper.heightMm; y++) out.push(hline(rulerAtMm, rulerAtMm + tick(y), y, 0.1));
  // Grid lines start clear of the ruler numbers, so the numbers stay readable.
  for (let x = 10; x < paper.widthMm - 3; x += 10) {
    out.push(vline(x, gridTopMm, paper.heightMm, 0.05), label(String(x), x - 5, rulerAtMm + 3.2, 10, 3, { fontSizePt: 6, align: 'center' }));
  }
  for (let y = 10; y < paper.heightMm - 3; y += 10) {
    out.push(hline(gridLeftMm, paper.widthMm, y, 0.05));
    // The first number would sit on the top ruler's numbers.
    if (y >= gridTopMm) out.push(label(String(y), rulerAtMm + 3.5, y - 1.5, 8, 3, { fontSizePt: 6 }));
  }
  return out;
}

function crosshair(c: Crosshair, paper: Paper): StaticElement[] {
  const text = `(${c.x}, ${c.y})`;
  const right = c.x + 3 + 24 <= paper.widthMm;
  const below = c.y + 3 + 4 <= paper.heightMm;
  const lx = right ? c.x + 3 : c.x - 27;
  const ly = below ? c.y + 3 : c.y - 7;
  // Heavier than the grid and boxed, so a crosshair on a grid crossing still stands out.
  return [
    hline(c.x - armMm, c.x + armMm, c.y, 0.35),
    vline(c.x, c.y - armMm, c.y + armMm, 0.35),
    box(c.x - 2.5, c.y - 2.5, 5, 5, 0.3),
    label(text, lx, ly, 24, 4, { fontSizePt: 8, bold: true, align: right ? 'left' : 'right' }),
  ];
}

function heading(paper: Paper, lang: Lang): StaticElement[] {
  const { widthMm: w, heightMm: h } = paper;
  const x = r1(Math.min(30, w * 0.15));
  const width = r1(w - 2 * x);
  const top = r1(h / 2 - Math.min(30, h * 0.25));
  const title = translate(lang, 'templates.calibration.title', { width: w, height: h });
  return [
    label(title, x, top, width, 7, { fontSizePt: 14, bold: true, align: 'center' }),
    label(translate(lang, 'templates.calibration.instructions'), x, top + 8, width, 10, { fontFamily: 'song', fontSizePt: 9, align: 'center' }),
  ];
}

/** The calibration page for one paper size (the wizard prints it on the template's own paper). */
export function calibrationTemplate(paper: Paper, lang: Lang = 'zh-CN', id = 'calibration'): Template {
  return {
    id,
    name: translate(lang, 'templates.name.calibration'),
    paper: { widthMm: paper.widthMm, heightMm: paper.heightMm },
    orientation: paper.widthMm > paper.heightMm ? 'landscape' : 'portrait',
    mode: 'full',
    copyLabels: [],
    fields: [],
    statics: [...rulers(paper), ...heading(paper, lang), ...calibrationCrosshairs(paper).flatMap((c) => crosshair(c, paper))],
  };
}
