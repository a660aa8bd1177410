import { Input, Tree } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useSubtree, type OrganizationNode } from '../api/get-subtree';

/** Lower case without diacritics, so that "dot linh" finds "Đột Lĩnh". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** The nodes whose name or code holds the text, with their ancestors; all when the text is empty. */
export function filterTree(node: OrganizationNode, text: string): OrganizationNode | null {
  const needle = fold(text.trim());
  if (!needle) return node;
  const children = node.children.map((c) => filterTree(c, text)).filter((c): c is OrganizationNode => c !== null);
  if (children.length > 0 || fold(`${node.name} ${node.code}`).includes(needle)) return { ...node, children };
  return null;
}

function toData(node: OrganizationNode, hrefOf: (id: string) => string): DataNode {
  return {
    key: node.id,
    title: (
      <Link to={hrefOf(node.id)}>
        {node.name} <span className="muted">({node.memberCount})</span>
      </Link>
    ),
    children: node.children.map((c) => toData(c, hrefOf)),
  };
}

function keysOf(node: OrganizationNode, depth: number): string[] {
  if (depth <= 0) return [];
  return [node.id, ...node.children.flatMap((c) => keysOf(c, depth - 1))];
}

/** The organization tree below `rootId`, filtered as the user types (diacritics optional). */
export function OrganizationTree({ rootId, hrefOf }: { rootId: string; hrefOf: (id: string) => string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const subtree = useSubtree(rootId);
  const filtered = useMemo(() => (subtree.data ? filterTree(subtree.data, text) : null), [subtree.data, text]);

  if (subtree.error) return <ProblemAlert error={subtree.error} />;
  return (
    <div>
      <Input.Search
        aria-label={t('organizations.treeSearch')}
        placeholder={t('organizations.treeSearch')}
        allowClear
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ marginBottom: 8 }}
      />
      {subtree.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : filtered ? (
        <div className="org-tree">
        <Tree
          aria-label={t('organizations.tree')}
          treeData={[toData(filtered, hrefOf)]}
          // Searching opens every match; otherwise the first two levels.
          defaultExpandedKeys={keysOf(filtered, 1)}
          key={text.trim() ? `search-${text}` : 'all'}
          defaultExpandAll={Boolean(text.trim())}
          selectable={false}
          virtual={false}
        />
        </div>
      ) : (
        <p className="empty">{t('organizations.empty')}</p>
      )}
    </div>
  );
}
