import { BadInputError } from './errors';

// C0 and C1 control characters other than tab and newline.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function stripControl(value: string): string {
  return value.replace(CONTROL, '');
}

/** Strips control characters, trims, and checks the length in characters (not UTF-16 units). */
export function cleanText(value: string | null | undefined, field: string, label: string, min: number, max: number): string {
  const text = stripControl(value ?? '').trim();
  const length = Array.from(text).length;
  if (length < min) throw new BadInputError('empty', field, { label });
  if (length > max) throw new BadInputError('tooLong', field, { label, max });
  return text;
}

export const PHONE_PATTERN = /^1[3-9]\d{9}$/;

export function checkPhone(phone: string, field = 'phone'): string {
  const p = (phone ?? '').trim();
  if (!PHONE_PATTERN.test(p)) throw new BadInputError('badPhone', field);
  return p;
}

export function toId(value: string | number, what = 'id'): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new BadInputError('badId', what);
  return n;
}
