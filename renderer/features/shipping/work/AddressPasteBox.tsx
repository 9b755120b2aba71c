import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useT } from '../../../i18n/context';

/**
 * 粘贴收货信息: a free-text blob from a chat or an order page, read offline as soon as it is pasted
 * (or with 识别 after typing).
 */
export function AddressPasteBox({ onParse, disabled }: { onParse: (text: string) => void; disabled?: boolean }) {
  const t = useT();
  const [text, setText] = useState('');
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexGrow: 1 }}>
      <TextField
        label={t('address.paste')}
        placeholder={t('address.paste.hint')}
        value={text}
        disabled={disabled}
        multiline
        minRows={3}
        onChange={(e) => setText(e.target.value)}
        onPaste={(e) => {
          const pasted = e.clipboardData.getData('text');
          if (pasted.trim() === '') return;
          // Read the field's text after the paste lands, so a paste into the middle of text is read whole.
          const target = e.currentTarget.querySelector('textarea');
          setTimeout(() => onParse(target?.value || pasted), 0);
        }}
        sx={{ flexGrow: 1 }}
      />
      <Button variant="outlined" onClick={() => onParse(text)} disabled={disabled || text.trim() === ''} sx={{ mt: 1 }}>
        {t('address.parse')}
      </Button>
    </Stack>
  );
}
