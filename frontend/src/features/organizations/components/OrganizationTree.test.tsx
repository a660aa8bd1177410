import { describe, expect, it } from 'vitest';
import type { OrganizationNode } from '../api/get-subtree';
import { filterTree, fold } from './OrganizationTree';

function node(name: string, children: OrganizationNode[] = []): OrganizationNode {
  return { id: name, code: name.slice(0, 3).toUpperCase(), name, type: 'BRANCH', zoneId: null, memberCount: 1, children };
}

describe('searching the tree', () => {
  it('ignores case and Vietnamese diacritics', () => {
    expect(fold('Chi bộ thôn Đột Lĩnh')).toBe('chi bo thon dot linh');
  });

  it('keeps the matches with their ancestors, and drops the rest', () => {
    const tree = node('Đảng bộ huyện Nam Sách', [
      node('Đảng bộ xã An Lâm', [node('Chi bộ thôn Đột Lĩnh'), node('Chi bộ thôn Ngọc Trì')]),
      node('Đảng bộ xã An Bình', [node('Chi bộ thôn An Tây')]),
    ]);
    const found = filterTree(tree, 'dot linh');
    expect(found?.children.map((c) => c.name)).toEqual(['Đảng bộ xã An Lâm']);
    expect(found?.children[0]?.children.map((c) => c.name)).toEqual(['Chi bộ thôn Đột Lĩnh']);
    expect(filterTree(tree, 'khong co')).toBeNull();
    expect(filterTree(tree, '  ')).toBe(tree);
  });
});
