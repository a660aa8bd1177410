import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Descriptions, Flex, InputNumber, Popconfirm, Row, Table } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '@/components/Chart';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { can } from '@/lib/access';
import { useSessionState } from '@/lib/api/session';
import { DATE_FORMAT, formatDate, formatNumber } from '@/lib/format';
import { useProblemToast } from '@/lib/problems';
import { useCompliance, useDeleteTarget, useResolution, useResolutionEffect, useTargets, type Target } from '../api/resolutions';
import { TargetEditor } from './TargetEditor';

function describeThreshold(target: Target, language: string, t: (key: string) => string): string {
  const sign = target.comparator === 'GTE' ? '≥' : '≤';
  if (target.tiers?.length) {
    return target.tiers
      .map((tier) => `[${tier.minMembers}, ${tier.maxMembers ?? '∞'}) ${sign} ${formatNumber(tier.threshold, language)}`)
      .join('; ');
  }
  return `${sign} ${formatNumber(target.threshold, language)} ${target.unit ?? ''}`.trim() || t('app.none');
}

/** Compliance of a subtree with each target, as bars of the share of branches passing. */
export function ComplianceChart({ resolutionId, targets, organizationId, from, to }: {
  resolutionId: string;
  targets: Target[];
  organizationId: string | null;
  from: string | null;
  to: string | null;
}) {
  const { t, i18n } = useTranslation();
  const compliance = useCompliance(resolutionId, organizationId, from, to);
  const option = useMemo<ChartOption | null>(() => {
    const items = compliance.data?.items ?? [];
    // Nothing evaluated is not 0 % passing: say there are no figures yet.
    if (items.every((i) => i.meetingsEvaluated === 0)) return null;
    // Short axis labels (the metric, numbered when a metric has several targets): the table below gives the titles.
    const seen = new Map<string, number>();
    const names = items.map((i) => {
      const label = t(`resolutions.metrics.${i.metric}`);
      const n = (seen.get(label) ?? 0) + 1;
      seen.set(label, n);
      return items.filter((x) => x.metric === i.metric).length > 1 ? `${label} (${n})` : label;
    });
    return {
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', max: 100, splitNumber: 2, axisLabel: { formatter: '{value}%', hideOverlap: true } },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 130, overflow: 'break' } },
      series: [
        {
          type: 'bar',
          name: t('resolutions.passRate'),
          data: items.map((i) => ({ value: i.passRate, itemStyle: { color: i.passRate >= 80 ? '#2e7d32' : i.passRate >= 50 ? '#ef6c00' : '#c62828' } })),
          label: { show: true, position: 'right', formatter: '{c}%' },
        },
      ],
    };
  }, [compliance.data, t]);

  if (compliance.error) return <ProblemAlert error={compliance.error} />;
  if (compliance.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!option) return <p className="muted">{t('dashboard.noData')}</p>;
  return (
    <>
      <Chart option={option} label={t('resolutions.compliance')} height={Math.max(160, 48 * (compliance.data?.items.length ?? 1))} />
      <Table
        size="small"
        rowKey="targetId"
        pagination={false}
        dataSource={compliance.data?.items ?? []}
        columns={[
          {
            title: t('resolutions.targetTitle'),
            dataIndex: 'targetId',
            render: (id: string, i) => targets.find((x) => x.id === id)?.title ?? t(`resolutions.metrics.${i.metric}`),
          },
          {
            title: t('resolutions.passRate'),
            dataIndex: 'passRate',
            align: 'right',
            render: (v: number, i) => (i.branchesEvaluated === 0 ? '—' : formatNumber(v, i18n.language)),
          },
          {
            title: t('nav.meetings'),
            render: (_, i) => `${i.meetingsPassed}/${i.meetingsEvaluated}`,
            align: 'right',
            responsive: ['sm'],
          },
          {
            title: t('scorecard.branch'),
            render: (_, i) => t('resolutions.branchesPassing', { passing: i.branchesPassing, total: i.branchesEvaluated }),
            responsive: ['md'],
          },
        ]}
      />
    </>
  );
}

/** Each metric's average before and after the issue date, side by side. */
export function EffectChart({ resolutionId, months }: { resolutionId: string; months: number }) {
  const { t, i18n } = useTranslation();
  const effect = useResolutionEffect(resolutionId, months);
  const option = useMemo<ChartOption | null>(() => {
    const items = effect.data?.items ?? [];
    if (items.length === 0) return null;
    return {
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: items.map((i) => t(`resolutions.metrics.${i.metric}`)), axisLabel: { interval: 0, width: 90, overflow: 'break' } },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('resolutions.before'), data: items.map((i) => i.before), itemStyle: { color: '#8c959f' } },
        { type: 'bar', name: t('resolutions.after'), data: items.map((i) => i.after), itemStyle: { color: '#b3261e' } },
      ],
    };
  }, [effect.data, t]);
  if (effect.error) return <ProblemAlert error={effect.error} />;
  if (effect.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!option) return <p className="muted">{t('dashboard.noData')}</p>;
  const empty = (effect.data?.items ?? []).every((i) => i.before == null && i.after == null);
  return (
    <>
      {empty ? <p className="muted">{t('dashboard.noData')}</p> : <Chart option={option} label={t('resolutions.effect')} />}
      <p className="muted" style={{ marginBottom: 8 }}>
        {t('resolutions.before')}: {formatDate(effect.data?.beforeFrom)} – {formatDate(effect.data?.issuedOn)} · {t('resolutions.after')}:{' '}
        {formatDate(effect.data?.issuedOn)} – {formatDate(effect.data?.afterTo)}
      </p>
      {!empty && (
      <Table
        size="small"
        rowKey="metric"
        pagination={false}
        dataSource={effect.data?.items ?? []}
        columns={[
          { title: t('resolutions.metric'), dataIndex: 'metric', render: (m: Target['metric']) => t(`resolutions.metrics.${m}`) },
          { title: t('resolutions.before'), dataIndex: 'before', align: 'right', render: (v: number | null) => formatNumber(v, i18n.language) },
          { title: t('resolutions.after'), dataIndex: 'after', align: 'right', render: (v: number | null) => formatNumber(v, i18n.language) },
          {
            title: t('resolutions.change'),
            dataIndex: 'change',
            align: 'right',
            render: (v: number | null) => (v == null ? '—' : `${v > 0 ? '+' : ''}${formatNumber(v, i18n.language)}`),
          },
        ]}
      />
      )}
    </>
  );
}

/** One document: what it is, its targets (editable by the office), how the subtree meets them, and its effect. */
export function ResolutionDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const role = useSessionState().session?.user.role;
  const editable = can(role, 'manageResolutions');
  const resolution = useResolution(id);
  const targets = useTargets(id);
  const remove = useDeleteTarget(id);
  const toast = useProblemToast();
  const [editing, setEditing] = useState<{ target?: Target } | null>(null);
  const [scope, setScope] = useState<string | null>(null);
  const [range, setRange] = useState<[string, string] | null>(null);
  const [months, setMonths] = useState(6);

  if (resolution.error) return <ProblemAlert error={resolution.error} />;
  if (!resolution.data) return <p role="status">{t('app.loading')}</p>;
  const r = resolution.data;
  const items = targets.data?.items ?? [];

  return (
    <>
      <PageHeader title={`${r.number} — ${r.title}`} sub={`${t('resolutions.issuedOn')} ${formatDate(r.issuedOn)}`} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
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
          <Card size="small" title={<h2 className="section-title">{t('resolutions.compliance')}</h2>}>
            <Flex gap="small" wrap className="toolbar">
              <OrganizationSelect allowClear value={scope} onChange={setScope} aria-label={t('dashboard.subtree')} placeholder={t('dashboard.subtree')} />
              <DatePicker.RangePicker
                format={DATE_FORMAT}
                aria-label={`${t('app.from')} – ${t('app.to')}`}
                value={range ? [dayjs(range[0]), dayjs(range[1])] : null}
                onChange={(v) => setRange(v?.[0] && v[1] ? [v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')] : null)}
              />
            </Flex>
            <ComplianceChart resolutionId={id} targets={items} organizationId={scope} from={range?.[0] ?? null} to={range?.[1] ?? null} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={<h2 className="section-title">{t('resolutions.effect')}</h2>}
          >
            <Flex className="toolbar" gap="small" align="center">
              <label htmlFor="effect-months">{t('resolutions.months')}</label>
              <InputNumber id="effect-months" min={1} max={36} value={months} onChange={(v) => setMonths(v ?? 6)} style={{ width: 90 }} />
            </Flex>
            <EffectChart resolutionId={id} months={months} />
          </Card>
        </Col>
      </Row>
      {editing && <TargetEditor resolutionId={id} target={editing.target} open onClose={() => setEditing(null)} />}
    </>
  );
}
