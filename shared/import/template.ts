import type { Lang } from '../i18n/index';
import { stockStrings } from '../i18n/stock';
import type { ImportKind } from './fields';
import { importFields } from './fields';

/**
 * The downloadable template: the header row (dictionary labels, recognised by `suggestMapping`)
 * and one example row. The renderer turns it into an .xlsx with SheetJS.
 */
export function importTemplate(kind: ImportKind, lang: Lang): string[][] {
  const dict = lang === 'zh-CN' ? stockStrings.zh : stockStrings.en;
  const headers = importFields(kind).map((f) => dict[f.label]);
  const example =
    kind === 'customers'
      ? ['张三', '13800138000', dict['crm.type.member'], 'M0001', '', '北京市', '北京市', '海淀区', '中关村大街1号', 'A', dict['import.value.no'], '', '']
      : ['P-001', '试验箱 A 型', '设备', 'TC-100', '台', '12800.00', 'A-01-02', '2', dict['import.value.no'], dict['import.value.yes'], dict['import.value.yes'], dict['import.value.yes'], dict['import.value.yes']];
  return [headers, example];
}
