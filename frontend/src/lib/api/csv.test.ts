import { describe, expect, it } from 'vitest';
import { fileNameOf } from './csv';

const answer = (disposition?: string) => new Response('', { headers: disposition ? { 'Content-Disposition': disposition } : {} });

describe('fileNameOf', () => {
  it.each([
    ['attachment; filename="bang-diem.csv"', 'bang-diem.csv'],
    ['attachment; filename=bang-diem.csv', 'bang-diem.csv'],
    ["attachment; filename=\"bang-diem.csv\"; filename*=UTF-8''b%E1%BA%A3ng-%C4%91i%E1%BB%83m.csv", 'bảng-điểm.csv'],
  ])('takes the server’s name from %s', (header, name) => expect(fileNameOf(answer(header), 'tep.csv')).toBe(name));

  it('falls back to the screen’s name when the server gives none', () => {
    expect(fileNameOf(answer(), 'tep.csv')).toBe('tep.csv');
  });
});
