import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithQuery } from '@/test/render';
import { EvaluationList } from './EvaluationList';

const base = { resolutionId: 'r', resolutionNumber: '17-NQ/HU' };

describe('EvaluationList', () => {
  it('shows each target met or not, with the figures and the reason', async () => {
    renderWithQuery(
      <EvaluationList
        items={[
          { ...base, targetId: 't1', metric: 'ATTENDANCE_RATE', required: 85, actual: 72.7, passed: false, reason: 'Chưa đạt: dự họp 16/22 đảng viên phải dự, đạt 72,7%.' },
          { ...base, targetId: 't2', metric: 'DURATION_MINUTES', required: 90, actual: 105, passed: true, reason: 'Đạt: sinh hoạt 105 phút.' },
        ]}
      />,
    );

    const items = within(await screen.findByRole('list', { name: 'Đánh giá theo chỉ tiêu' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveClass('evaluation__item--failed');
    expect(items[0]).toHaveTextContent('Chưa đạt');
    expect(items[0]).toHaveTextContent('Tỷ lệ dự sinh hoạt · 17-NQ/HU');
    expect(items[0]).toHaveTextContent('Yêu cầu: 85 · Thực tế: 72,7');
    expect(items[0]).toHaveTextContent('dự họp 16/22 đảng viên');
    expect(items[1]).toHaveClass('evaluation__item--passed');
    expect(items[1]).toHaveTextContent('Đạt');
  });

  it('says so when no target applies', async () => {
    renderWithQuery(<EvaluationList items={[]} />);
    expect(await screen.findByText('Không có chỉ tiêu nào áp dụng cho buổi họp này.')).toBeInTheDocument();
  });
});
