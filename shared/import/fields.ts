import type { StockMessage } from '../stock/messages';
import { stockStrings } from '../i18n/stock';

export const importKinds = ['customers', 'products'] as const;
export type ImportKind = (typeof importKinds)[number];

/**
 * What a column holds. 'text' (and 'phone') cells may be typed as numbers, but a date or a yes/no
 * cell there is refused: reading it as text would store something else than the clerk sees
 * (a date cell in a phone column becomes 20240115).
 */
export type ImportFieldKind = 'text' | 'phone' | 'number' | 'boolean';

/** A column the import can fill. Its dictionary label is the template header and is always recognised. */
export interface ImportField {
  key: string;
  label: StockMessage;
  required: boolean;
  /** Other header texts that mean this column, compared after `normalizeHeader`. */
  synonyms: readonly string[];
  kind: ImportFieldKind;
}

const f = (key: string, label: StockMessage, required: boolean, synonyms: readonly string[], kind: ImportFieldKind = 'text'): ImportField => ({
  key, label, required, synonyms, kind,
});

export const customerImportFields: readonly ImportField[] = [
  f('name', 'import.field.customerName', true, ['姓名', '客户名称', '客户姓名', '名称', '客户', '联系人', 'name', 'customer']),
  f('phone', 'import.field.phone', true, ['电话', '手机', '手机号', '手机号码', '联系电话', '电话号码', '联系方式', 'phone', 'mobile', 'tel'], 'phone'),
  f('type', 'import.field.customerType', false, ['客户类型', '类型', '客户类别', 'type']),
  f('memberNo', 'import.field.memberNo', false, ['会员编号', '会员号', '会员卡号', 'memberno']),
  f('storeNo', 'import.field.storeNo', false, ['店铺编号', '店铺号', '门店编号', 'storeno']),
  f('province', 'import.field.province', false, ['省', '省份', 'province']),
  f('city', 'import.field.city', false, ['市', '城市', 'city']),
  f('district', 'import.field.district', false, ['区', '区县', '县区', '区/县', 'district']),
  f('address', 'import.field.address', false, ['地址', '详细地址', '收货地址', '联系地址', 'address']),
  f('grade', 'import.field.grade', false, ['等级', '客户等级', '分级', '客户分级', 'grade']),
  f('isKey', 'import.field.isKey', false, ['重点客户', '是否重点客户', 'keycustomer'], 'boolean'),
  f('source', 'import.field.source', false, ['来源', '客户来源', 'source']),
  f('notes', 'import.field.notes', false, ['备注', '说明', 'notes', 'remark', 'remarks']),
];

export const productImportFields: readonly ImportField[] = [
  f('code', 'import.field.productCode', true, ['编码', '产品编码', '产品编号', '货号', '代码', '物料编码', 'code', 'sku']),
  f('name', 'import.field.productName', true, ['名称', '产品名称', '品名', '商品名称', 'name', 'product']),
  f('category', 'import.field.category', false, ['类别', '货物类别', '产品类别', '分类', 'category']),
  f('spec', 'import.field.spec', false, ['规格', '型号', '规格型号', 'spec', 'model']),
  f('unit', 'import.field.unit', false, ['单位', '计量单位', 'unit']),
  f('price', 'import.field.price', false, ['单价', '价格', '售价', '单价(元)', 'price'], 'number'),
  f('location', 'import.field.location', false, ['库位', '货位', '存放位置', 'location']),
  f('safetyStock', 'import.field.safetyStock', false, ['安全库存', '安全库存量', 'safetystock'], 'number'),
  f('serialTracked', 'import.field.serialTracked', false, ['序列号管理', '按序列号管理', 'serial'], 'boolean'),
  f('selfPickupOnly', 'import.field.selfPickupOnly', false, ['仅限自提', '自提', 'pickuponly'], 'boolean'),
  f('needsLeaderSignOff', 'import.field.needsLeaderSignOff', false, ['需领导签字', '领导签字', 'signoff'], 'boolean'),
  f('isTestChamber', 'import.field.isTestChamber', false, ['试验箱', '是否试验箱', 'testchamber'], 'boolean'),
  f('active', 'import.field.active', false, ['启用', '是否启用', '在用', 'active'], 'boolean'),
];

export function importFields(kind: ImportKind): readonly ImportField[] {
  return kind === 'customers' ? customerImportFields : productImportFields;
}

/** Header text for comparison: no spaces, *, or a "(必填)" note; full-width brackets as ASCII; lower-case. */
export function normalizeHeader(h: string): string {
  return h
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\((必填|选填|可选|required|optional)\)/gi, '')
    .replace(/[\s*＊:：_]/g, '')
    .toLowerCase();
}

/** Every text that names the field: its synonyms and its label in each language. */
export function fieldNames(field: ImportField): string[] {
  return [...field.synonyms, stockStrings.zh[field.label], stockStrings.en[field.label]].map(normalizeHeader);
}
