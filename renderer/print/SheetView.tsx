import { memo } from 'react';
import type { PageSize, Sheet, SheetCode, SheetElement, SheetLine, SheetRect, SheetText } from '@shared/print/sheet';
import { ptToMm } from '@shared/print/sheet';
import { anchorXMm, lineBaselinesMm } from '@shared/print/text-layout';
import { fontStacks, sheetClass } from './print-css';

/** How a sheet is shown: the preview may add the background scan that is not printed. */
export interface SheetViewOptions {
  /** Show a screen-only background (the preview's 背景 switch); a printed background always shows. */
  showBackground?: boolean;
}

const anchors = { left: 'start', center: 'middle', right: 'end' } as const;

/**
 * A text box: a nested SVG viewport at the box clips whatever a real font might make wider than the
 * estimate, and each line is drawn with its baseline exactly where shared/print/text-layout puts it.
 */
function TextBox({ t }: { t: SheetText }) {
  const x = anchorXMm(t) - t.xMm;
  const baselines = lineBaselinesMm(t);
  return (
    <svg x={t.xMm} y={t.yMm} width={t.widthMm} height={t.heightMm} overflow="hidden" data-box="text">
      <text
        fontSize={ptToMm(t.sizePt)}
        fontWeight={t.bold ? 700 : 400}
        textAnchor={anchors[t.align]}
        fill="#000"
        style={{ fontFamily: fontStacks[t.font], whiteSpace: 'pre' }}
      >
        {t.lines.map((line, i) => (
          <tspan key={i} x={x} y={(baselines[i] ?? 0) - t.yMm}>
            {line}
          </tspan>
        ))}
      </text>
    </svg>
  );
}

function Line({ l }: { l: SheetLine }) {
  return <line x1={l.x1Mm} y1={l.y1Mm} x2={l.x2Mm} y2={l.y2Mm} stroke="#000" strokeWidth={l.weightMm} strokeLinecap="square" />;
}

function Rect({ r }: { r: SheetRect }) {
  return <rect x={r.xMm} y={r.yMm} width={r.widthMm} height={r.heightMm} fill="none" stroke="#000" strokeWidth={r.weightMm} />;
}

/** A bar code or QR code: its own drawing units scaled into the box. */
function Code({ c }: { c: SheetCode }) {
  return (
    <svg
      x={c.xMm}
      y={c.yMm}
      width={c.widthMm}
      height={c.heightMm}
      viewBox={`0 0 ${c.viewBox.width} ${c.viewBox.height}`}
      preserveAspectRatio={c.keepAspect ? 'xMidYMid meet' : 'none'}
      shapeRendering="crispEdges"
      data-box="code"
    >
      {c.paths.map((p, i) =>
        p.strokeWidth === undefined ? (
          <path key={i} d={p.d} fill="#000" />
        ) : (
          <path key={i} d={p.d} fill="none" stroke="#000" strokeWidth={p.strokeWidth} />
        ),
      )}
    </svg>
  );
}

function Element({ e }: { e: SheetElement }) {
  switch (e.kind) {
    case 'text':
      return <TextBox t={e} />;
    case 'line':
      return <Line l={e} />;
    case 'rect':
      return <Rect r={e} />;
    case 'code':
      return <Code c={e} />;
  }
}

/**
 * One sheet of paper: a box of exactly the page size holding one SVG whose user unit is 1 mm, so
 * every element lands exactly where its numbers say. The printer profile's offset moves the whole
 * printed page; a screen-only background stays put, as the paper it stands for does.
 */
export const SheetView = memo(function SheetView({ sheet, pageSize, showBackground = false }: { sheet: Sheet; pageSize: PageSize } & SheetViewOptions) {
  const { widthMm: w, heightMm: h } = pageSize;
  const bg = sheet.background;
  const image = bg && <image href={bg.dataUrl} x={0} y={0} width={w} height={h} preserveAspectRatio="none" />;
  const offset = sheet.offset && (sheet.offset.xMm !== 0 || sheet.offset.yMm !== 0) ? sheet.offset : null;
  return (
    <div className={sheetClass} lang="zh-CN">
      <svg width={`${w}mm`} height={`${h}mm`} viewBox={`0 0 ${w} ${h}`} style={{ display: 'block' }}>
        {bg && !bg.printed && showBackground && image}
        <g transform={offset ? `translate(${offset.xMm} ${offset.yMm})` : undefined}>
          {bg?.printed && image}
          {sheet.elements.map((e, i) => (
            <Element key={i} e={e} />
          ))}
        </g>
      </svg>
    </div>
  );
});
