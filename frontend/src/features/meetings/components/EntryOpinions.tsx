import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Member } from '../api/get-branch-context';
import { EntrySection } from './EntrySection';
import type { EntryRules } from './meeting-checks';
import { AREAS, LIMITS } from './meeting-form';
import type { RollLine } from './RollCall';

/** Who spoke (a present member, or a guest typed in), on what, and what they said. */
export function EntryOpinions({ members, attendance, rules }: { members: Member[]; attendance: RollLine[] | undefined; rules: EntryRules }) {
  const { t } = useTranslation();
  const present = members
    .filter((m) => (attendance ?? []).find((l) => l.memberId === m.id)?.status === 'PRESENT')
    .map((m) => ({ value: m.fullName }));
  return (
    <EntrySection title={t('meetings.sections.opinions')}>
      <Form.List name="opinions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <div key={field.key} className="list-item">
                <Flex gap="small" wrap align="end">
                  <Form.Item
                    name={[field.name, 'speaker']}
                    label={`${t('meetings.opinion.speaker')} ${index + 1}`}
                    className="grow"
                    dependencies={[['opinions', field.name, 'summary']]}
                    rules={[rules.speaker(field.name), rules.text(LIMITS.person)]}
                  >
                    <AutoComplete
                      options={present}
                      showSearch={{
                        filterOption: (input, option) => String(option?.value ?? '').toLowerCase().includes(input.toLowerCase()),
                      }}
                      popupMatchSelectWidth={false}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'area']} label={t('meetings.opinion.area')} initialValue="PARTY_BUILDING">
                    <Select style={{ width: 180 }} options={AREAS.map((a) => ({ value: a, label: t(`meetings.opinion.areas.${a}`) }))} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined aria-hidden />} aria-label={t('app.remove')} onClick={() => remove(field.name)} />
                </Flex>
                <Form.Item name={[field.name, 'summary']} label={t('meetings.opinion.summary')} rules={[rules.text(LIMITS.summary)]}>
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                </Form.Item>
              </div>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ area: 'PARTY_BUILDING' })} block>
              {t('meetings.opinion.add')}
            </Button>
          </>
        )}
      </Form.List>
    </EntrySection>
  );
}
