import type { components } from '@/lib/api/schema';

type Role = components['schemas']['Role'];

/** Vietnamese names of the roles, as the district's staff call them. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  SYSTEM_ADMIN: 'Quản trị hệ thống',
  DISTRICT_OFFICE: 'Văn phòng Huyện ủy',
  GRASSROOTS_OFFICER: 'Đảng ủy cơ sở',
  BRANCH_SECRETARY: 'Bí thư chi bộ',
  RESPONDER: 'Ban, ngành trả lời',
  INSPECTOR: 'Kiểm tra, giám sát',
};
