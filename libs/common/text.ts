import { BadInputError } from './errors';

// C0 and C1 control characters other than tab and newline.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/**
 * Invisible characters that change how a text reads without showing: bidi embeddings, overrides
 * and isolates (U+202A–202E, U+2066–2069), the direction marks (U+200E, U+200F, U+061C),
 * zero-width spaces and joiners (U+200B, U+200C, U+2060–2064, U+FEFF, U+180E). A zero-width joiner
 * (U+200D) is kept only inside an emoji sequence (👨‍👩‍👧), where it belongs.
 */
const INVISIBLE = /[\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u061C\u180E]|(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

export function stripControl(value: string): string {
  return value.replace(CONTROL, '').replace(INVISIBLE, '');
}

/** Arguments never cleaned: a password is compared byte for byte with what was set. */
const VERBATIM = /password/i;

/**
 * Strips control and invisible characters from every string in a request's arguments (input objects
 * and lists included), so that no stored text carries them, whichever field it goes to. Runs before
 * validation (apps/api/app.module.ts).
 */
export function stripInvisibleDeep<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (VERBATIM.test(key) ? value : stripControl(value)) as T;
  if (Array.isArray(value)) return value.map((v) => stripInvisibleDeep(v, key)) as T;
  const plainObject = value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value));
  if (plainObject) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = stripInvisibleDeep(v, k);
    return out as T;
  }
  return value;
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

/**
 * A landline: area code and a 7–8 digit number, with or without a dash or space. Area codes
 * starting 01/02 have three digits (010 北京, 021 上海, 020–029), the others four (0571).
 */
export const LANDLINE_PATTERN = /^(0[12]\d|0[3-9]\d{2})[-\s]?([2-9]\d{6,7})$/;

/**
 * A number to call a person back on: a mobile, or a landline (hotline and reception callers are
 * often elderly), kept as 021-58881234.
 */
export function checkContactPhone(phone: string, field = 'phone'): string {
  const p = (phone ?? '').trim().replace(/[（(]/g, '').replace(/[）)]\s*/g, '-').replace(/[—－]/g, '-');
  if (PHONE_PATTERN.test(p)) return p;
  const m = LANDLINE_PATTERN.exec(p);
  if (m) return `${m[1]}-${m[2]}`;
  throw new BadInputError('badContactPhone', field);
}

export function toId(value: string | number, what = 'id'): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new BadInputError('badId', what);
  return n;
}
