import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useBranch } from '../api/get-branch-context';
import { useMonthRecord } from '../api/get-month-record';

interface Props {
  branchId: string;
  meetingHref: (id: string) => string;
  newHref: string;
  listHref: string;
}

/**
 * Where a branch secretary starts: this month's record when there is one, else a clear way to write it.
 */
export function ThisMonth({ branchId, meetingHref, newHref, listHref }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const today = dayjs();
  const month = today.format('MM/YYYY');
  const record = useMonthRecord(branchId, today.format('YYYY-MM'));
  const branch = useBranch(branchId);

  if (record.data) return <Navigate to={meetingHref(record.data.id)} replace />;
  // Nothing of this page shows before the answer: it may be the record itself.
  if (record.isPending) return <p role="status">{t('app.loading')}</p>;
  return (
    <>
      <PageHeader title={t('landing.month', { month })} sub={branch.data?.name} />
      {record.error ? (
        <ProblemAlert error={record.error} />
      ) : (
        <Card size="small">
          <p>{t('landing.noRecord', { month })}</p>
          <Flex gap="small" wrap align="center">
            <Button type="primary" size="large" icon={<PlusOutlined aria-hidden />} onClick={() => navigate(newHref)}>
              {t('landing.record', { month })}
            </Button>
            <Link to={listHref}>{t('landing.allRecords')}</Link>
          </Flex>
        </Card>
      )}
    </>
  );
}
