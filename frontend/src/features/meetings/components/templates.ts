/**
 * The default checklist and score sheet (migration V6), used for a branch that has no record yet: from its
 * first record on, the API gives the branch's own templates with every record.
 */
export const DEFAULT_PROCEDURE: readonly string[] = [
  'Chuẩn bị: bí thư phân công dự thảo; chi ủy họp trước, đánh giá tháng trước, dự kiến nhiệm vụ tháng tới và nội dung cần thảo luận, biểu quyết; thông báo cho đảng viên và cấp ủy cấp trên',
  'Khai mạc: giới thiệu đại biểu, báo cáo tình hình đảng viên dự họp, thông qua chương trình, cử thư ký',
  'Kiểm điểm việc thực hiện nghị quyết tháng trước: từng nhiệm vụ và kết quả, việc chưa làm được và nguyên nhân',
  'Thông tin văn bản cấp trên và thời sự',
  'Thảo luận; biểu dương, phê bình và tự phê bình',
  'Kết luận, giao nhiệm vụ cho tổ chức hoặc đảng viên, có thời hạn và kỳ họp báo cáo kết quả',
  'Biểu quyết thông qua nghị quyết của chi bộ',
  'Đánh giá chất lượng buổi sinh hoạt; thông qua biên bản',
];

export interface Criterion {
  code: string;
  name: string;
  max: number;
  key: boolean;
}

export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { code: 'TIME_DURATION', name: 'Thời gian và thời lượng sinh hoạt', max: 5, key: true },
  { code: 'ATTENDANCE', name: 'Đảng viên dự sinh hoạt', max: 5, key: true },
  { code: 'PREPARATION', name: 'Công tác chuẩn bị', max: 10, key: false },
  { code: 'CONDUCT', name: 'Tiến hành sinh hoạt, tham gia ý kiến của đảng viên', max: 40, key: true },
  { code: 'PARTY_PRINCIPLES', name: 'Thực hiện nguyên tắc sinh hoạt Đảng', max: 5, key: false },
  { code: 'PREVIOUS_RESOLUTION', name: 'Kết quả thực hiện nghị quyết kỳ trước', max: 30, key: false },
  { code: 'CLOSING', name: 'Kết thúc sinh hoạt, thông qua biên bản', max: 5, key: true },
];
