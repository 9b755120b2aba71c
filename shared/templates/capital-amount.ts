const digits = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const smallUnits = ['', '拾', '佰', '仟'];
const bigUnits = ['', '万', '亿', '兆'];

/** A group of four digits (0–9999) in capitals, with 零 for inner gaps; '' for 0. */
function group(n: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += digits[d]! + smallUnits[pos]!;
  }
  return out;
}

function integerPart(n: number): string {
  if (n === 0) return '';
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10000)) groups.push(rest % 10000);
  let out = '';
  let pendingZero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) {
      if (out) pendingZero = true;
      continue;
    }
    if (out && (pendingZero || g < 1000)) out += '零';
    pendingZero = false;
    out += group(g) + bigUnits[i]!;
  }
  return out;
}

/**
 * 大写金额: an amount in yuan as written on Chinese invoices and slips,
 * e.g. 1234.50 → 壹仟贰佰叁拾肆元伍角整, 1004.05 → 壹仟零肆元零伍分.
 */
export function toChineseCapital(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError('amount must be a finite number');
  const negative = amount < 0;
  const fen = Math.round(Math.abs(amount) * 100);
  if (fen >= 1e16) throw new RangeError('amount too large');
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let out = integerPart(yuan);
  if (out) out += '元';
  if (jiao === 0 && cents === 0) {
    out = (out || '零元') + '整';
  } else {
    if (jiao > 0) out += digits[jiao]! + '角';
    else if (out) out += '零';
    if (cents > 0) out += digits[cents]! + '分';
    else out += '整';
  }
  return (negative ? '负' : '') + out;
}
