import { Button, Grid, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewMember } from '../api/yearly-review';
import { RemarkCountsText } from './counts';

/** A branch's members, a row each, with the server's counts; a row's name opens the member's own review. */
export function MembersTable({ rows, onOpen, loading }: { rows: ReviewMember[]; onOpen: (memberId: string) => void; loading: boolean }) {
  const { t } = useTranslation();
  const phone = Grid.useBreakpoint().sm !== true;
  return (
    <Table<ReviewMember>
      size="small"
      rowKey="memberId"
      loading={loading}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('reviews.noMembers') }}
      columns={[
        {
          title: t('reviews.member'),
          dataIndex: 'fullName',
          fixed: 'left',
          width: phone ? 140 : 220,
          render: (name: string | null, m, n) => (
            <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(m.memberId)}>
              {name ?? t('reviews.nameWithheld', { n: n + 1 })}
            </Button>
          ),
        },
        { title: t('reviews.attended'), dataIndex: 'meetingsAttended', align: 'right' },
        { title: t('reviews.excused'), dataIndex: 'meetingsExcused', align: 'right' },
        {
          title: t('reviews.unexcused'),
          dataIndex: 'meetingsUnexcused',
          align: 'right',
          render: (n: number) => <span className={n > 0 ? 'failed-count' : undefined}>{n}</span>,
        },
        { title: t('reviews.remarks'), key: 'remarks', render: (_: unknown, m) => <RemarkCountsText counts={m.remarks} /> },
        {
          title: t('reviews.tasks'),
          key: 'tasks',
          align: 'right',
          render: (_: unknown, m) => t('reviews.tasksDone', { done: m.tasksDone, assigned: m.tasksAssigned }),
        },
      ]}
    />
  );
}
