import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { getPlatform } from '../platform';
import { App } from './App';
import { prepareStart } from './startup';

/** Holds the app back until the database may be opened (see prepareStart), with a progress bar meanwhile. */
export function Boot() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void prepareStart(getPlatform()).finally(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  if (ready) return <App />;
  return (
    <Box sx={{ height: '100%', display: 'grid', placeItems: 'center' }}>
      <LinearProgress sx={{ width: 240 }} />
    </Box>
  );
}
