import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Select, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { orderOf, sortOf } from '@/components/table-sort';
import { can } from '@/lib/access';
import { useSessionState } from '@/lib/api/session';
import { DATE_FORMAT, formatDateTime, formatPercent } from '@/lib/format';
import { useTableState } from '@/lib/url-state';
import { useMeetings, type Meeting, type MeetingKind } from '../api/get-meetings';
import { MeetingCards } from './MeetingCards';
import { KINDS } from './meeting-form';
import { useNarrow } from './use-narrow';

interface Props {
  newHref: string;
  hrefOf: (id: string) => string;
}

/**
 * The meeting records of the caller's subtree: filtered, sorted and paged by the server, the state in the URL. A
 * table on a wide screen; on a phone a card per record, whose every fact fits the width.
 */
export function MeetingsPage({ newHref, hrefOf }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const role = useSessionState().session?.user.role;
  const [state, setParams, params] = useTableState();
  const kind = KINDS.find((k) => k === params.get('kind')) ?? null;
  const filter = {
    ...state,
    branchId: params.get('within'),
    kind,
    from: params.get('from'),
    to: params.get('to'),
  };
  const meetings = useMeetings(filter);
  const narrow = useNarrow();

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        extra={
          can(role, 'recordMeetings') && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate(newHref)}>
              {t('meetings.new')}
            </Button>
          )
        }
      />
      <Flex className="toolbar" gap="small" wrap role="search">
        <Input.Search
          aria-label={t('app.search')}
          placeholder={t('meetings.topic')}
          defaultValue={state.q}
          allowClear
          onSearch={(q) => setParams({ q, page: null }, { replace: true })}
          style={{ maxWidth: 260 }}
        />
        {role !== 'BRANCH_SECRETARY' && (
          <OrganizationSelect
            aria-label={t('app.organization')}
            allowClear
            value={filter.branchId}
            onChange={(id) => setParams({ within: id, page: null })}
          />
        )}
        <Select
          aria-label={t('meetings.kind')}
          allowClear
          placeholder={t('meetings.kind')}
          value={kind ?? undefined}
          onChange={(value?: MeetingKind) => setParams({ kind: value ?? null, page: null })}
          options={KINDS.map((k) => ({ value: k, label: t(`meetings.kinds.${k}`) }))}
          style={{ width: 150 }}
        />
        <DatePicker.RangePicker
          aria-label={`${t('app.from')} – ${t('app.to')}`}
          format={DATE_FORMAT}
          value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
          onChange={(range) =>
            setParams({
              from: range?.[0]?.format('YYYY-MM-DD') ?? null,
              to: range?.[1]?.format('YYYY-MM-DD') ?? null,
              page: null,
            })
          }
          inputReadOnly
        />
      </Flex>
      {meetings.error ? (
        <ProblemAlert error={meetings.error} />
      ) : narrow ? (
        <MeetingCards
          items={meetings.data?.items ?? []}
          loading={meetings.isFetching}
          hrefOf={hrefOf}
          page={state.page}
          size={state.size}
          total={meetings.data?.totalItems ?? 0}
          sort={state.sort}
          onPage={(page) => setParams({ page: page > 1 ? page : null })}
          onSort={(sort) => setParams({ sort, page: null })}
          empty={t('meetings.empty')}
        />
      ) : (
        <Table<Meeting>
          rowKey="id"
          size="middle"
          loading={meetings.isFetching}
          dataSource={meetings.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: meetings.isPending ? t('app.loading') : t('meetings.empty') }}
          pagination={{
            current: state.page,
            pageSize: state.size,
            total: meetings.data?.totalItems ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('app.total', { count: total }),
          }}
          onChange={(pagination, _filters, sorter) =>
            setParams({
              page: pagination.current && pagination.current > 1 ? pagination.current : null,
              size: pagination.pageSize && pagination.pageSize !== 20 ? pagination.pageSize : null,
              sort: sortOf(sorter),
            })
          }
          columns={[
            {
              title: t('meetings.startedAt'),
              dataIndex: 'startedAt',
              sorter: true,
              sortOrder: orderOf(state.sort, 'startedAt') ?? (state.sort ? null : 'descend'),
              render: (value: string | null, m) => <Link to={hrefOf(m.id)}>{formatDateTime(value)}</Link>,
            },
            {
              title: t('meetings.kind'),
              dataIndex: 'kind',
              render: (k: MeetingKind, m) => (
                <>
                  {t(`meetings.kinds.${k}`)} {m.theme && <span className="muted">· {m.theme}</span>}
                </>
              ),
            },
            {
              title: t('meetings.attendanceRate'),
              dataIndex: 'attendanceRate',
              sorter: true,
              sortOrder: orderOf(state.sort, 'attendanceRate'),
              align: 'right',
              render: (rate: number | null) => formatPercent(rate, i18n.language),
            },
            { title: t('meetings.opinionCount'), dataIndex: 'opinionCount', align: 'right', responsive: ['sm'] },
            {
              title: t('meetings.duration'),
              dataIndex: 'durationMinutes',
              align: 'right',
              responsive: ['md'],
              render: (d: number | null) => (d == null ? '—' : t('meetings.minutes', { count: d })),
            },
          ]}
        />
      )}
    </>
  );
}
