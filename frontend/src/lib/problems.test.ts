import { describe, expect, it } from 'vitest';
import { ApiProblemError, unwrap } from './api/problem';
import { localizeDates } from './format';
import { namePath } from './problems';

describe('namePath', () => {
  it.each([
    ['title', ['title']],
    ['attendance[2].reason', ['attendance', 2, 'reason']],
    ['score.criteria[1].points', ['score', 'criteria', 1, 'points']],
  ])('reads the field %s as a form path', (field, path) => expect(namePath(field)).toEqual(path));
});

describe('dates in the server’s messages', () => {
  it('are written dd/MM/yyyy, as on the screens; numbers and terms stay as they are', () => {
    expect(localizeDates('Ngày ban hành 2026-12-06 không được sau hôm nay.')).toBe('Ngày ban hành 06/12/2026 không được sau hôm nay.');
    expect(localizeDates('Nhiệm kỳ 2020-2025, số 17-NQ/HU, 2 000 dòng.')).toBe('Nhiệm kỳ 2020-2025, số 17-NQ/HU, 2 000 dòng.');
    expect(localizeDates('from 2026-01-05 to 2026-01-10')).toBe('from 05/01/2026 to 10/01/2026');
    expect(localizeDates('at 2026-12-06T03:15:00Z')).toMatch(/^at \d{2}\/12\/2026 \d{2}:15$/);
  });

  it('are so in every problem the app shows: title, detail and field messages', () => {
    const response = new Response(null, { status: 422 });
    const problem = {
      type: 'urn:nennep:problem:validation',
      title: 'Dữ liệu không hợp lệ',
      status: 422,
      detail: 'Ngày giao ban 2026-12-06 không nằm trong ngày 05 đến 10.',
      errors: [{ field: 'issuedOn', message: 'Không được trước ngày giao ban 2026-12-06.' }],
    };
    let thrown: unknown;
    try {
      unwrap({ error: problem, response });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ApiProblemError);
    const shown = (thrown as ApiProblemError).problem;
    expect(shown.detail).toBe('Ngày giao ban 06/12/2026 không nằm trong ngày 05 đến 10.');
    expect(shown.errors).toEqual([{ field: 'issuedOn', message: 'Không được trước ngày giao ban 06/12/2026.' }]);
  });
});
