import type { PageSize } from '@shared/ipc';
import { fontStacks, sheetClass } from '../../../print/print-css';

interface Props {
  dataUrl: string;
  caption: string;
  pageSize: PageSize;
}

const marginMm = 5;
const captionMm = 7;

/**
 * OUT-2: the back-office order screenshot on its own page after the yellow copy, scaled to fit the
 * paper without stretching. Inline styles only: the same markup prints in Electron's print window.
 */
export function ScreenshotPage({ dataUrl, caption, pageSize }: Props) {
  return (
    <div className={sheetClass}>
      <div style={{ position: 'absolute', left: `${marginMm}mm`, top: `${marginMm}mm`, right: `${marginMm}mm`, height: `${captionMm}mm`, fontFamily: fontStacks.title, fontSize: '10pt' }}>
        {caption}
      </div>
      <img
        src={dataUrl}
        alt={caption}
        style={{
          position: 'absolute',
          left: `${marginMm}mm`,
          top: `${marginMm + captionMm}mm`,
          width: `${pageSize.widthMm - 2 * marginMm}mm`,
          height: `${pageSize.heightMm - 2 * marginMm - captionMm}mm`,
          objectFit: 'contain',
          objectPosition: 'left top',
        }}
      />
    </div>
  );
}
