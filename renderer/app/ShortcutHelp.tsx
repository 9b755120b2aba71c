import { useEffect, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useT } from '../i18n/context';
import { installShortcuts, shortcutList } from './shortcuts';

/** A key as printed on the keyboard. */
function Keys({ keys }: { keys: string }) {
  return (
    <Box component="kbd" sx={{ fontFamily: 'monospace', fontSize: 13, px: 0.75, py: 0.25, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'grey.100', whiteSpace: 'nowrap' }}>
      {keys}
    </Box>
  );
}

/** 快捷键: the help sheet (F1 or ?), listing every global key and what it does. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="shortcut-help-title" maxWidth="xs" fullWidth>
      <DialogTitle id="shortcut-help-title">{t('shortcut.title')}</DialogTitle>
      <DialogContent>
        <Table size="small" aria-labelledby="shortcut-help-title">
          <TableHead>
            <TableRow>
              <TableCell>{t('shortcut.col.key')}</TableCell>
              <TableCell>{t('shortcut.col.action')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shortcutList.map((s) => (
              <TableRow key={s.keys}>
                <TableCell>
                  <Keys keys={s.keys} />
                </TableCell>
                <TableCell>{t(s.label)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('shortcut.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The global shortcuts of a signed-in session, and their help sheet. */
export function ShortcutsAndHelp() {
  const [helpOpen, setHelpOpen] = useState(false);
  useEffect(() => installShortcuts(window, { openHelp: () => setHelpOpen(true) }), []);
  return <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />;
}
