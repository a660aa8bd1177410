import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Defined } from './Defined';

describe('Defined', () => {
  it('offers its definition to the keyboard, except in a hidden copy (a table measuring its column titles)', () => {
    render(
      <>
        <Defined label="Chi bộ đạt" definition="Số chi bộ đạt trên số chi bộ được đánh giá." />
        <div aria-hidden="true">
          <Defined label="Chi bộ đạt" definition="Bản sao để đo cột." />
        </div>
      </>,
    );
    expect(screen.getByRole('img', { name: 'Số chi bộ đạt trên số chi bộ được đánh giá.' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByLabelText('Bản sao để đo cột.')).toHaveAttribute('tabindex', '-1');
  });
});
