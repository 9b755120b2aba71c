// Samples the JS heap of the page's dedicated workers over the DevTools protocol. A worker has no
// performance.memory (Chromium exposes it on Window only), but V8's inspector answers
// Runtime.getHeapUsage even while the worker is busy building a workbook.

/** Starts sampling every `intervalMs`; `stop()` resolves to the peak used heap in MB (null if no worker ran). */
export async function sampleWorkerHeap(page, intervalMs = 50) {
  const cdp = await page.context().newCDPSession(page);
  const workers = new Set();
  const pending = new Map();
  let nextId = 1;
  let peak = null;
  cdp.on('Target.attachedToTarget', (e) => e.targetInfo.type === 'worker' && workers.add(e.sessionId));
  cdp.on('Target.detachedFromTarget', (e) => workers.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const msg = JSON.parse(e.message);
    pending.get(msg.id)?.(msg);
    pending.delete(msg.id);
  });
  // Non-flattened sessions: messages to the worker travel inside this one session's commands.
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });

  const ask = (sessionId) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      const message = JSON.stringify({ id, method: 'Runtime.getHeapUsage', params: {} });
      cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => {
        pending.delete(id);
        resolve(null); // the worker ended between listing and asking
      });
    });
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    for (const sessionId of workers) {
      const answer = await ask(sessionId);
      const used = answer?.result?.usedSize;
      if (typeof used === 'number') peak = Math.max(peak ?? 0, used);
    }
    busy = false;
  }, intervalMs);

  return {
    async stop() {
      clearInterval(timer);
      await cdp.detach().catch(() => {});
      return peak === null ? null : peak / 1024 / 1024;
    },
  };
}

/** Runs `task` with the workers' heap sampled alongside: its result plus `workerPeakHeapMb`. */
export async function withWorkerHeap(page, task) {
  const workerHeap = await sampleWorkerHeap(page);
  const result = await task();
  return { ...result, workerPeakHeapMb: await workerHeap.stop() };
}
