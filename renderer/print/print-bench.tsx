/**
 * The print benchmarks' page (bench/print.mjs bundles this file and loads it into Chromium): a
 * 打印预览 button opening the real preview dialog on a one-page template, and the batch document
 * builder. Not part of the app.
 */
import { useState } from 'react';
import { translate } from '@shared/i18n';
import { createRoot } from 'react-dom/client';
import { builtinTemplate, isBuiltinTemplateId, sampleData } from '@shared/templates/builtin';
import { createBrowserPlatform } from '../platform/browser-platform';
import { PrintPreviewDialog } from './PrintPreviewDialog';
import { buildPrintDocument } from './print-document';
import type { PrintPreviewSource } from './print-source';
import { templatePrintSource } from './template-print-source';

interface BenchState {
  /** ms from the last click on #open-preview to the first frame painted with its page. */
  lastPreviewMs: number | null;
}

const state: BenchState = { lastPreviewMs: null };
let templateId = 'waybill-sf';
const platform = createBrowserPlatform();

function source(id: string, count: number): PrintPreviewSource {
  if (!isBuiltinTemplateId(id)) throw new Error(`unknown template ${id}`);
  const t = builtinTemplate(id);
  return templatePrintSource(t, Array.from({ length: count }, () => sampleData(id)), { lang: 'zh-CN' });
}

/** Resolves after the frame that shows `selector` has been painted (rAF, then a task after it). */
function drawn(selector: string): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      if (!document.querySelector(selector)) return requestAnimationFrame(check);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
      return undefined;
    };
    check();
  });
}

function Bench() {
  const [doc, setDoc] = useState<PrintPreviewSource | null>(null);
  const open = (clickedAt: number) => {
    setDoc(source(templateId, 1));
    void drawn('[role="region"] .print-sheet svg[data-box="text"]').then((at) => {
      state.lastPreviewMs = at - clickedAt;
    });
  };
  return (
    <>
      <button id="open-preview" type="button" onClick={(e) => open(e.timeStamp)}>
        {translate('zh-CN', 'action.printPreview')}
      </button>
      <button id="close-preview" type="button" onClick={() => setDoc(null)}>
        {translate('zh-CN', 'action.close')}
      </button>
      <PrintPreviewDialog open={doc !== null} onClose={() => setDoc(null)} doc={doc} platform={platform} />
    </>
  );
}

Object.assign(window, {
  __printBench: {
    state,
    setTemplate: (id: string) => {
      templateId = id;
      state.lastPreviewMs = null;
    },
    /** Builds the standalone document of `count` records of a template; returns its HTML and the ms taken. */
    async batchHtml(id: string, count: number) {
      const t0 = performance.now();
      const doc = await buildPrintDocument(source(id, count));
      return { html: doc.html, ms: performance.now() - t0, pages: count };
    },
  },
});

const rootElement = document.createElement('div');
document.body.appendChild(rootElement);
createRoot(rootElement).render(<Bench />);
