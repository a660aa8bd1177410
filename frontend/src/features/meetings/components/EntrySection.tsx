import { Card } from 'antd';
import type { ReactNode } from 'react';

/** One short section of the meeting form: a card with its h2. */
export function EntrySection({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card size="small" title={<h2 className="section-title">{title}</h2>} extra={extra} className="entry-section">
      {children}
    </Card>
  );
}
