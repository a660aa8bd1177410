import { Button, Card, DatePicker, Flex, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import { PageHeader } from '@/components/PageHeader';
import { DATE_FORMAT } from '@/lib/format';
import { applyFieldErrors, useProblemToast } from '@/lib/problems';
import { useUnsavedChangesWarning } from '@/lib/unsaved';
import { useCreateResolution, useDocumentTypes, useNextNumber, useNumberTaken, type Resolution } from '../api/resolutions';

/** `17-NQ/HU`, `57-NQ/TW`: sequence, type, issuer code (as the API parses it). */
export const NUMBER_PATTERN = /^(\d+)-([A-Za-zĐđ]+)\/([A-Za-zĐđ]+)$/u;

/** Who issues the document: a committee of the tree, or an issuer above it (Bộ Chính trị, Tỉnh ủy …) named as given. */
export type IssuerKind = 'TREE' | 'ABOVE';

interface Values {
  issuerKind: IssuerKind;
  issuerId?: string;
  issuerName?: string;
  documentType?: string;
  term?: string;
  number?: string;
  issuedOn?: Dayjs;
  title?: string;
  scopeOrganizationId?: string | null;
  effectiveFrom?: Dayjs | null;
  effectiveTo?: Dayjs | null;
}

function useDebounced<T>(value: T, ms = 350): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Issuing a document: the number checked as it is typed, and the next free number proposed. A document from above
 * (its issuer outside the tree, named) is registered for the organization it applies to, which is then required.
 */
export function NewResolution({ onCreated, onCancel }: { onCreated: (r: Resolution) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const types = useDocumentTypes();
  const create = useCreateResolution();
  const toast = useProblemToast();
  const [dirty, setDirty] = useState(false);
  const release = useUnsavedChangesWarning(dirty);

  const above = Form.useWatch('issuerKind', form) === 'ABOVE';
  const treeIssuerId = Form.useWatch('issuerId', form) ?? null;
  const issuerId = above ? null : treeIssuerId;
  const issuerName = (Form.useWatch('issuerName', form) ?? '').trim();
  const issuer = above ? (issuerName ? { issuerName } : null) : issuerId ? { issuerId } : null;
  const documentType = Form.useWatch('documentType', form) ?? null;
  const term = Form.useWatch('term', form) ?? null;
  const number = (Form.useWatch('number', form) ?? '').trim();
  const typed = useDebounced(number);
  const wellFormed = NUMBER_PATTERN.test(typed);
  const next = useNextNumber(issuerId, documentType, term);
  const taken = useNumberTaken(typed, issuer, term, wellFormed);

  let help: React.ReactNode = t('resolutions.numberHint');
  let status: '' | 'error' | 'success' | 'validating' = '';
  if (number && number !== typed) {
    status = 'validating';
    help = t('resolutions.checking');
  } else if (typed && !wellFormed) {
    status = 'error';
    help = t('resolutions.numberMalformed');
  } else if (wellFormed && taken.data === true) {
    status = 'error';
    help = t('resolutions.numberTaken', { number: typed });
  } else if (wellFormed && taken.data === false) {
    status = 'success';
    help = t('resolutions.numberFree');
  } else if (wellFormed && taken.isFetching) {
    status = 'validating';
    help = t('resolutions.checking');
  }

  return (
    <>
      <PageHeader title={t('resolutions.new')} />
      <Card size="small" style={{ maxWidth: 720 }}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ issuerKind: 'TREE', term: '2020-2025', documentType: 'NQ', issuedOn: dayjs() }}
          onValuesChange={() => setDirty(true)}
          onFinish={async (v) => {
            try {
              const created = await create.mutateAsync({
                number: v.number!.trim(),
                documentType: v.documentType ?? null,
                ...(v.issuerKind === 'ABOVE' ? { issuerName: v.issuerName!.trim() } : { issuerId: v.issuerId! }),
                term: v.term!.trim(),
                issuedOn: v.issuedOn!.format('YYYY-MM-DD'),
                title: v.title!.trim(),
                scopeOrganizationId: v.scopeOrganizationId ?? null,
                effectiveFrom: v.effectiveFrom?.format('YYYY-MM-DD') ?? null,
                effectiveTo: v.effectiveTo?.format('YYYY-MM-DD') ?? null,
              });
              release();
              setDirty(false);
              onCreated(created);
            } catch (error) {
              const fields = ['number', 'documentType', 'issuerId', 'issuerName', 'term', 'issuedOn', 'title', 'scopeOrganizationId', 'effectiveFrom', 'effectiveTo'];
              toast(error, { unshownErrors: applyFieldErrors(form, error, fields) });
            }
          }}
        >
          <Form.Item name="issuerKind" label={t('resolutions.issuerKind')}>
            <Radio.Group
              options={[
                { value: 'TREE', label: t('resolutions.issuerKinds.TREE') },
                { value: 'ABOVE', label: t('resolutions.issuerKinds.ABOVE') },
              ]}
            />
          </Form.Item>
          {above ? (
            <Form.Item
              name="issuerName"
              label={t('resolutions.issuer')}
              extra={t('resolutions.issuerNameHint')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          ) : (
            <Form.Item name="issuerId" label={t('resolutions.issuer')} rules={[{ required: true }]}>
              <OrganizationSelect types={['DISTRICT', 'GRASSROOTS', 'BRANCH']} aria-label={t('resolutions.issuer')} />
            </Form.Item>
          )}
          <Flex gap="small" wrap>
            <Form.Item name="documentType" label={t('resolutions.documentType')} className="grow">
              <Select
                options={(types.data ?? []).map((d) => ({ value: d.code, label: `${d.code} — ${i18n.language === 'en' ? d.nameEn : d.name}` }))}
              />
            </Form.Item>
            <Form.Item name="term" label={t('resolutions.term')} rules={[{ required: true, pattern: /^\d{4}-\d{4}$/ }]}>
              <Input style={{ width: 140 }} maxLength={20} />
            </Form.Item>
          </Flex>
          <Form.Item
            name="number"
            label={t('resolutions.number')}
            rules={[{ required: true, whitespace: true }]}
            hasFeedback
            validateStatus={status || undefined}
            help={help}
          >
            {/* Always a suffix: an input that gains one is rebuilt by antd, and would lose the typist's focus. */}
            <Input maxLength={40} autoComplete="off" suffix={<span />} />
          </Form.Item>
          {next.data && next.data !== number && (
            <p className="muted" aria-live="polite">
              {t('resolutions.nextFree', { number: next.data })}{' '}
              <Button
                size="small"
                onClick={() => {
                  form.setFieldValue('number', next.data);
                  setDirty(true);
                }}
              >
                {t('resolutions.useNext')}
              </Button>
            </p>
          )}
          <Form.Item name="issuedOn" label={t('resolutions.issuedOn')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="title" label={t('resolutions.titleField')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
          </Form.Item>
          <Form.Item
            name="scopeOrganizationId"
            label={t('resolutions.scope')}
            extra={above ? t('resolutions.scopeOfAbove') : undefined}
            rules={[{ required: above }]}
          >
            <OrganizationSelect allowClear={!above} aria-label={t('resolutions.scope')} />
          </Form.Item>
          <Flex gap="small" wrap>
            <Form.Item name="effectiveFrom" label={t('resolutions.effectiveFrom')}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item name="effectiveTo" label={t('resolutions.effectiveTo')}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
          </Flex>
          <Flex gap="small" justify="end">
            <Button onClick={onCancel}>{t('app.cancel')}</Button>
            <Button type="primary" htmlType="submit" disabled={create.isPending || taken.data === true}>
              {create.isPending ? t('app.saving') : t('app.save')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
