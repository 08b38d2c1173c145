/**
 * Why a request was refused, in words: one entry per reason key, zh-CN first and English second,
 * with `{name}` placeholders filled from the error's params. The api builds its error messages
 * from this table (`AppError`), the web shows `extensions.reason` + `extensions.params` through
 * it in the reader's language, and notifications may use it too. Beside the glossary, which names
 * the things these sentences talk about.
 *
 * `say` carries a sentence that has no key of its own yet: its params are the two texts.
 */
export const REASONS = {
  say: { zh: '{zh}', en: '{en}' },
  // who is asking
  signInFirst: { zh: '请先登录', en: 'sign in first' },
  forbidden: { zh: '无权执行此操作', en: 'you may not do this' },
  zoneRole: { zh: '你在该片区没有{action}的权限', en: 'you may not do this in this zone' },
  requiresRole: { zh: '需要以下角色之一:{roles}', en: 'requires one of: {roles}' },
  requiresGlobalAdmin: { zh: '只有全局管理员可以执行此操作', en: 'only a global administrator may do this' },
  noAccessRule: { zh: '该操作没有声明访问规则,已拒绝', en: 'this operation declares no access rule and is refused' },
  // what was asked for
  notFound: { zh: '没有找到{what}', en: '{what} not found' },
  notFoundId: { zh: '没有找到{what} {id}', en: '{what} {id} not found' },
  // input
  empty: { zh: '{label}不能为空', en: '{field} must not be empty' },
  tooLong: { zh: '{label}不能超过 {max} 个字', en: '{field} must be at most {max} characters' },
  badId: { zh: '{field} 不是有效的编号', en: '{field} is not a valid id' },
  badPhone: { zh: '请输入有效的 11 位手机号', en: 'enter a valid 11-digit mainland mobile number' },
  badContactPhone: { zh: '请输入有效的手机号或固定电话（如 021-58881234）', en: 'enter a valid mobile number or landline (such as 021-58881234)' },
  noContact: { zh: '没有电话时，请填写住址或联系说明', en: 'without a phone, give an address note' },
  // state machines
  projectState: {
    zh: '项目当前状态为「{statusZh}」,不能{actionZh};当前可进行:{nextZh}',
    en: 'project is {status}, cannot {actionEn}; possible next: {nextEn}',
  },
  needState: {
    zh: '该需求当前状态为「{statusZh}」,不能{actionZh};当前可进行:{nextZh}',
    en: 'the need is {status}, cannot {actionEn}; possible next: {nextEn}',
  },
  placesTaken: { zh: '名额已满:该项目最多 {claimLimit} 个单位认领', en: 'all {claimLimit} claim places are taken' },
  alreadyClaimed: { zh: '已认领:本单位已认领该项目', en: 'this unit has already claimed the project' },
  alreadyJoined: { zh: '你已报名参加该项目', en: 'you have already joined this project' },
  ownNeed: { zh: '不能支持自己提出的需求', en: 'you cannot support your own need' },
  alreadySupported: { zh: '你已经支持过这个需求', en: 'you already support this need' },
  notSupported: { zh: '你还没有支持这个需求', en: 'you do not support this need' },
  // photos and corrections
  photoMissing: { zh: '请选择一张图片(表单字段 file)', en: 'send one image in the form field "file"' },
  photoType: { zh: '只能上传 JPEG、PNG 或 WebP 图片(按文件内容识别)', en: 'only JPEG, PNG or WebP images (told by their content)' },
  photoTooLarge: { zh: '图片不能超过 {maxMb} MB', en: 'an image must be at most {maxMb} MB' },
  photoTooManyPixels: { zh: '图片尺寸过大(最多 {maxMp} 百万像素)', en: 'the image is too large (at most {maxMp} megapixels)' },
  tooManyPhotos: { zh: '最多 {max} 张图片', en: 'at most {max} photos' },
  photoNotYours: { zh: '图片 {id} 不是你上传的,不能使用', en: 'photo {id} was not uploaded by you' },
  photoInUse: { zh: '图片 {id} 已用于另一条记录', en: 'photo {id} is already attached to another record' },
  reportNotLatest: { zh: '只能更正本单位最新的一份进度报告', en: "only the unit's latest progress report can be corrected" },
  correctionWindowClosed: {
    zh: '进度报告只能在提交后 {hours} 小时内更正(本报告提交于 {at})',
    en: 'a progress report can be corrected only within {hours} hours of being made (this one was made at {at})',
  },
  // the server
  internal: { zh: '服务器内部错误,请稍后再试', en: 'internal server error' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type Reason = keyof typeof REASONS;
export type ReasonParams = Record<string, string | number | boolean | null | readonly (string | number)[]>;

export function isReason(key: unknown): key is Reason {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(REASONS, key);
}

/** The sentence for a reason in one language, its placeholders filled (an unknown key: null). */
export function reasonText(reason: string, params: ReasonParams | null | undefined, lang: 'zh' | 'en'): string | null {
  if (!isReason(reason)) return null;
  return REASONS[reason][lang].replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params?.[k];
    return v === undefined || v === null ? '' : Array.isArray(v) ? v.join(lang === 'zh' ? '、' : ', ') : String(v);
  });
}

/**
 * A sentence written inline as "中文 (english)" — the shape of the api's messages before they had
 * keys — as the `say` reason's params. Only the api calls this, once, when such an error is made.
 */
export function sayParams(message: string): { zh: string; en: string } {
  const text = message.trim();
  const m = /^(.*[\u4e00-\u9fff].*?)\s*[(（]([^()（）]*[A-Za-z][^()（）]*)[)）]\s*$/s.exec(text);
  if (m) return { zh: m[1].trim(), en: m[2].trim() };
  return /[\u4e00-\u9fff]/.test(text) ? { zh: text, en: text } : { zh: text, en: text };
}
