/**
 * Fuzzed import sheets (pure data; the renderer's fuzz run turns them into files): a sound sheet of
 * customers or products with one kind of trouble put into it — a cell of another type, a value the
 * import must not change silently, a blank required cell, a repeat, a broken header — or a value
 * that is fine after all. The import must refuse each cleanly or import it whole, never in part.
 */

export type Rand = () => number;

export interface FuzzSheet {
  label: string;
  aoa: unknown[][];
}

const pick = <T>(rand: Rand, list: readonly T[]): T => {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
};

export const customerHeader = ['客户名称', '电话', '客户类型', '会员编号', '省份', '城市', '区县', '详细地址', '客户等级', '重点客户', '备注'];
export const productHeader = ['产品编码', '产品名称', '货物类别', '型号规格', '单位', '单价', '库位', '安全库存', '试验箱'];

const surnames = ['张', '王', '李', '赵', '陈', '刘', '杨', '黄'];
const places = [
  ['广东省', '深圳市', '南山区'],
  ['浙江省', '杭州市', '西湖区'],
  ['北京市', '北京市', '海淀区'],
  ['江苏', '苏州', '昆山市'],
  ['', '', ''],
] as const;

/** A sound customer sheet of `rows` rows, each with its own phone. */
export function customerSheet(rows: number, rand: Rand, block = 0): unknown[][] {
  return [
    customerHeader,
    ...Array.from({ length: rows }, (_, i) => {
      const [province, city, district] = pick(rand, places);
      const member = rand() < 0.3;
      return [
        `${pick(rand, surnames)}客户${i}`,
        `139${String(block * 10_000 + i).padStart(8, '0')}`,
        member ? '会员' : '',
        member ? `HY-${i}` : '',
        province, city, district,
        province ? `某某路 ${i} 号` : '',
        pick(rand, ['A', 'B', '', '']),
        pick(rand, ['是', '否', '']),
        rand() < 0.2 ? '老客户' : '',
      ];
    }),
  ];
}

/** A sound product sheet of `rows` rows, each with its own code. */
export function productSheet(rows: number, rand: Rand): unknown[][] {
  return [
    productHeader,
    ...Array.from({ length: rows }, (_, i) => [
      `FZ-${i}`, `配件${i}`, pick(rand, ['耗材', '设备', '']), '', pick(rand, ['个', '台']), pick(rand, [12.5, 0, '¥8', '1,280.00', '']),
      `A-${i}`, pick(rand, [0, 2, '', '5']), pick(rand, ['是', '否', '']),
    ]),
  ];
}

/** Values a cell may hold in a spreadsheet, right or wrong for the column; several must be refused, some are fine. */
function oddValue(rand: Rand, column: string): unknown {
  const anywhere: unknown[] = [new Date(2024, 0, 15), true, false, 0, -1, 1.5, 1e21, '', '   ', '=1+1', '\u0007', 'x'.repeat(3000), '😀', '廣東省', '火星省', '44', null];
  const byColumn: Record<string, unknown[]> = {
    电话: ['139abc45678', '无', 'TRUE', '138 0013 8000', '+86 138 0013 8000', '13800138000/13900139000', '12345', '０１３８', 13800138000, '138-0013-8000 转 8'],
    省份: ['广东', '廣東省', '火星省', '44', 'Guangdong', '北京市'],
    城市: ['深圳', '杭州市', '火星市', '市辖区', '1'],
    区县: ['南山区', '44', '火星区', '昆山市', '工业园'],
    客户类型: ['会员', '店铺', '贵宾', 'member'],
    客户等级: ['a', 'E', 'AA'],
    重点客户: ['是', 'Y', '也许', 1],
    单价: ['12元', '¥12', '十二', '1,280.50', 12.345, -3, 1e9],
    安全库存: ['2', 2.5, -1, '两个'],
    产品编码: ['fz-x', 'FZ 1', 'FZ-0', '', 'A'.repeat(40)],
    试验箱: ['是', '否', 'maybe'],
  };
  return rand() < 0.6 && byColumn[column] ? pick(rand, byColumn[column]) : pick(rand, anywhere);
}

function clone(aoa: unknown[][]): unknown[][] {
  return aoa.map((r) => [...r]);
}

/** One kind of trouble in a sound sheet (or a harmless change): what the fuzz run feeds the import. */
export function fuzzSheet(base: unknown[][], rand: Rand): FuzzSheet {
  const aoa = clone(base);
  const header = (aoa[0] ?? []).map(String);
  const rowAt = () => 1 + Math.floor(rand() * (aoa.length - 1));
  const colAt = () => Math.floor(rand() * header.length);
  const kind = pick(rand, ['cell', 'cell', 'cell', 'cells', 'blankRequired', 'repeat', 'header', 'rows', 'fine'] as const);
  switch (kind) {
    case 'cell': {
      const r = rowAt();
      const c = colAt();
      const v = oddValue(rand, header[c] ?? '');
      (aoa[r] ?? [])[c] = v;
      return { label: `row ${r + 1} ${header[c]}: ${JSON.stringify(v)?.slice(0, 30)}`, aoa };
    }
    case 'cells': {
      const n = 2 + Math.floor(rand() * 6);
      for (let i = 0; i < n; i++) {
        const c = colAt();
        (aoa[rowAt()] ?? [])[c] = oddValue(rand, header[c] ?? '');
      }
      return { label: `${n} odd cells`, aoa };
    }
    case 'blankRequired': {
      (aoa[rowAt()] ?? [])[rand() < 0.5 ? 0 : 1] = pick(rand, ['', null, '  ']);
      return { label: 'a required cell blank', aoa };
    }
    case 'repeat': {
      const r = rowAt();
      aoa.push([...(aoa[r] ?? [])]);
      return { label: `row ${r + 1} repeated at the end`, aoa };
    }
    case 'header': {
      const c = colAt();
      const h = pick(rand, ['', '未知列', header[(c + 1) % header.length] ?? '', 'Phone', '电话(必填)']);
      (aoa[0] ?? [])[c] = h;
      return { label: `header ${header[c]} → ${h}`, aoa };
    }
    case 'rows': {
      const extra = pick(rand, [[], [null, null], ['多余', '一行'], Array.from({ length: header.length + 3 }, () => '溢出')]);
      aoa.splice(rowAt(), 0, extra);
      return { label: `an odd row inserted (${extra.length} cells)`, aoa };
    }
    case 'fine':
      return { label: 'unchanged', aoa };
  }
}
