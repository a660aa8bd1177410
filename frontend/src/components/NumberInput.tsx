import { Input, type InputProps } from 'antd';
import { useState } from 'react';

/**
 * What a NumberInput holds: a number as typed, null when empty, or the text itself when it is not a number of the
 * field's kind ("5,5" in a whole field, "abc") so that the form's rules can refuse it with a message rather than lose it.
 */
export type NumberValue = number | string | null;

/** The typed text as a value: digits (with an optional minus) are a number; anything else stays text. */
export function parseWhole(text: string): NumberValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : text;
}

/**
 * The typed text as a decimal value: "85.5" and "85,5" (the Vietnamese decimal comma) are both 85.5, every digit
 * kept; anything else ("8.5.5", "1.000", "abc") stays text.
 */
export function parseDecimal(text: string): NumberValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : text;
}

function textOf(value: NumberValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

type Props = Omit<InputProps, 'value' | 'onChange' | 'type'> & {
  value?: NumberValue;
  onChange?: (value: NumberValue) => void;
  /** Accepts a decimal ("85.5" or "85,5") rather than only a whole number. */
  decimal?: boolean;
};

/**
 * A number field that never changes what was typed: no clamping to a maximum, no rounding, no reverting on blur
 * (antd's InputNumber does all three). Whole numbers unless `decimal`. A value out of range or not a number is the
 * form rules' to refuse, with the field's message. The phone shows its numeric (or decimal) keypad.
 */
export function NumberInput({ value, onChange, decimal = false, ...rest }: Props) {
  const parse = decimal ? parseDecimal : parseWhole;
  const [text, setText] = useState(textOf(value));
  // A value set from outside (a stored record, a reset) replaces the text; the text's own value does not.
  const shown = parse(text) === (value ?? null) ? text : textOf(value);
  return (
    <Input
      {...rest}
      type="text"
      inputMode={decimal ? 'decimal' : 'numeric'}
      autoComplete="off"
      value={shown}
      onChange={(e) => {
        setText(e.target.value);
        onChange?.(parse(e.target.value));
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

/** A form rule for a decimal NumberInput: a number from `min` to `max` (when given), each with its own message. */
export function decimalRule(messages: { notNumber: string; belowMin: string; aboveMax?: string }, min = 0, max?: number) {
  return {
    validator: async (_: unknown, value: NumberValue | undefined) => {
      if (value === null || value === undefined || value === '') return;
      if (typeof value !== 'number') throw new Error(messages.notNumber);
      if (value < min) throw new Error(messages.belowMin);
      if (max !== undefined && value > max) throw new Error(messages.aboveMax ?? messages.notNumber);
    },
  };
}
