import { InfoCircleOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A figure's label with its definition in a tooltip (on hover, or on focus from the keyboard), so that each number
 * on screen says what it counts: "Chi bộ đạt" = branches whose every evaluated meeting passed ÷ branches evaluated.
 */
export function Defined({ label, definition }: { label: ReactNode; definition: string }) {
  const box = useRef<HTMLSpanElement>(null);
  // A table that scrolls sideways copies its column titles into a hidden row to measure them: no focus stop there.
  const [hidden, setHidden] = useState(false);
  useLayoutEffect(() => setHidden(Boolean(box.current?.closest('[aria-hidden="true"]'))), []);
  return (
    <span className="defined" ref={box}>
      {label}
      <Tooltip title={definition}>
        <InfoCircleOutlined className="defined__icon" tabIndex={hidden ? -1 : 0} aria-label={definition} />
      </Tooltip>
    </span>
  );
}
