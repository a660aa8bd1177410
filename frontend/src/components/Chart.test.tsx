import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Chart } from './Chart';

const echarts = vi.hoisted(() => ({ setOption: vi.fn() }));
vi.mock('echarts/core', () => ({
  use: vi.fn(),
  init: vi.fn(() => ({ setOption: echarts.setOption, resize: vi.fn(), dispose: vi.fn() })),
}));

const LONG = 'Ban Tuyên giáo và Dân vận Huyện ủy Nam Sách, Ủy ban Mặt trận Tổ quốc huyện';

describe('Chart', () => {
  it('bounds long category labels: cut with an ellipsis (or wrapped where asked), the whole label in a tooltip', () => {
    render(
      <Chart
        label="Kiến nghị theo nơi trả lời"
        option={{
          xAxis: [{ type: 'value' }, { type: 'category', data: [LONG], axisLabel: { width: 90, overflow: 'break' } }],
          yAxis: { type: 'category', data: [LONG, 'Khác'] },
          series: [{ type: 'bar', data: [3, 1] }],
        }}
      />,
    );

    const option = echarts.setOption.mock.calls.at(-1)![0];
    expect(option.yAxis).toMatchObject({ axisLabel: { overflow: 'truncate', width: 150 }, tooltip: { show: true } });
    expect(option.xAxis[1]).toMatchObject({ axisLabel: { overflow: 'break', width: 90 }, tooltip: { show: true } });
    expect(option.xAxis[0]).toEqual({ type: 'value' });
    expect(option.aria).toMatchObject({ enabled: true, label: { description: 'Kiến nghị theo nơi trả lời' } });
  });
});
