import { describe, expect, it } from 'vitest';
import { pinyinKeys, pinyinSearchKeys } from './keys';

describe('pinyinKeys', () => {
  it.each([
    ['张三', 'zhangsan', 'zs'],
    ['李小明', 'lixiaoming', 'lxm'],
    ['王芳', 'wangfang', 'wf'],
    ['欧阳娜娜', 'ouyangnana', 'oynn'],
    ['吕布', 'lvbu', 'lb'],
    ['翟天临', 'zhaitianlin', 'ztl'],
  ])('full pinyin and initials of %s', (name, full, initials) => {
    expect(pinyinKeys(name)).toMatchObject({ full, initials });
  });

  it.each([
    ['单田芳', 'shantianfang', 'stf'],
    ['曾国藩', 'zengguofan', 'zgf'],
    ['解缙', 'xiejin', 'xj'],
    ['仇英', 'qiuying', 'qy'],
    ['区永强', 'ouyongqiang', 'oyq'],
    ['查良镛', 'zhaliangyong', 'zly'],
    ['朴树', 'piaoshu', 'ps'],
  ])('reads the polyphone surname of %s as a surname', (name, full, initials) => {
    expect(pinyinKeys(name)).toMatchObject({ full, initials });
  });

  it('keeps letters and digits of mixed names, lower-cased, and drops spaces and punctuation', () => {
    expect(pinyinKeys('Tom王')).toMatchObject({ full: 'tomwang', initials: 'tomw' });
    expect(pinyinKeys('王 A3·店')).toMatchObject({ full: 'wanga3dian', initials: 'wa3d' });
    expect(pinyinKeys('  ')).toEqual({ full: '', initials: '', fullU: '' });
  });
});

describe('pinyinSearchKeys', () => {
  it('gives full pinyin, initials and the u spelling of ü, without duplicates', () => {
    expect(pinyinSearchKeys('张三')).toEqual(['zhangsan', 'zs']);
    expect(pinyinSearchKeys('吕布')).toEqual(['lvbu', 'lb', 'lubu']);
    expect(pinyinSearchKeys('')).toEqual([]);
  });

  it('finds 张三 by the prefixes a clerk types', () => {
    const keys = pinyinSearchKeys('张三');
    for (const typed of ['zhang', 'zhangs', 'zs', 'z']) expect(keys.some((k) => k.startsWith(typed)), typed).toBe(true);
  });
});
