import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Boot } from './app/Boot';
import { isQuotaError } from './db/storage-errors';
import { reportQuotaFailure } from './db/storage-health';

// A background write refused by a full disk (a setting, a last-seen mark) is not a crash: the header
// and 首页 say the disk is full, and the write itself rolled back whole.
window.addEventListener('unhandledrejection', (event) => {
  if (!isQuotaError(event.reason)) return;
  event.preventDefault();
  reportQuotaFailure();
  console.warn('a background write was refused: the disk is full', event.reason);
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Boot />
  </StrictMode>,
);
