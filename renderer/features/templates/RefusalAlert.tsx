import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import type { Refusal } from './use-designer-actions';

/** An invalid save or import: what was refused and every reason, until dismissed. */
export function RefusalAlert({ refusal, onClose }: { refusal: Refusal | null; onClose: () => void }) {
  if (!refusal) return null;
  return (
    <Alert severity="error" onClose={onClose} sx={{ maxHeight: 160, overflow: 'auto' }}>
      <AlertTitle>{refusal.title}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {refusal.reasons.map((r, i) => (
          <li key={i}>{r}</li>
        ))}
      </Box>
    </Alert>
  );
}
