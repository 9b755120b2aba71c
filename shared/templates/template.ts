/**
 * A print template is data: paper size in mm, mode, data fields and static elements.
 * Templates are validated with this schema when built in, saved from the designer, or imported.
 */
import { z } from 'zod';
import type { Translate } from '../i18n';

const mm = z.number().finite().min(0).max(2000);
const size = z.number().finite().positive().max(2000);
const fontFamily = z.enum(['song', 'hei', 'mono']);

export const fieldSchema = z
  .object({
    key: z.string().min(1).max(60),
    x: mm,
    y: mm,
    width: size,
    height: size,
    fontFamily,
    fontSizePt: z.number().min(4).max(72),
    bold: z.boolean(),
    align: z.enum(['left', 'center', 'right']),
    overflow: z.enum(['shrink', 'wrap']),
    format: z.enum(['text', 'date', 'datetime', 'money', 'capital']),
  })
  .strict();
export type TemplateField = z.infer<typeof fieldSchema>;

const textElement = z
  .object({
    type: z.literal('text'),
    x: mm,
    y: mm,
    width: size,
    height: size,
    text: z.string().max(500),
    /** 宋体 when absent. */
    fontFamily: fontFamily.optional(),
    fontSizePt: z.number().min(4).max(72),
    bold: z.boolean(),
    align: z.enum(['left', 'center', 'right']),
  })
  .strict();
const lineElement = z
  .object({ type: z.literal('line'), x1: mm, y1: mm, x2: mm, y2: mm, widthMm: z.number().positive().max(5) })
  .strict();
const boxElement = z
  .object({ type: z.literal('box'), x: mm, y: mm, width: size, height: size, widthMm: z.number().positive().max(5) })
  .strict();
const gridElement = z
  .object({
    type: z.literal('grid'),
    x: mm,
    y: mm,
    colWidths: z.array(size).min(1).max(50),
    rowHeights: z.array(size).min(1).max(200),
    widthMm: z.number().positive().max(5),
  })
  .strict();
const codeElement = z
  .object({
    type: z.enum(['barcode', 'qrcode']),
    key: z.string().min(1).max(60),
    x: mm,
    y: mm,
    width: size,
    height: size,
  })
  .strict();

export const staticSchema = z.discriminatedUnion('type', [textElement, lineElement, boxElement, gridElement, codeElement]);
export type StaticElement = z.infer<typeof staticSchema>;

export const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/),
    name: z.string().min(1).max(60),
    paper: z.object({ widthMm: size, heightMm: size }).strict(),
    orientation: z.enum(['portrait', 'landscape']),
    mode: z.enum(['full', 'overlay']),
    /** Per-copy labels of a multi-part form (第一联 存根(白) …); empty for a single sheet. */
    copyLabels: z.array(z.string().min(1).max(30)).max(6),
    /** Where a copy's label prints; the top-right corner when absent. */
    copyLabelBox: z.object({ x: mm, y: mm, width: size, height: size }).strict().optional(),
    background: z.object({ dataUrl: z.string().startsWith('data:image/'), print: z.boolean() }).strict().optional(),
    fields: z.array(fieldSchema).max(300),
    statics: z.array(staticSchema).max(1000),
  })
  .strict();
export type Template = z.infer<typeof templateSchema>;

function rightBottom(e: StaticElement): [number, number] {
  switch (e.type) {
    case 'line':
      return [Math.max(e.x1, e.x2), Math.max(e.y1, e.y2)];
    case 'grid':
      return [e.x + e.colWidths.reduce((a, b) => a + b, 0), e.y + e.rowHeights.reduce((a, b) => a + b, 0)];
    default:
      return [e.x + e.width, e.y + e.height];
  }
}

const edgeToleranceMm = 0.01;

/**
 * Why a template was refused, as data: the screens word it in the user's language
 * (templateProblemText). `detail` is the schema checker's own wording, kept for logs.
 */
export type TemplateProblem =
  | { kind: 'format'; path: string; detail: string }
  | { kind: 'unknownKeys'; path: string; keys: string[] }
  | { kind: 'fieldOffPage'; index: number; key: string }
  | { kind: 'copyLabelOffPage' }
  | { kind: 'staticOffPage'; index: number; type: StaticElement['type'] };

/** Validates untrusted template JSON: schema, then every field and element must lie on the page. */
export function parseTemplate(json: unknown): { ok: true; template: Template } | { ok: false; problems: TemplateProblem[] } {
  const parsed = templateSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i): TemplateProblem => {
      const path = i.path.join('.');
      return i.code === 'unrecognized_keys' ? { kind: 'unknownKeys', path, keys: i.keys } : { kind: 'format', path, detail: i.message };
    });
    return { ok: false, problems };
  }
  const t = parsed.data;
  const { widthMm, heightMm } = t.paper;
  const problems: TemplateProblem[] = [];
  t.fields.forEach((f, index) => {
    if (f.x + f.width > widthMm + edgeToleranceMm || f.y + f.height > heightMm + edgeToleranceMm) {
      problems.push({ kind: 'fieldOffPage', index, key: f.key });
    }
  });
  const c = t.copyLabelBox;
  if (c && (c.x + c.width > widthMm + edgeToleranceMm || c.y + c.height > heightMm + edgeToleranceMm)) {
    problems.push({ kind: 'copyLabelOffPage' });
  }
  t.statics.forEach((e, index) => {
    const [r, b] = rightBottom(e);
    if (r > widthMm + edgeToleranceMm || b > heightMm + edgeToleranceMm) problems.push({ kind: 'staticOffPage', index, type: e.type });
  });
  return problems.length ? { ok: false, problems } : { ok: true, template: t };
}

/** A refusal in the user's language: "字段 recipient.name 超出纸张范围" rather than the checker's English. */
export function templateProblemText(t: Translate, p: TemplateProblem): string {
  switch (p.kind) {
    case 'format':
      return p.path === '' ? t('template.problem.formatRoot') : t('template.problem.format', { path: p.path });
    case 'unknownKeys':
      return t('template.problem.unknownKeys', { keys: p.keys.join(t('list.separator')), where: p.path === '' ? t('template.problem.root') : p.path });
    case 'fieldOffPage':
      return t('template.problem.fieldOffPage', { key: p.key });
    case 'copyLabelOffPage':
      return t('template.problem.copyLabelOffPage');
    case 'staticOffPage':
      return t('template.problem.staticOffPage', { n: p.index + 1, type: t(`template.element.${p.type}`) });
  }
}
