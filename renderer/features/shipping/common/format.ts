import { formatDateTime, formatMoney } from '@shared/templates/format';

/** ¥1,234.50, as on the printed form. */
export const money = (yuan: number): string => formatMoney(yuan);

/** 2026-11-27 10:05, local. */
export const when = (ms: number | undefined): string => (ms === undefined ? '' : formatDateTime(ms));
