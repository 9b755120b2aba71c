import type {} from '@mui/x-data-grid/themeAugmentation';
import type {} from '@mui/x-date-pickers/themeAugmentation';
import { createTheme, type Theme } from '@mui/material/styles';
import { enUS as coreEn, zhCN as coreZh } from '@mui/material/locale';
import { enUS as gridEn, zhCN as gridZh } from '@mui/x-data-grid/locales';
import { enUS as pickersEn, zhCN as pickersZh } from '@mui/x-date-pickers/locales';
import type { Lang } from '@shared/i18n';
import { components } from './components';

/** Windows first (the clerks' machines), then macOS and the Linux CJK font the CI screenshots use. */
export const fontStack = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif';

const locales = {
  'zh-CN': [coreZh, gridZh, pickersZh],
  en: [coreEn, gridEn, pickersEn],
} as const;

/** A dense desk-app theme: small controls, compact grids, a visible keyboard focus ring. */
export function createAppTheme(lang: Lang): Theme {
  return createTheme(
    {
      palette: {
        primary: { main: '#1f5fa8' },
        secondary: { main: '#8a5a00' },
        background: { default: '#f4f6f8', paper: '#ffffff' },
      },
      typography: {
        fontFamily: fontStack,
        fontSize: 13,
        h1: { fontSize: '1.25rem', fontWeight: 600 },
        h2: { fontSize: '1.1rem', fontWeight: 600 },
        h3: { fontSize: '1rem', fontWeight: 600 },
        button: { textTransform: 'none' },
      },
      shape: { borderRadius: 4 },
      components,
    },
    ...locales[lang],
  );
}
