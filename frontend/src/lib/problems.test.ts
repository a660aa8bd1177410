import { describe, expect, it } from 'vitest';
import { namePath } from './problems';

describe('namePath', () => {
  it.each([
    ['title', ['title']],
    ['attendance[2].reason', ['attendance', 2, 'reason']],
    ['score.criteria[1].points', ['score', 'criteria', 1, 'points']],
  ])('reads the field %s as a form path', (field, path) => expect(namePath(field)).toEqual(path));
});
