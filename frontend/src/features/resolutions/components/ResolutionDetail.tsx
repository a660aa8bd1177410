import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Descriptions, Flex, Popconfirm, Row, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '@/components/ExportButton';
import { NumberInput, type NumberValue } from '@/components/NumberInput';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { can } from '@/lib/access';
import { useSessionState } from '@/lib/api/session';
import { DATE_FORMAT, formatDate, formatNumber } from '@/lib/format';
import { useProblemToast } from '@/lib/problems';
import { useIssuerNames } from '../api/issuer-names';
import { exportCompliance, useDeleteTarget, useResolution, useTargets, type Target } from '../api/resolutions';
import { ComplianceChart } from './ComplianceChart';
import { EffectChart } from './EffectChart';
import { TargetEditor } from './TargetEditor';

/** The months the effect endpoint accepts: a whole number from 1 to 60. */
function validMonths(value: NumberValue): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 60;
}

function describeThreshold(target: Target, language: string, t: (key: string) => string): string {
  const sign = target.comparator === 'GTE' ? '≥' : '≤';
  if (target.tiers?.length) {
    return target.tiers
      .map((tier) => `[${tier.minMembers}, ${tier.maxMembers ?? '∞'}) ${sign} ${formatNumber(tier.threshold, language)}`)
      .join('; ');
  }
  return `${sign} ${formatNumber(target.threshold, language)} ${target.unit ?? ''}`.trim() || t('app.none');
}

/** One document: what it is, its targets (editable by the office), how the subtree meets them, and its effect. */
export function ResolutionDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const role = useSessionState().session?.user.role;
  const editable = can(role, 'manageResolutions');
  const resolution = useResolution(id);
  const issuerOf = useIssuerNames(resolution.data ? [resolution.data] : []);
  const targets = useTargets(id);
  const remove = useDeleteTarget(id);
  const toast = useProblemToast();
  const [editing, setEditing] = useState<{ target?: Target } | null>(null);
  const [scope, setScope] = useState<string | null>(null);
  const [range, setRange] = useState<[string, string] | null>(null);
  // What the field holds as typed, and the last valid months the chart uses (a wrong entry keeps the chart as it was).
  const [monthsTyped, setMonthsTyped] = useState<NumberValue>(6);
  const [months, setMonths] = useState(6);
  const monthsInvalid = !validMonths(monthsTyped);

  if (resolution.error) return <ProblemAlert error={resolution.error} />;
  if (!resolution.data) return <p role="status">{t('app.loading')}</p>;
  const r = resolution.data;
  const items = targets.data?.items ?? [];

  return (
    <>
      <PageHeader title={`${r.number} — ${r.title}`} sub={`${t('resolutions.issuedOn')} ${formatDate(r.issuedOn)}`} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
          <Descriptions.Item label={t('resolutions.issuer')}>{issuerOf(r)}</Descriptions.Item>
          <Descriptions.Item label={t('resolutions.documentType')}>{r.documentType}</Descriptions.Item>
          <Descriptions.Item label={t('resolutions.term')}>{r.term}</Descriptions.Item>
          <Descriptions.Item label={t('resolutions.effectiveFrom')}>{formatDate(r.effectiveFrom)}</Descriptions.Item>
          <Descriptions.Item label={t('resolutions.effectiveTo')}>{formatDate(r.effectiveTo)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title={<h2 className="section-title">{t('resolutions.targets')}</h2>}
        extra={
          editable && (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({})}>
              {t('resolutions.addTarget')}
            </Button>
          )
        }
        style={{ marginBottom: 16 }}
      >
        {targets.error ? (
          <ProblemAlert error={targets.error} />
        ) : (
          <Table<Target>
            size="small"
            rowKey="id"
            loading={targets.isPending}
            pagination={false}
            dataSource={items}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('resolutions.noTargets') }}
            columns={[
              { title: t('resolutions.targetTitle'), dataIndex: 'title', width: 420 },
              { title: t('resolutions.metric'), dataIndex: 'metric', render: (m: Target['metric']) => t(`resolutions.metrics.${m}`) },
              { title: t('resolutions.threshold'), render: (_, target) => describeThreshold(target, i18n.language, t) },
              ...(editable
                ? [
                    {
                      title: '',
                      key: 'actions',
                      render: (_: unknown, target: Target) => (
                        <Flex gap="small">
                          <Button icon={<EditOutlined aria-hidden />} aria-label={`${t('app.edit')}: ${target.title}`} onClick={() => setEditing({ target })} />
                          <Popconfirm
                            title={t('resolutions.deleteTarget')}
                            okText={t('app.remove')}
                            cancelText={t('app.cancel')}
                            onConfirm={() => remove.mutateAsync(target.id).catch((e: unknown) => toast(e))}
                          >
                            <Button icon={<DeleteOutlined aria-hidden />} danger aria-label={`${t('app.remove')}: ${target.title}`} />
                          </Popconfirm>
                        </Flex>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            className="card-with-action"
            title={<h2 className="section-title">{t('resolutions.compliance')}</h2>}
            extra={<ExportButton onExport={() => exportCompliance(id, { organizationId: scope, from: range?.[0] ?? null, to: range?.[1] ?? null })} />}
          >
            <Flex gap="small" wrap className="toolbar">
              <OrganizationSelect allowClear value={scope} onChange={setScope} aria-label={t('dashboard.subtree')} placeholder={t('dashboard.subtree')} />
              <DatePicker.RangePicker
                format={DATE_FORMAT}
                aria-label={`${t('app.from')} – ${t('app.to')}`}
                value={range ? [dayjs(range[0]), dayjs(range[1])] : null}
                onChange={(v) => setRange(v?.[0] && v[1] ? [v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')] : null)}
              />
            </Flex>
            <ComplianceChart resolutionId={id} organizationId={scope} from={range?.[0] ?? null} to={range?.[1] ?? null} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={<h2 className="section-title">{t('resolutions.effect')}</h2>}
          >
            <Flex className="toolbar" gap="small" align="center">
              <label htmlFor="effect-months">{t('resolutions.months')}</label>
              <NumberInput
                id="effect-months"
                value={monthsTyped}
                status={monthsInvalid ? 'error' : undefined}
                aria-invalid={monthsInvalid}
                aria-describedby={monthsInvalid ? 'effect-months-error' : undefined}
                onChange={(value) => {
                  setMonthsTyped(value);
                  if (validMonths(value)) setMonths(value);
                }}
                style={{ width: 90 }}
              />
            </Flex>
            {monthsInvalid && (
              <p id="effect-months-error" className="field__error" role="alert">
                {t('resolutions.monthsRange')}
              </p>
            )}
            <EffectChart resolutionId={id} months={months} />
          </Card>
        </Col>
      </Row>
      {editing && <TargetEditor resolutionId={id} target={editing.target} open onClose={() => setEditing(null)} />}
    </>
  );
}
