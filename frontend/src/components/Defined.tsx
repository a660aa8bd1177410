import { InfoCircleOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { ReactNode } from 'react';

/**
 * A figure's label with its definition in a tooltip (on hover, or on focus from the keyboard), so that each number
 * on screen says what it counts: "Chi bộ đạt" = branches whose every evaluated meeting passed ÷ branches evaluated.
 */
export function Defined({ label, definition }: { label: ReactNode; definition: string }) {
  return (
    <span className="defined">
      {label}
      <Tooltip title={definition}>
        <InfoCircleOutlined className="defined__icon" tabIndex={0} aria-label={definition} />
      </Tooltip>
    </span>
  );
}
