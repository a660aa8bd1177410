import { MinusOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { NumberInput, type NumberValue } from '@/components/NumberInput';

interface Props {
  id?: string;
  value?: NumberValue;
  onChange?: (value: NumberValue) => void;
  /** What is counted, for the buttons' and the field's names ("Điểm cầu 3 · Có mặt"). */
  what: string;
  lessLabel: string;
  moreLabel: string;
  disabled?: boolean;
}

/**
 * A count for a thumb: big − and + either side of the number, which can also be typed (the phone's numeric keypad).
 * − stops at 0; what is typed stays as typed for the form's rules to judge.
 */
export function Counter({ id, value, onChange, what, lessLabel, moreLabel, disabled }: Props) {
  const n = typeof value === 'number' ? value : null;
  return (
    <div className="counter">
      <Button
        className="counter__button"
        icon={<MinusOutlined aria-hidden />}
        aria-label={lessLabel}
        disabled={disabled || n === null || n <= 0}
        onClick={() => onChange?.(Math.max(0, (n ?? 0) - 1))}
      />
      <NumberInput id={id} className="counter__input" value={value} onChange={onChange} aria-label={what} disabled={disabled} />
      <Button className="counter__button" icon={<PlusOutlined aria-hidden />} aria-label={moreLabel} disabled={disabled} onClick={() => onChange?.((n ?? 0) + 1)} />
    </div>
  );
}
