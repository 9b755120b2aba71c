import { useRef } from 'react';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import AddPhotoAlternateOutlined from '@mui/icons-material/AddPhotoAlternateOutlined';
import HideImageOutlined from '@mui/icons-material/HideImageOutlined';
import type { Translate } from '@shared/i18n';
import type { Template } from '@shared/templates/template';

/** A scan bigger than this makes the saved template (and every backup) needlessly heavy. */
export const maxBackgroundMb = 4;

export interface BackgroundControlsProps {
  t: Translate;
  background: Template['background'];
  shown: boolean;
  onShown: (shown: boolean) => void;
  onChange: (background: Template['background']) => void;
  onTooLarge: () => void;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable image')));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable image'));
    reader.readAsDataURL(file);
  });
}

/** 底图: upload a scan of the blank form (kept as a data URL on the template), show it, print it, remove it. */
export function BackgroundControls({ t, background, shown, onShown, onChange, onTooLarge }: BackgroundControlsProps) {
  const input = useRef<HTMLInputElement>(null);
  const pick = async (file: File) => {
    if (file.size > maxBackgroundMb * 1024 * 1024) return onTooLarge();
    onChange({ dataUrl: await readAsDataUrl(file), print: false });
    onShown(true);
  };
  return (
    <>
      <Button startIcon={<AddPhotoAlternateOutlined />} onClick={() => input.current?.click()}>
        {t('designer.background.upload')}
      </Button>
      <input
        ref={input}
        type="file"
        accept="image/png,image/jpeg"
        hidden
        data-testid="template-background-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void pick(file);
        }}
      />
      {background && (
        <>
          <FormControlLabel control={<Checkbox checked={shown} onChange={(e) => onShown(e.target.checked)} />} label={t('designer.background.show')} />
          <FormControlLabel
            control={<Checkbox checked={background.print} onChange={(e) => onChange({ ...background, print: e.target.checked })} />}
            label={t('designer.background.print')}
          />
          <Button startIcon={<HideImageOutlined />} onClick={() => onChange(undefined)}>
            {t('designer.background.remove')}
          </Button>
        </>
      )}
    </>
  );
}
