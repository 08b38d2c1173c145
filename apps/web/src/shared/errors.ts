import type { CombinedError } from 'urql';
import type { FormInstance } from 'antd';
import { reasonText, type ReasonParams } from '@reasons';
import type { Lang } from './i18n';

/**
 * Turning the api's refusals into words a person understands, in their language.
 * A BAD_USER_INPUT error may name the input field (`extensions.field`); forms show such an
 * error next to that field and everything else above the form.
 */
export interface Refusal {
  code: string;
  field?: string;
  message: string;
}

const byCode: Record<string, [string, string]> = {
  UNAUTHENTICATED: ['请先登录', 'Please sign in first'],
  FORBIDDEN: ['您没有权限执行此操作', 'You are not allowed to do this'],
  BAD_USER_INPUT: ['输入有误，请检查后重试', 'Some input is not valid'],
  NOT_FOUND: ['没有找到该记录，可能已被删除', 'Not found'],
  CONFLICT: ['当前状态不允许此操作，或记录已存在', 'This conflicts with the current state'],
  RATE_LIMITED: ['操作太频繁，请稍后再试', 'Too many attempts, please wait a moment'],
  INTERNAL_SERVER_ERROR: ['服务器出错了，请稍后再试', 'The server failed, please try again'],
  NETWORK: ['网络连接失败，请检查网络后重试', 'Network error, please retry'],
};

/**
 * The api's refusal in the reader's language: its reason key and params through the one table of
 * reasons (libs/common/reasons.ts); the code's general words when there is no reason.
 */
function wording(code: string, reason: unknown, params: unknown, lang: Lang): string {
  const fallback = byCode[code] ?? byCode.INTERNAL_SERVER_ERROR;
  const text = typeof reason === 'string' ? reasonText(reason, (params ?? {}) as ReasonParams, lang) : null;
  return text || (lang === 'zh' ? fallback[0] : fallback[1]);
}

export function refusals(error: CombinedError | undefined | null, lang: Lang): Refusal[] {
  if (!error) return [];
  if (error.networkError && error.graphQLErrors.length === 0) {
    return [{ code: 'NETWORK', message: wording('NETWORK', null, null, lang) }];
  }
  return error.graphQLErrors.map((e) => {
    const code = String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const rawField = e.extensions?.field;
    const field = typeof rawField === 'string' ? rawField.split('.').pop() : undefined;
    return { code, field, message: wording(code, e.extensions?.reason, e.extensions?.params, lang) };
  });
}

export function refusalText(error: CombinedError | undefined | null, lang: Lang): string | null {
  const list = refusals(error, lang);
  return list.length ? [...new Set(list.map((r) => r.message))].join('；') : null;
}

/**
 * Put field refusals on the form's fields; answers the text of the rest (or null).
 * `fields` lists the form's field names, or maps api input names to form field names.
 */
export function showOnForm(
  form: FormInstance,
  error: CombinedError | undefined | null,
  lang: Lang,
  fields: string[] | Record<string, string>,
): string | null {
  const map: Record<string, string> = Array.isArray(fields)
    ? Object.fromEntries(fields.map((f) => [f, f]))
    : fields;
  const rest: string[] = [];
  const onFields: { name: string; errors: string[] }[] = [];
  for (const r of refusals(error, lang)) {
    const name = r.field ? map[r.field] : undefined;
    if (name) onFields.push({ name, errors: [r.message] });
    else rest.push(r.message);
  }
  if (onFields.length) form.setFields(onFields);
  return rest.length ? [...new Set(rest)].join('；') : null;
}
