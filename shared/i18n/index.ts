/**
 * The one typed string dictionary: screens, print templates and Excel headers all read from it.
 * Each section file holds zh-CN and English with the same keys; add a section here.
 */
import { common } from './common';
import { stockStrings } from './stock';
import { print } from './print';
import { records } from './records';
import { screens } from './screens';
import { authStrings } from './auth';
import { auditStrings } from './audit';
import { backupStrings } from './backup';
import { templatesStrings } from './templates';
import { designerStrings } from './designer';
import { sessionStrings } from './session';
import { stockScreenStrings } from './stock-screens';
import { stockRecordStrings } from './stock-records';
import { shippingStrings } from './shipping';
import { slipsScreenStrings } from './slips-screens';
import { serviceStrings } from './service';
import { serviceScreenStrings } from './service-screens';
import { todayStrings } from './today';
import { customersScreenStrings } from './customers-screens';
import { slipRecordStrings } from './slips-records';
import { approvalRequestStrings } from './approval-requests';
import { importDialogStrings } from './import-dialog';
import { filesStrings } from './files';
import { dataSafetyStrings } from './data-safety';
import { storedRowStrings } from './stored-rows';
import { importCheckStrings } from './import-checks';
import { protectionStrings } from './protection';
import { integrityStrings } from './integrity';
import { partsReleaseStrings } from './parts-releases';

const sections = [common, stockStrings, print, records, screens, authStrings, auditStrings, backupStrings, templatesStrings, designerStrings, sessionStrings, stockRecordStrings, stockScreenStrings, shippingStrings, slipsScreenStrings, serviceStrings, serviceScreenStrings, slipRecordStrings, customersScreenStrings, todayStrings, approvalRequestStrings, importDialogStrings, filesStrings, dataSafetyStrings, storedRowStrings, importCheckStrings, protectionStrings, integrityStrings, partsReleaseStrings] as const;

type Section = (typeof sections)[number];
type KeysOf<S> = S extends { zh: Record<infer K, string> } ? K : never;
export type StringKey = KeysOf<Section>;
export type Lang = 'zh-CN' | 'en';
export const langs: readonly Lang[] = ['zh-CN', 'en'];

const zh = Object.assign({}, ...sections.map((s) => s.zh)) as Record<StringKey, string>;
const en = Object.assign({}, ...sections.map((s) => s.en)) as Record<StringKey, string>;

export const dictionaries: Record<Lang, Record<StringKey, string>> = { 'zh-CN': zh, en };

/** Looks a string up and fills `{name}` placeholders. */
export function translate(lang: Lang, key: StringKey, params?: Record<string, string | number>): string {
  const text = dictionaries[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export type Translate = (key: StringKey, params?: Record<string, string | number>) => string;
