import type { CSSProperties } from 'react';
import type { PageSize, Sheet, SheetLine, SheetText } from '@shared/print/sheet';
import { bodyFontStack, sheetClass, titleFontStack } from './print-css';

const justify = { top: 'flex-start', middle: 'center', bottom: 'flex-end' } as const;

function textStyle(t: SheetText): CSSProperties {
  return {
    position: 'absolute',
    left: `${t.xMm}mm`,
    top: `${t.yMm}mm`,
    width: `${t.widthMm}mm`,
    height: `${t.heightMm}mm`,
    display: 'flex',
    flexDirection: 'column',
    justifyContent: justify[t.vAlign],
    overflow: 'hidden',
    textAlign: t.align,
    fontFamily: t.font === 'title' ? titleFontStack : bodyFontStack,
    fontSize: `${t.sizePt}pt`,
    fontWeight: t.bold ? 700 : 400,
    lineHeight: `${t.lineHeightMm}mm`,
    color: '#000',
  };
}

/** Lines are already fitted in shared/print; here each stays on its own line and is clipped, never reflowed. */
const lineStyle: CSSProperties = { whiteSpace: 'pre', overflow: 'hidden' };

function TextBox({ text }: { text: SheetText }) {
  return (
    <div style={textStyle(text)}>
      {text.lines.map((l, i) => (
        <div key={i} style={lineStyle}>
          {l}
        </div>
      ))}
    </div>
  );
}

/** Rules are drawn in one SVG whose user unit is 1 mm, so any line lands exactly where its numbers say. */
function Rules({ lines, pageSize }: { lines: SheetLine[]; pageSize: PageSize }) {
  const { widthMm, heightMm } = pageSize;
  return (
    <svg
      width={`${widthMm}mm`}
      height={`${heightMm}mm`}
      viewBox={`0 0 ${widthMm} ${heightMm}`}
      style={{ position: 'absolute', left: 0, top: 0 }}
      aria-hidden="true"
    >
      {lines.map((l, i) => (
        <line key={i} x1={l.x1Mm} y1={l.y1Mm} x2={l.x2Mm} y2={l.y2Mm} stroke="#000" strokeWidth={l.weightMm} strokeLinecap="square" />
      ))}
    </svg>
  );
}

/** One sheet of paper: a box of exactly the page size with every element placed in mm. */
export function SheetView({ sheet, pageSize }: { sheet: Sheet; pageSize: PageSize }) {
  const lines = sheet.elements.filter((e): e is SheetLine => e.kind === 'line');
  const texts = sheet.elements.filter((e): e is SheetText => e.kind === 'text');
  return (
    <div className={sheetClass} lang="zh-CN">
      <Rules lines={lines} pageSize={pageSize} />
      {texts.map((t, i) => (
        <TextBox key={i} text={t} />
      ))}
    </div>
  );
}
