import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { wholeNumberRule } from '@/components/NumberInput';
import { OrganizationSelect } from '@/components/OrganizationSelect';
import type { SessionFormat } from '../api/types';
import { Counter } from './Counter';
import { formatHas } from './labels';

interface Pair {
  where: string;
  /** The names within the form (or within the list item, for a bridge point). */
  expectedName: (string | number)[];
  attendedName: (string | number)[];
  /** The expected count's full path in the form. */
  expectedPath: (string | number)[];
  /** The message when the expected count is required (the hall of a hybrid session). */
  expectedRequired?: string;
}

/** Expected and present side by side, each a counter; an attended count needs its expected count. */
function CountPair({ where, expectedName, attendedName, expectedPath, expectedRequired }: Pair) {
  const { t } = useTranslation();
  const countRule = wholeNumberRule({ notWhole: t('meetings.check.wholeNumber'), belowMin: t('meetings.check.wholeNumber') });
  const expectedLabel = `${where} · ${t('studySessions.expected')}`;
  const attendedLabel = `${where} · ${t('studySessions.attended')}`;
  return (
    <Flex gap="small" wrap className="count-pair">
      <Form.Item
        name={expectedName}
        label={t('studySessions.expected')}
        rules={expectedRequired ? [countRule, { required: true, message: expectedRequired }] : [countRule]}
      >
        <Counter what={expectedLabel} lessLabel={t('studySessions.less', { what: expectedLabel })} moreLabel={t('studySessions.more', { what: expectedLabel })} />
      </Form.Item>
      <Form.Item
        name={attendedName}
        label={t('studySessions.attended')}
        dependencies={[expectedPath]}
        rules={[
          countRule,
          ({ getFieldValue }) => ({
            validator: async (_: unknown, value: unknown) => {
              const expected = getFieldValue(expectedPath);
              if (typeof value === 'number' && (expected === null || expected === undefined || expected === '')) throw new Error(t('studySessions.attendedWithoutExpected'));
            },
          }),
        ]}
      >
        <Counter what={attendedLabel} lessLabel={t('studySessions.less', { what: attendedLabel })} moreLabel={t('studySessions.more', { what: attendedLabel })} />
      </Form.Item>
    </Flex>
  );
}

/**
 * The counts of a session as the format has them: the hall (in person, hybrid, broadcast) and the bridge points (online,
 * hybrid, broadcast), each point a card with its place, its host organization and a counter for expected and present.
 */
export function SessionCounts({ format }: { format: SessionFormat }) {
  const { t } = useTranslation();
  const has = formatHas(format);
  return (
    <>
      {has.hall && (
        <section className="session-section" aria-labelledby="session-hall">
          <h2 id="session-hall" className="section-title">
            {t('studySessions.hall')}
          </h2>
          <CountPair
            where={t('studySessions.hall')}
            expectedName={['inPersonExpected']}
            attendedName={['inPersonAttended']}
            expectedPath={['inPersonExpected']}
            expectedRequired={format === 'HYBRID' ? t('studySessions.hallRequired') : undefined}
          />
        </section>
      )}
      {has.points && (
        <section className="session-section" aria-labelledby="session-points">
          <Form.List
            name="bridgePoints"
            rules={[
              {
                validator: async (_: unknown, points: unknown[] | undefined) => {
                  if (format === 'HYBRID' && (points ?? []).length === 0) throw new Error(t('studySessions.pointsRequired'));
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                <h2 id="session-points" className="section-title">
                  {t('studySessions.bridgePoints')} ({fields.length})
                </h2>
                <ol className="bridge-points">
                  {fields.map((field, i) => {
                    const where = t('studySessions.point', { n: i + 1 });
                    return (
                      <li key={field.key} className="bridge-point">
                        <Flex gap="small" align="start">
                          <Form.Item
                            name={[field.name, 'name']}
                            label={t('studySessions.pointNameN', { n: i + 1 })}
                            rules={[{ required: true, whitespace: true }]}
                            className="grow"
                          >
                            <Input maxLength={255} />
                          </Form.Item>
                          <Button
                            className="bridge-point__remove"
                            icon={<DeleteOutlined aria-hidden />}
                            aria-label={t('studySessions.removePoint', { n: i + 1 })}
                            onClick={() => remove(field.name)}
                          />
                        </Flex>
                        <Form.Item name={[field.name, 'hostOrganizationId']} label={t('studySessions.host')}>
                          <OrganizationSelect allowClear aria-label={`${where} · ${t('studySessions.host')}`} style={{ width: '100%', minWidth: 0 }} />
                        </Form.Item>
                        <CountPair
                          where={where}
                          expectedName={[field.name, 'expected']}
                          attendedName={[field.name, 'attended']}
                          expectedPath={['bridgePoints', field.name, 'expected']}
                        />
                      </li>
                    );
                  })}
                </ol>
                <Form.ErrorList errors={errors} />
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ expected: null, attended: null })} block size="large">
                  {t('studySessions.addPoint')}
                </Button>
              </>
            )}
          </Form.List>
        </section>
      )}
    </>
  );
}
