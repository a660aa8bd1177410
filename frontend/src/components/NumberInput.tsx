import { Input, type InputProps } from 'antd';
import { useState } from 'react';

/**
 * What a NumberInput holds: a whole number as typed, null when empty, or the text itself when it is not a whole
 * number ("5,5", "abc") so that the form's rules can refuse it with a message rather than lose it.
 */
export type NumberValue = number | string | null;

/** The typed text as a value: digits (with an optional minus) are a number; anything else stays text. */
export function parseWhole(text: string): NumberValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : text;
}

function textOf(value: NumberValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

type Props = Omit<InputProps, 'value' | 'onChange' | 'type'> & {
  value?: NumberValue;
  onChange?: (value: NumberValue) => void;
};

/**
 * A whole-number field that never changes what was typed: no clamping to a maximum, no rounding, no reverting on
 * blur (antd's InputNumber does all three). A value out of range or not a number is the form rules' to refuse, with
 * the field's message. The phone shows its numeric keypad.
 */
export function NumberInput({ value, onChange, ...rest }: Props) {
  const [text, setText] = useState(textOf(value));
  // A value set from outside (a stored record, a reset) replaces the text; the text's own value does not.
  const shown = parseWhole(text) === (value ?? null) ? text : textOf(value);
  return (
    <Input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      value={shown}
      onChange={(e) => {
        setText(e.target.value);
        onChange?.(parseWhole(e.target.value));
      }}
    />
  );
}

/** A form rule for a NumberInput: a whole number from `min` to `max` (when given), each with its own message. */
export function wholeNumberRule(messages: { notWhole: string; belowMin: string; aboveMax?: (value: number) => string }, min = 0, max?: number) {
  return {
    validator: async (_: unknown, value: NumberValue | undefined) => {
      if (value === null || value === undefined || value === '') return;
      if (typeof value !== 'number') throw new Error(messages.notWhole);
      if (value < min) throw new Error(messages.belowMin);
      if (max !== undefined && value > max) throw new Error(messages.aboveMax ? messages.aboveMax(value) : messages.notWhole);
    },
  };
}
