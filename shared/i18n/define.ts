/** A dictionary section: the zh-CN strings, and English with exactly the same keys. */
export function defineStrings<const K extends string>(zh: Record<K, string>, en: Record<K, string>) {
  return { zh, en };
}
