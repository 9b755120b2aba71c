import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Lang } from '@shared/i18n';

/** The dayjs locale name for a dictionary language (zh-cn weeks start on Monday, 年/月/日 formats). */
export function dayjsLocale(lang: Lang): string {
  return lang === 'zh-CN' ? 'zh-cn' : 'en';
}

/** Keeps dayjs' global locale (used by `format` outside the pickers) in step with the language. */
export function applyDayjsLocale(lang: Lang): void {
  dayjs.locale(dayjsLocale(lang));
}
