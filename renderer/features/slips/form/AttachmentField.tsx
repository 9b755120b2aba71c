import { useRef } from 'react';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SlipAttachment } from '@shared/slips/purchase-slip';
import { useT } from '../../../i18n/context';
import { useAttachmentUrl } from './use-attachment-url';

interface Props {
  attachment: SlipAttachment | undefined;
  /** OUT-2: required for 店铺进货 / 重复消费 that ship. */
  required: boolean;
  error?: string;
  busy: boolean;
  onFile: (file: File) => void;
  onRemove: () => void;
}

/** OUT-2: the back-office screenshot, pasted (Ctrl+V anywhere in the form) or chosen, shown as a thumbnail. */
export function AttachmentField({ attachment, required, error, busy, onFile, onRemove }: Props) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const url = useAttachmentUrl(attachment);
  return (
    <Stack spacing={0.5} role="group" aria-label={t('slip.field.screenshot')}>
      <FormLabel required={required} error={error !== undefined} sx={{ fontSize: '0.75rem' }}>
        {t('slip.field.screenshot')}
      </FormLabel>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        {attachment && url ? (
          <Box component="img" src={url} alt={t('slipsui.form.attachmentAlt')} sx={{ maxWidth: 240, maxHeight: 140, border: 1, borderColor: 'divider', borderRadius: 1 }} />
        ) : (
          <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 360 }}>
            {t('slipsui.form.attachHint')}
          </Typography>
        )}
        <Button size="small" startIcon={<AttachFileIcon />} onClick={() => input.current?.click()} disabled={busy}>
          {t('slipsui.form.chooseFile')}
        </Button>
        {attachment && (
          <Button size="small" color="inherit" startIcon={<DeleteIcon />} onClick={onRemove}>
            {t('slipsui.form.removeAttachment')}
          </Button>
        )}
        <input
          ref={input}
          type="file"
          accept="image/*"
          hidden
          aria-label={t('slipsui.form.chooseFile')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) onFile(file);
          }}
        />
      </Stack>
      {(error ?? (required && !attachment)) && <FormHelperText error={error !== undefined}>{error ?? t('slipsui.form.screenshotNeeded')}</FormHelperText>}
    </Stack>
  );
}
