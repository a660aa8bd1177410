import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChartOption } from '@/components/Chart';
import { jsonResponse, stubFetch } from '@/test/fetch-mock';
import { renderWithQuery } from '@/test/render';
import { signIn } from '@/test/session';
import { ComplianceChart } from './ComplianceChart';

const charts = vi.hoisted(() => ({ options: [] as ChartOption[] }));
vi.mock('@/components/Chart', () => ({
  Chart: ({ option, label }: { option: ChartOption; label: string }) => {
    charts.options.push(option);
    return <div role="img" aria-label={label} />;
  },
}));

const RESOLUTION = '00000000-0000-4000-8000-0000000000d1';
const TARGET = '00000000-0000-4000-8000-0000000000e1';

describe('ComplianceChart', () => {
  it('gives each figure one name and its definition: branches passing 55/68 (80,9 %), meetings passing (98,3 %)', async () => {
    signIn();
    stubFetch(() =>
      jsonResponse({
        resolutionId: RESOLUTION,
        organizationId: null,
        from: '2026-01-01',
        to: '2026-12-06',
        items: [{ targetId: TARGET, targetTitle: 'Tỷ lệ đảng viên dự sinh hoạt chi bộ đạt từ 85% trở lên', metric: 'ATTENDANCE_RATE', meetingsEvaluated: 1200, meetingsPassed: 1180, branchesEvaluated: 68, branchesPassing: 55, passRate: 98.3, branchPassRate: 80.9 }],
      }),
    );

    renderWithQuery(
<ComplianceChart resolutionId={RESOLUTION} organizationId={null} from={null} to={null} />,
    );

    const row = (await screen.findByText('Tỷ lệ đảng viên dự sinh hoạt chi bộ đạt từ 85% trở lên')).closest('tr')!;
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['Tỷ lệ đảng viên dự sinh hoạt chi bộ đạt từ 85% trở lên', '55/68 (80,9 %)', '1.180/1.200 (98,3 %)']);
    expect(screen.getAllByText('Chi bộ đạt')[0]).toBeInTheDocument();
    expect(screen.getAllByText('Lượt sinh hoạt đạt')[0]).toBeInTheDocument();
    expect(screen.getAllByRole('img', { name: /^Số chi bộ mà mọi buổi sinh hoạt được đánh giá/ })[0]).toBeInTheDocument();
    expect(screen.getAllByRole('img', { name: /^Số buổi sinh hoạt đạt chỉ tiêu trên số buổi được đánh giá/ })[0]).toBeInTheDocument();
    expect(screen.queryByText(/Tỷ lệ chi bộ đạt/)).not.toBeInTheDocument();

    // The bars: each figure under its own name, never 98,3 as the branches' rate.
    const series = (charts.options.at(-1)!.series as { name: string; data: (number | null)[] }[]).map((s) => [s.name, s.data]);
    expect(series).toEqual([
      ['Chi bộ đạt (%)', [80.9]],
      ['Lượt sinh hoạt đạt (%)', [98.3]],
    ]);
  }, 30_000);
});
