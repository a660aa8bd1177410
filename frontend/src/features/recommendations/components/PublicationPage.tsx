import { App, Button, Card, Col, DatePicker, Form, Input, List, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { can } from '@/lib/access';
import { useSessionState } from '@/lib/api/session';
import { DATE_FORMAT, formatDate } from '@/lib/format';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { useSearchParams } from '@/lib/url-state';
import { useBriefings } from '../api/briefings';
import { useRecommendations } from '../api/get-recommendations';
import { useZones } from '../api/get-zones';
import { useNextNoticeNumber, usePublications, usePublish } from '../api/publications';
import type { Briefing } from '../api/types';
import { briefingLabel, Sections, type SectionLinks } from './common';

/**
 * The district committee's term a notice issued that day (YYYY-MM-DD) belongs to, as the server reckons it when the
 * term is left out: 2020–2024 → 2020-2025, 2025 (a congress year: the new term) to 2029 → 2025-2030. The notice's own
 * date decides, not its briefing's: December's answers published in January are numbered in the new year's term.
 */
export function termOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = 2020 + 5 * Math.floor((year - 2020) / 5);
  return `${start}-${start + 5}`;
}

interface Values {
  number?: string;
  issuedOn?: Dayjs | null;
  title?: string;
}

function PublishForm({ briefing, pending }: { briefing: Briefing; pending: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const publish = usePublish();
  const toast = useProblemToast();
  const issuedOn = Form.useWatch('issuedOn', form);
  const term = termOf((issuedOn ?? dayjs()).format('YYYY-MM-DD'));
  const next = useNextNoticeNumber(briefing.districtId, term);

  useEffect(() => {
    form.setFieldsValue({ number: undefined });
  }, [briefing, form]);

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={async (v) => {
        try {
          const p = await publish.mutateAsync({
            // The server derives the term from the date, as shown beside it.
            briefingId: briefing.id,
            number: v.number?.trim() || next.data || null,
            issuedOn: v.issuedOn ? v.issuedOn.format('YYYY-MM-DD') : null,
            title: v.title?.trim() || null,
          });
          void message.success(t('recommendations.published', { number: p.documentNumber, count: p.recommendationIds.length }));
          form.resetFields(['number', 'title']);
        } catch (error) {
          toast(error, { unshownErrors: applyFieldErrors(form, error, ['number', 'issuedOn', 'title']) });
        }
      }}
    >
      <p className="muted">{t('recommendations.publishHint')}</p>
      <Form.Item name="issuedOn" label={t('recommendations.issuedOn')}>
        <DatePicker format={DATE_FORMAT} placeholder={formatDate(dayjs().format('YYYY-MM-DD'))} />
      </Form.Item>
      <Form.Item label={t('recommendations.term')} extra={t('recommendations.termFromDate')}>
        <output aria-label={t('recommendations.term')}>{term}</output>
      </Form.Item>
      <Form.Item name="number" label={t('recommendations.number')} extra={next.data ? t('recommendations.numberProposed', { number: next.data }) : undefined}>
        <Input maxLength={40} placeholder={next.data ?? undefined} style={{ maxWidth: 220 }} />
      </Form.Item>
      <Form.Item name="title" label={t('recommendations.noticeTitle')}>
        <Input maxLength={500} />
      </Form.Item>
      <Button type="primary" htmlType="submit" disabled={pending === 0 || publish.isPending}>
        {t('recommendations.publish')}
      </Button>
    </Form>
  );
}

/** Publishing a briefing's accepted answers in a TB notice of the district; the notices already issued. */
export function PublicationPage({
  links,
  hrefOf,
  documentHref,
}: {
  links: SectionLinks;
  hrefOf: (id: string) => string;
  documentHref: (id: string) => string;
}) {
  const { t } = useTranslation();
  const role = useSessionState().session?.user.role;
  const [params, setParams] = useSearchParams();
  const briefings = useBriefings(null, null, 100);
  const zones = useZones();
  const zoneNames = useMemo(() => new Map((zones.data ?? []).map((z) => [z.id, z.name])), [zones.data]);
  // By default the latest briefing with accepted answers awaiting their notice, else the latest briefing.
  const awaiting = useRecommendations(
    { q: '', page: 1, size: 1, sort: 'createdAt,desc', field: null, status: 'ACCEPTED', addresseeId: null, briefingId: null, overdue: null },
    !params.get('briefing'),
  );
  const briefingId =
    params.get('briefing') ?? (awaiting.isPending && !awaiting.isError ? null : (awaiting.data?.items[0]?.briefingId ?? briefings.data?.[0]?.id ?? null));
  const briefing = briefings.data?.find((b) => b.id === briefingId);
  const accepted = useRecommendations(
    { q: '', page: 1, size: 100, sort: 'title,asc', field: null, status: 'ACCEPTED', addresseeId: null, briefingId, overdue: null },
    Boolean(briefingId),
  );
  const publications = usePublications(briefingId);
  const pending = accepted.data?.totalItems ?? 0;

  return (
    <>
      <PageHeader title={t('recommendations.title')} />
      <Sections links={links} />
      <div className="toolbar">
        <Select
          aria-label={t('recommendations.briefing')}
          placeholder={t('recommendations.pickBriefing')}
          loading={briefings.isPending}
          value={briefingId ?? undefined}
          onChange={(v: string) => setParams({ briefing: v })}
          options={(briefings.data ?? []).map((b) => ({ value: b.id, label: briefingLabel(b, zoneNames.get(b.zoneId), t) }))}
          style={{ minWidth: 260, maxWidth: '100%' }}
          popupMatchSelectWidth={false}
        />
      </div>
      {briefings.error && <ProblemAlert error={briefings.error} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 className="section-title">{t('recommendations.accepted')}</h2>}>
            {accepted.error ? (
              <ProblemAlert error={accepted.error} />
            ) : (
              <List
                size="small"
                loading={accepted.isFetching}
                dataSource={accepted.data?.items ?? []}
                locale={{ emptyText: <span className="empty-text">{t('recommendations.noAccepted')}</span> }}
                renderItem={(r) => (
                  <List.Item>
                    <Link to={hrefOf(r.id)}>{r.title}</Link>
                  </List.Item>
                )}
              />
            )}
            {briefing && can(role, 'publishAnswers') && pending > 0 && (
              <div style={{ marginTop: 16 }}>
                <PublishForm briefing={briefing} pending={pending} />
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 className="section-title">{t('recommendations.notices')}</h2>}>
            {publications.error && <ProblemAlert error={publications.error} />}
            <List
              size="small"
              loading={publications.isFetching}
              dataSource={publications.data ?? []}
              locale={{ emptyText: <span className="empty-text">{t('recommendations.noNotices')}</span> }}
              renderItem={(p) => (
                <List.Item>
                  <div>
                    <Link to={documentHref(p.documentId)}>{t('recommendations.openDocument', { number: p.documentNumber })}</Link>
                    <div>{p.title}</div>
                    <div className="muted">
                      {formatDate(p.issuedOn)} · {t('recommendations.published', { number: p.documentNumber, count: p.recommendationIds.length })}
                    </div>
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
