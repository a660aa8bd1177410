import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithQuery } from '@/test/render';
import { RecordChecklist, RecordScore } from './RecordSheet';

describe('RecordChecklist', () => {
  it('marks each step of the checklist done or not, and counts them', async () => {
    renderWithQuery(
      <RecordChecklist
        procedure={[
          { step: 'Khai mạc', done: true },
          { step: 'Kiểm điểm nghị quyết tháng trước', done: false },
          { step: 'Biểu quyết', done: true },
        ]}
      />,
    );
    expect(await screen.findByText('2/3 bước đã thực hiện')).toBeInTheDocument();
    const steps = within(screen.getByRole('list', { name: 'Trình tự sinh hoạt' })).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    expect(steps[0]).toHaveTextContent('Khai mạc (Đã thực hiện)');
    expect(steps[1]).toHaveTextContent('Kiểm điểm nghị quyết tháng trước (Chưa thực hiện)');
    expect(steps[1]).toHaveClass('record-checklist__missed');
  });

  it('says so when a record from a paper book has no checklist', async () => {
    renderWithQuery(<RecordChecklist procedure={[]} />);
    expect(await screen.findByText('Biên bản không ghi trình tự (nhập từ sổ giấy).')).toBeInTheDocument();
  });
});

describe('RecordScore', () => {
  it('shows each criterion out of its maximum, the unscored ones, the total and the band', async () => {
    renderWithQuery(
      <RecordScore
        score={{
          total: 85,
          band: 'FAIR',
          criteria: [
            { code: 'ATTENDANCE', name: 'Đảng viên dự sinh hoạt', max: 5, key: true, points: 5 },
            { code: 'CONDUCT', name: 'Tiến hành sinh hoạt', max: 40, key: true, points: 35 },
            { code: 'PREPARATION', name: 'Công tác chuẩn bị', max: 10, key: false, points: null },
          ],
        }}
      />,
    );
    expect(await screen.findByText('Tổng 85/100 · xếp loại Khá')).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent(/Đảng viên dự sinh hoạt\s*bắt buộc đạt tối đa\s*5\/5/);
    expect(rows[1]).toHaveTextContent('35/40');
    expect(rows[2]).toHaveTextContent(/Công tác chuẩn bị\s*Chưa chấm/);
    expect(rows[2]).not.toHaveTextContent('bắt buộc');
  });
});
