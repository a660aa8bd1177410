import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The page's title (the one h1) and its actions, wrapping under it on a phone. */
export function PageHeader({ title, extra, sub }: { title: ReactNode; extra?: ReactNode; sub?: ReactNode }) {
  return (
    <Flex className="page-header" wrap gap="small" align="center" justify="space-between">
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        {sub && <div className="muted">{sub}</div>}
      </div>
      {extra && (
        <Flex wrap gap="small">
          {extra}
        </Flex>
      )}
    </Flex>
  );
}
