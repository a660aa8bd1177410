import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n';
import { enumLabels, fieldLabel, labelEnums } from './import-labels';

const t = i18n.getFixedT('vi');

describe('the import errors in the user’s words', () => {
  it('names a field by its column, its resource’s name for it, its Vietnamese name, or its list', () => {
    expect(fieldLabel(t, 'meetings', { field: 'branchExternalId', column: 'chi bo (ma ngoai)' })).toBe('chi bo (ma ngoai)');
    expect(fieldLabel(t, 'meetings', { field: 'vote.inFavour' })).toBe('Tán thành');
    expect(fieldLabel(t, 'members', { field: 'organizationExternalId' })).toBe('Chi bộ (mã ngoài)');
    expect(fieldLabel(t, 'indicator-reports', { field: 'organizationExternalId' })).toBe('Tổ chức (mã ngoài)');
    expect(fieldLabel(t, 'meetings', { field: 'attendance[2].reason' })).toBe('Điểm danh (attendance[2].reason)');
    expect(fieldLabel(t, 'meetings', { field: null })).toBe('Cả dòng');
    expect(fieldLabel(t, 'meetings', { field: 'somethingNew' })).toBe('somethingNew');
  });

  it('gives the enum values a message lists their labels, keeping the value to type in the file', () => {
    const labels = enumLabels(t, 'members');
    expect(labelEnums('phải là FULL, PROBATIONARY', labels)).toBe('phải là Chính thức (FULL), Dự bị (PROBATIONARY)');
    const kinds = enumLabels(t, 'meetings');
    expect(labelEnums('chỉ sinh hoạt chuyên đề (THEMATIC) mới có chuyên đề', kinds)).toBe('chỉ sinh hoạt chuyên đề (THEMATIC) mới có chuyên đề');
    expect(labelEnums('phải là UUID', kinds)).toBe('phải là UUID');
  });
});
