import type { KeyboardEvent } from 'react';
import type { Components, Theme } from '@mui/material/styles';

/** Keyboard users must always see where they are: one focus ring for every focusable thing. */
const focusRing = {
  '&.Mui-focusVisible, &:focus-visible': {
    outline: '2px solid #1f5fa8',
    outlineOffset: 2,
  },
} as const;

/**
 * A dialog puts the cursor in its field marked `data-autofocus` once it has opened. `autoFocus` alone
 * loses to the focus trap when React's StrictMode re-runs effects (focus returns to the opener, then
 * the trap focuses the dialog paper), and the clerk's first keystrokes would go nowhere.
 */
function focusMarkedField(node: HTMLElement): void {
  const active = node.ownerDocument.activeElement;
  // Only rescue focus left on the dialog itself: never pull the cursor back from a field already reached.
  if (active && node.contains(active) && active.getAttribute('role') !== 'dialog') return;
  node.querySelector<HTMLElement>('[data-autofocus]')?.focus();
}

/**
 * In a keyboard-first form (`form[data-enter-next]`, see app/form-keys.ts) Enter in a date field moves
 * on like in any other field; MUI X would otherwise submit the form from it (its implicit submit).
 */
function keepEnterForNextField(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === 'Enter' && event.currentTarget.closest('form[data-enter-next]')) {
    Object.assign(event, { defaultMuiPrevented: true });
  }
}
const pickerDefaults = { slotProps: { textField: { onKeyDown: keepEnterForNextField } } };

/** Component defaults for a dense, keyboard-first desk app. Screens keep their `sx` short. */
export const components: Components<Theme> = {
  MuiCssBaseline: {
    styleOverrides: {
      'html, body, #root': { height: '100%' },
      body: { overflow: 'hidden' },
    },
  },
  MuiButtonBase: { defaultProps: { disableRipple: true } },
  MuiButton: {
    defaultProps: { size: 'small', disableElevation: true },
    styleOverrides: { root: focusRing },
  },
  MuiIconButton: { defaultProps: { size: 'small' }, styleOverrides: { root: focusRing } },
  MuiToggleButton: { defaultProps: { size: 'small' }, styleOverrides: { root: { ...focusRing, paddingInline: 14 } } },
  MuiListItemButton: {
    defaultProps: { dense: true },
    styleOverrides: {
      root: {
        ...focusRing,
        borderRadius: 4,
        '&.Mui-selected': { fontWeight: 600 },
      },
    },
  },
  MuiListItemIcon: { styleOverrides: { root: { minWidth: 34 } } },
  MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
  MuiFormControl: { defaultProps: { size: 'small' } },
  // The date pickers draw their own text field; keep it as compact as the plain ones beside it.
  MuiPickersTextField: { defaultProps: { size: 'small', fullWidth: true } },
  MuiDatePicker: { defaultProps: pickerDefaults },
  MuiDateTimePicker: { defaultProps: pickerDefaults },
  MuiSelect: { defaultProps: { size: 'small' } },
  MuiChip: { defaultProps: { size: 'small' } },
  MuiTooltip: { defaultProps: { arrow: true } },
  MuiDialog: { defaultProps: { fullWidth: true, slotProps: { transition: { onEntered: focusMarkedField } } } },
  MuiDialogTitle: { styleOverrides: { root: { fontSize: '1.05rem', fontWeight: 600, paddingBottom: 8 } } },
  MuiDialogContent: { styleOverrides: { root: { paddingTop: '8px !important' } } },
  MuiDialogActions: { styleOverrides: { root: { paddingInline: 24, paddingBottom: 16 } } },
  MuiPaper: { defaultProps: { elevation: 0 } },
  MuiAppBar: { defaultProps: { elevation: 0, color: 'primary' } },
  MuiDataGrid: {
    defaultProps: { density: 'compact', disableRowSelectionOnClick: true },
    styleOverrides: {
      root: { backgroundColor: '#ffffff', border: '1px solid #d9dee4' },
      columnHeaderTitle: { fontWeight: 600 },
      cell: { '&:focus, &:focus-within': { outline: '2px solid #1f5fa8', outlineOffset: -2 } },
    },
  },
};
