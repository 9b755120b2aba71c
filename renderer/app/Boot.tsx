import { useEffect, useState, useSyncExternalStore } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { isClosedElsewhere, subscribeClosedElsewhere } from '../db/window-channel';
import { getPlatform } from '../platform';
import { App } from './App';
import { BlockedScreen } from './BlockedScreen';
import { claimWindow } from './single-window';
import { prepareStart, type StartResult } from './startup';

type BootState = { step: 'claiming' } | { step: 'elsewhere' } | { step: 'starting' } | { step: 'started'; result: StartResult };

const reload = () => window.location.reload();

/** Takes this window's claim on the data, then prepares the start; each step may say why the app cannot open. */
function useBoot(): BootState {
  const [state, setState] = useState<BootState>({ step: 'claiming' });
  useEffect(() => {
    let live = true;
    const start = () => {
      if (!live) return;
      setState({ step: 'starting' });
      void prepareStart(getPlatform()).then((result) => live && setState({ step: 'started', result }));
    };
    void claimWindow().then((claim) => {
      if (claim.owner) return start();
      if (live) setState({ step: 'elsewhere' });
      void claim.waitForTurn.then(start);
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/**
 * Holds the app back until the database may be opened (see prepareStart), with a progress bar
 * meanwhile. A second window waits while the first is open; a window whose data another window replaced
 * stops; a start that cannot open the data says why.
 */
export function Boot() {
  const state = useBoot();
  const closed = useSyncExternalStore(subscribeClosedElsewhere, isClosedElsewhere);
  if (closed) return <BlockedScreen severity="info" titleKey="window.closed.title" bodyKey="window.closed.body" action={{ label: 'window.reload', onClick: reload }} />;
  if (state.step === 'elsewhere') return <BlockedScreen severity="info" titleKey="window.elsewhere.title" bodyKey="window.elsewhere.body" />;
  if (state.step === 'started' && !state.result.ok) {
    const { reason, message } = state.result;
    const body = reason === 'storage' ? 'start.failed.storage' : 'start.failed.other';
    return <BlockedScreen severity="error" titleKey="start.failed.title" bodyKey={body} params={{ message }} action={{ label: 'start.retry', onClick: reload }} />;
  }
  if (state.step === 'started') return <App />;
  return (
    <Box sx={{ height: '100%', display: 'grid', placeItems: 'center' }}>
      <LinearProgress sx={{ width: 240 }} />
    </Box>
  );
}
