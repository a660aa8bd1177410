import { Table } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '@/lib/format';
import type { Organization } from '../api/get-organizations';

interface Props {
  items: Organization[];
  busy: boolean;
  sort: string | null;
  onSortChange: (sort: string | null) => void;
  hrefOf: (id: string) => string;
}

function orderOf(sort: string | null, field: string): SortOrder {
  if (!sort?.startsWith(`${field},`)) return null;
  return sort.endsWith(',desc') ? 'descend' : 'ascend';
}

/** One row per organization; sorting asks the server (state in the URL), paging is the page's. */
export function OrganizationsTable({ items, busy, sort, onSortChange, hrefOf }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Table<Organization>
      rowKey="id"
      size="middle"
      dataSource={items}
      loading={busy}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onChange={(_p, _f, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        onSortChange(s?.order && s.field ? `${String(s.field)},${s.order === 'descend' ? 'desc' : 'asc'}` : null);
      }}
      columns={[
        { title: t('organizations.code'), dataIndex: 'code', sorter: true, sortOrder: orderOf(sort, 'code'), className: 'code' },
        {
          title: t('organizations.name'),
          dataIndex: 'name',
          sorter: true,
          sortOrder: orderOf(sort, 'name'),
          render: (name: string, org) => <Link to={hrefOf(org.id)}>{name}</Link>,
        },
        {
          title: t('organizations.type'),
          dataIndex: 'type',
          sorter: true,
          sortOrder: orderOf(sort, 'type'),
          render: (type: Organization['type']) => t(`orgTypes.${type}`, { defaultValue: type }),
        },
        {
          title: t('organizations.memberCount'),
          dataIndex: 'memberCount',
          align: 'right',
          render: (n: number) => formatNumber(n, i18n.language, 0),
        },
      ]}
    />
  );
}
