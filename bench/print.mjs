// Print benchmarks (issue 5): bundles renderer/print/print-bench.tsx with Vite, loads it into headless
// Chromium and measures
//   1. preview of a one-page template, from the click on 打印预览 to the first frame painted with the page
//      (target ≤ 200 ms);
//   2. a batch of 100 waybills to PDF: the standalone document built in the page (as the preview does
//      before printing) + Chromium's PDF of it (Electron's printToPDF is the same engine) (target ≤ 10 s).
// Prints a table and writes bench/results/print.json. `node bench/print.mjs [--quick]`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { build } from 'vite';
import { hasFlag, launchBrowser, machineMeta, rootDir as repo, step, writeResultFile } from './harness.mjs';
import { median, percentile } from './stats.mjs';

const quick = hasFlag('--quick');
const previewRuns = quick ? 5 : 20;
const batchSize = 100;
const batchRuns = quick ? 1 : 3;
const targets = { previewMs: 200, batchPdfMs: 10_000 };

async function bundle(outDir) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: repo,
    plugins: [react()],
    resolve: { alias: { '@shared': resolve(repo, 'shared') } },
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), __APP_VERSION__: JSON.stringify('bench') },
    build: {
      outDir,
      emptyOutDir: true,
      lib: { entry: resolve(repo, 'renderer/print/print-bench.tsx'), formats: ['es'], fileName: () => 'print-bench.js' },
    },
  });
  return join(outDir, 'print-bench.js');
}

async function pageCount(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const n = pdf.numPages;
  await pdf.destroy();
  return n;
}

async function measurePreview(page, templateId) {
  await page.evaluate((id) => globalThis.__printBench.setTemplate(id), templateId);
  const times = [];
  for (let i = 0; i < previewRuns; i++) {
    await page.evaluate(() => {
      globalThis.__printBench.state.lastPreviewMs = null;
    });
    await page.click('#open-preview');
    await page.waitForFunction(() => globalThis.__printBench.state.lastPreviewMs !== null);
    times.push(await page.evaluate(() => globalThis.__printBench.state.lastPreviewMs));
    // The open dialog covers the page: close it from script.
    await page.evaluate(() => globalThis.document.getElementById('close-preview').click());
    await page.waitForFunction(() => !globalThis.document.querySelector('[role="dialog"]'));
  }
  return { name: `preview ${templateId} (click → drawn)`, times, first: times[0], target: targets.previewMs };
}

async function measureBatch(browser, page, templateId) {
  const runs = [];
  for (let i = 0; i < batchRuns; i++) {
    const built = await page.evaluate(([id, n]) => globalThis.__printBench.batchHtml(id, n), [templateId, batchSize]);
    const pdfPage = await browser.newPage();
    const t0 = performance.now();
    await pdfPage.setContent(built.html);
    await pdfPage.evaluate(() => globalThis.document.fonts.ready);
    const bytes = await pdfPage.pdf({ preferCSSPageSize: true, printBackground: true });
    const pdfMs = performance.now() - t0;
    await pdfPage.close();
    runs.push({ buildMs: built.ms, pdfMs, totalMs: built.ms + pdfMs, pages: await pageCount(bytes), mb: bytes.length / 1024 / 1024 });
  }
  return {
    name: `${batchSize} × ${templateId} → PDF`,
    times: runs.map((r) => r.totalMs),
    buildMs: median(runs.map((r) => r.buildMs)),
    pdfMs: median(runs.map((r) => r.pdfMs)),
    pages: runs[0].pages,
    mb: runs[0].mb,
    target: targets.batchPdfMs,
  };
}

function report(results) {
  const fmt = (v) => (typeof v === 'number' ? v.toFixed(0) : '');
  console.log('| benchmark | median ms | p95 ms | first ms | build HTML ms | Chromium PDF ms | pages | PDF MB | target ms | met |');
  console.log('|:--|--:|--:|--:|--:|--:|--:|--:|--:|:--|');
  for (const r of results) {
    const m = median(r.times);
    console.log(
      `| ${r.name} | ${fmt(m)} | ${fmt(percentile(r.times, 95))} | ${fmt(r.first)} | ${fmt(r.buildMs)} | ${fmt(r.pdfMs)} | ${r.pages ?? ''} | ${r.mb ? r.mb.toFixed(1) : ''} | ${r.target} | ${m <= r.target ? 'yes' : 'NO'} |`,
    );
  }
}

async function main() {
  const tmp = await mkdtemp(join(tmpdir(), 'print-bench-'));
  const browser = await launchBrowser();
  try {
    step('bundling renderer/print/print-bench.tsx');
    const script = await bundle(tmp);
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    await page.setContent('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: script, type: 'module' });
    await page.waitForFunction(() => globalThis.__printBench && globalThis.document.getElementById('open-preview'));
    const results = [];
    for (const id of ['waybill-sf', 'thermal-100x150']) {
      step(`preview ${id} ×${previewRuns}`);
      results.push(await measurePreview(page, id));
    }
    for (const id of ['waybill-sf', 'thermal-100x150']) {
      step(`batch ${batchSize} × ${id} ×${batchRuns}`);
      results.push(await measureBatch(browser, page, id));
    }
    report(results);
    await writeResultFile('print.json', { ...machineMeta(browser.version()), targets, results });
    console.log('results: bench/results/print.json');
  } finally {
    await browser.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
