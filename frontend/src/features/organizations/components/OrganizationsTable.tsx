import type { Organization } from '../api/get-organizations';
import { ORGANIZATION_TYPE_LABELS } from './organization-types';

const numberFormat = new Intl.NumberFormat('vi-VN');

export function OrganizationsTable({ items, busy }: { items: Organization[]; busy: boolean }) {
  return (
    <div className="table-wrap">
      <table className="table" aria-busy={busy}>
        <caption className="visually-hidden">Danh sách tổ chức đảng</caption>
        <thead>
          <tr>
            <th scope="col">Mã</th>
            <th scope="col">Tên</th>
            <th scope="col">Loại</th>
            <th scope="col" className="num">
              Số đảng viên
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((org) => (
            <tr key={org.id}>
              <td className="code">{org.code}</td>
              <td>{org.name}</td>
              <td>{ORGANIZATION_TYPE_LABELS[org.type] ?? org.type}</td>
              <td className="num">{numberFormat.format(org.memberCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
