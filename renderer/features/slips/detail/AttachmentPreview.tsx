import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SlipAttachment } from '@shared/slips/purchase-slip';
import { useT } from '../../../i18n/context';
import { useAttachmentUrl } from '../form/use-attachment-url';

/** OUT-2: the back-office screenshot kept with the slip. */
export function AttachmentPreview({ attachment }: { attachment: SlipAttachment | undefined }) {
  const t = useT();
  const url = useAttachmentUrl(attachment);
  if (!attachment || !url) return null;
  return (
    <Stack spacing={0.5}>
      <Typography variant="caption" color="text.secondary">
        {t('slip.field.screenshot')}
      </Typography>
      <Box component="img" src={url} alt={t('slipsui.form.attachmentAlt')} sx={{ maxWidth: 320, maxHeight: 180, alignSelf: 'flex-start', border: 1, borderColor: 'divider' }} />
    </Stack>
  );
}
