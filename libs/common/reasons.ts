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
  sessionExpired: { zh: '登录已过期,请重新登录', en: 'your sign-in has expired or is invalid' },
  accountGone: { zh: '账号不存在', en: 'this account no longer exists' },
  accountDeactivated: { zh: '账号已停用', en: 'this account has been deactivated' },
  signedOut: { zh: '登录已失效,请重新登录', en: 'you were signed out; sign in again' },
  codeFormat: { zh: '验证码为 6 位数字', en: 'the code has 6 digits' },
  codeSpent: { zh: '验证码错误次数过多,该验证码已作废,请重新获取', en: 'too many wrong codes: this code no longer works, request a new one' },
  codeWrong: { zh: '验证码错误或已过期', en: 'the code is wrong or has expired' },
  credentialsRequired: { zh: '请输入用户名和密码', en: 'username and password are required' },
  credentialsWrong: { zh: '用户名或密码错误', en: 'wrong username or password' },
  // accounts
  accountsAdminOnly: { zh: '只有管理员可以管理账号', en: 'only an administrator manages accounts' },
  accountOutsideZones: { zh: '该账号不在你管理的片区', en: 'this account is not in your zones' },
  zoneAdminGrantsNoAdmin: { zh: '片区管理员不能授予管理员角色', en: 'a zone administrator cannot grant ADMIN' },
  grantInOwnZones: { zh: '只能在你管理的片区内授予角色', en: 'you may grant roles only in your zones' },
  accountsStaffOnly: { zh: '只有管理员和工作人员可以查看账号', en: 'only administrators and staff see accounts' },
  accountsZoneForbidden: { zh: '你在该片区没有查看账号的权限', en: 'you may not see accounts in this zone' },
  noSuchZone: { zh: '有片区不存在', en: 'a zone does not exist ({field})' },
  staffRoleNeedsZone: { zh: '工作人员角色须指定片区', en: 'staff roles need at least one zone ({field})' },
  unitAdminNeedsUnit: { zh: '成员单位管理员须指定单位', en: 'a unit admin needs a unit ({field})' },
  noSuchUnit: { zh: '没有这个成员单位', en: 'no such unit ({field})' },
  unitOutsideZones: { zh: '单位不在所选片区', en: 'the unit is not in the given zones ({field})' },
  noSuchCommunity: { zh: '没有这个居民区', en: 'no such community ({field})' },
  noSuchBuilding: { zh: '没有这个楼宇', en: 'no such building ({field})' },
  selfDeactivate: { zh: '不能停用自己的账号', en: 'you cannot deactivate your own account' },
  noPassword: { zh: '该账号用验证码登录,没有密码', en: 'this account signs in with codes and has no password' },
  oldPasswordWrong: { zh: '原密码不正确', en: 'the current password is wrong' },
  samePassword: { zh: '新密码不能与原密码相同', en: 'choose a different password' },
  lastAdmin: { zh: '不能停用、降级或注销最后一个有效的管理员', en: 'the last active administrator must stay' },
  usernameTaken: { zh: '用户名已被使用', en: 'this username is taken' },
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
  // projects
  projectNotPublished: { zh: '该项目尚未发布,你无权查看', en: 'this project is not published; you may not see it' },
  unpublishedProjectsCouncilOnly: { zh: '只有片区工作人员、理事和党委可以查看未发布的项目', en: 'only the zone council may list unpublished projects' },
  claimLimitRange: { zh: '认领名额为 1–{max}', en: '{field} must be from 1 to {max}' },
  sourceNeedRequired: { zh: '至少选择一条来源需求', en: 'choose at least one source need ({field})' },
  unitNotOfZone: { zh: '该单位不是此片区的成员单位', en: 'the unit is not a member of this zone' },
  unitNotOfProjectZone: { zh: '该单位不是项目所在片区的成员单位', en: "the unit is not a member of the project's zone" },
  unitClaimedAlready: { zh: '{unit}已认领该项目', en: '{unit} has already claimed the project' },
  unitInvitedAlready: { zh: '已邀请过{unit}认领该项目', en: '{unit} was already invited to claim the project' },
  offerUnitAdminOnly: { zh: '只有该成员单位的管理员可以申报项目', en: 'only the admin of this unit may offer a project' },
  endBeforeStart: { zh: '结束日期 {endsOn} 不能早于开始日期 {startsOn}', en: 'the end ({endsOn}) cannot come before the start ({startsOn})' },
  amountNegative: { zh: '{label}不能为负', en: '{field} must be at least 0' },
  amountTooLarge: { zh: '{label}过大', en: '{field} is too large' },
  nameYourUnit: { zh: '请指定代表的成员单位', en: 'name the unit you act for' },
  unitAdminOnly: { zh: '只有该成员单位的管理员可以执行此操作', en: 'only the admin of this unit may do this' },
  boardOnly: { zh: '只有该片区理事会成员可以表决', en: 'only board members of this zone may vote' },
  claimReleasedBefore: { zh: '本单位已退出该项目的认领,不能再次认领', en: 'this unit released its claim on the project and cannot claim it again' },
  startStaffOrClaimant: { zh: '只有工作人员或认领单位可以启动项目', en: 'only staff or a claiming unit may start the project' },
  reportClaimantOnly: { zh: '只有认领了该项目的单位可以报告进度', en: 'only a claiming unit may report progress' },
  percentRange: { zh: '进度为 0–100', en: '{field} must be from 0 to 100' },
  percentBackwards: { zh: '进度不能低于本单位上次报告的 {previous}%', en: "progress cannot be lower than the unit's previous {previous}%" },
  noClaim: { zh: '{unit} 没有认领该项目', en: '{unit} has no claim on this project' },
  claimAlreadyReleased: { zh: '{unit} 已退出该项目的认领', en: '{unit} already released its claim' },
  unitHoldsNoClaim: { zh: '该单位没有认领该项目', en: 'the unit has no claim on this project' },
  unitReleasedClaim: { zh: '该单位已退出该项目的认领', en: 'the unit already released its claim' },
  // evaluation
  surveyClosed: { zh: '问卷已结束,不能再作答', en: 'survey {surveyId} is closed' },
  surveyAlreadyClosed: { zh: '问卷已结束', en: 'survey {surveyId} is already closed' },
  alreadyAnswered: { zh: '每人只能作答一次,您已提交过此问卷', en: 'this person has already answered this survey' },
  ownWork: { zh: '认领单位不能评价自己承担的项目', en: 'units that claimed the project may not score their own work' },
  notARespondent: { zh: '只有居民和楼宇白领可以参加评价', en: 'only residents and office workers answer surveys' },
  notOfZone: {
    zh: '只有本片区的居民和白领(受邀者、住在或在此工作的人、参与过本片区需求的人)可以参加评价',
    en: 'only people of this zone answer its surveys',
  },
  targetResponsesRange: { zh: '目标样本量为 1–{max}', en: '{field} must be from 1 to {max}' },
  questionDimension: { zh: '第 {number} 题的维度无效', en: 'question {number} has no valid dimension' },
  questionWeight: { zh: '第 {number} 题的权重须大于 0 且不超过 {max}', en: 'question {number}: the weight must be above 0 and at most {max}' },
  oneOverallQuestion: { zh: '须有且只有一道总体满意度题(OVERALL),现有 {found} 道', en: 'exactly one OVERALL question is needed, found {found}' },
  answerNotInSurvey: { zh: '问题 {questionId} 不属于此问卷', en: 'question {questionId} is not part of this survey' },
  answerBadId: { zh: '问题 {questionId} 的编号无效', en: 'question {questionId} is not a valid id' },
  answerTwice: { zh: '{question}重复作答', en: 'question {questionId} is answered more than once' },
  answerScoreRange: { zh: '{question}评分须为 1–5 的整数,收到 {score}', en: 'question {questionId}: the score must be an integer from 1 to 5, got {score}' },
  answerMissing: { zh: '{question}未作答', en: 'question {questionId} is not answered' },
  campaignClosed: { zh: '评选已结束,不能再投票', en: 'campaign {campaignId} is closed' },
  campaignAlreadyClosed: { zh: '评选已结束', en: 'campaign {campaignId} is already closed' },
  alreadyVoted: { zh: '每人每个评选只能投一票,您已投过', en: 'one vote per person per campaign; you have voted' },
  notAVoter: { zh: '只有居民和楼宇白领可以参加评选投票', en: 'only residents and office workers vote in selections' },
  ownUnitsProject: { zh: '不能为本单位认领的项目投票', en: 'you may not vote for a project your unit claimed' },
  nomineeRequired: { zh: '至少提名一个项目', en: 'nominate at least one project' },
  notNominable: { zh: '项目 {projectIds} 不是本片区已完成或已评估的项目', en: 'projects {projectIds} are not COMPLETED or EVALUATED projects of this zone' },
  notANominee: { zh: '项目 {projectId} 未被提名参加此评选', en: 'project {projectId} is not a nominee' },
  // org, governance, matching, consent, reports
  fromAfterTo: { zh: '开始时间不能晚于结束时间', en: 'from must not be after to' },
  yearRange: { zh: '请选择 {min}–{max} 之间的年份', en: 'a year between {min} and {max}' },
  communityNotOfZone: { zh: '该居民区不属于此片区', en: 'the community is not in this zone' },
  buildingNotOfZone: { zh: '该楼宇不属于此片区', en: 'the building is not in this zone' },
  parentNotOfZone: { zh: '上级党组织不在此片区', en: 'the parent organisation is not in this zone' },
  unitNotInZone: { zh: '该单位不在此片区', en: 'the unit is not in this zone ({field})' },
  strayUnit: { zh: '成员单位 {unitId} 不在此片区', en: 'unit {unitId} is not in this zone' },
  strayProject: { zh: '项目 {projectId} 不在此片区', en: 'project {projectId} is not in this zone' },
  categoryRequired: { zh: '请至少选择一个需求类别', en: 'choose at least one category ({field})' },
  unknownCategory: { zh: '未知的需求类别', en: 'unknown category' },
  tooManyCommittees: { zh: '每个片区至多设立 {max} 个专业委员会', en: 'a zone has at most {max} committees' },
  committeeNameTaken: { zh: '该片区已有「{name}」', en: 'a committee of that name exists' },
  endBeforeStartDay: { zh: '结束日期不能早于开始日期', en: 'the end must not be before the start' },
  presidencyDayTaken: { zh: '该日期已有轮值会长', en: 'a presidency starts on that day' },
  meetingTimeRequired: { zh: '请填写会议时间', en: 'a meeting needs a time' },
  committeeNotOfZone: { zh: '该专业委员会不在此片区', en: 'the committee is not in this zone' },
  committeeRequired: { zh: '专业委员会会议须指明委员会', en: 'name the committee' },
  auditStaffOnly: { zh: '只有管理员和工作人员可以查看审计日志', en: 'only administrators and staff read the audit log' },
  auditZoneForbidden: { zh: '你在该片区没有查看审计日志的权限', en: "you may not read this zone's audit log" },
  termsUpdated: { zh: '协议已更新为 {version} 版,请阅读最新版本后再同意', en: 'the terms are now version {version}' },
  recommendationsUnitOrStaff: { zh: '只有该单位的管理员或片区工作人员可以查看其推荐', en: "only the unit's admin or the zone's staff" },
  resourcesUnitOrStaff: { zh: '只有该单位的管理员或片区工作人员可以管理其资源', en: "only the unit's admin or the zone's staff may manage its resources" },
  resourceStaysWithUnit: { zh: '资源不能转到其他单位', en: 'a resource cannot move to another unit' },
  resourceCategoryRequired: { zh: '至少选择一个可服务的需求类别', en: 'choose at least one category ({field})' },
  capacityRange: { zh: '容量为 0–{max} 的整数', en: '{field} is a whole number from 0 to {max}' },
  buildingNotOfCommunityZone: { zh: '楼宇与居民区不在同一片区', en: "the building is not in the community's zone" },
  alreadyPaired: { zh: '{community}与{building}已经结对', en: 'already paired' },
  teamBuildings: { zh: '每支服务队联系一至两栋楼宇', en: 'one or two buildings ({field})' },
  teamBuildingsOfZone: { zh: '楼宇须属于此片区', en: 'the buildings must be in this zone' },
  teamNameTaken: { zh: '该片区已有同名服务队', en: 'a team with this name exists' },
  alreadyInTeam: { zh: '你已是该服务队队员', en: 'you are already in this team' },
  notInTeam: { zh: '你不是该服务队队员', en: 'you are not in this team' },
  // needs
  authorOnly: { zh: '只有提交人可以{actionZh}', en: 'only the person who submitted the need may do this' },
  ownWish: { zh: '不能点亮自己的心愿', en: 'you cannot claim your own wish' },
  wisherConfirms: { zh: '只有许愿人可以确认心愿已实现(线下心愿可由工作人员确认)', en: 'only the wisher, or staff for offline wishes, may confirm' },
  editSomething: { zh: '请修改标题、内容或图片', en: 'give a new title, content or photos' },
  notYetCategorized: { zh: '该需求为「{statusZh}」,还没有分类可更正', en: 'only a reviewed need has a category to correct' },
  sameCategory: { zh: '该需求已在「{categoryZh}」', en: 'the need is already in {category}' },
  changedMeanwhile: { zh: '该需求刚被他人更改,请刷新后重试', en: 'the need changed meanwhile; reload and try again' },
  offlineChannel: { zh: '代录需求须选择线下渠道', en: 'recordNeed takes an offline channel: HALL, RECEPTION, VISIT or HOTLINE' },
  noSuchZoneId: { zh: '没有这个片区', en: 'no such zone ({field})' },
  mutationIdTooLong: { zh: '不能超过 {max} 个字符', en: '{field} must be at most {max} characters' },
  sourceNeedNotOfZone: { zh: '需求 {needId} 不存在或不属于该片区', en: 'need {needId} is not a need of this zone ({field})' },
  needRequired: { zh: '请至少选择一条需求', en: 'choose at least one need' },
  batchTooLarge: { zh: '一次最多处理 {max} 条', en: 'at most {max} at once' },
  mergeIntoItself: { zh: '不能把需求合并到它自己', en: 'a need cannot be merged into itself' },
  mergeAcrossZones: { zh: '只能合并同一片区的需求', en: 'both needs must be in the same zone' },
  unitNotOfWishZone: { zh: '该单位不在此心愿所在片区', en: "the unit is not in the wish's zone" },
  claimForUnitAdminOnly: { zh: '只有该单位的管理员可以代表单位认领', en: "only the unit's admin may claim for it" },
  wishTaken: { zh: '这个心愿已被他人点亮', en: 'this wish has already been claimed' },
  titleOrContentTooLong: { zh: '标题或内容过长', en: 'title or content too long' },
  personAlreadySupports: { zh: '此人已经支持过这个需求', en: 'this person already supports this need' },
  personIsAuthor: { zh: '不能代需求的提出人支持自己的需求', en: 'the person is the author of this need' },
  supportClosed: { zh: '该需求{statusZh},不能再{actionZh}', en: 'the need is {status}' },
  needMovedMeanwhile: { zh: '该需求当前状态为「{statusZh}」,不能{actionZh}', en: 'need {needId} is {status}' },
  batchNeedMovedMeanwhile: {
    zh: '需求 #{needId}「{title}」当前状态为「{statusZh}」,不能{actionZh},本批未作任何处理',
    en: 'need {needId} is {status}; nothing in this batch was changed',
  },
  mergeTargetMerged: { zh: '目标需求已合并到需求 #{mergedIntoId},请合并到该需求', en: 'the target was itself merged into need {mergedIntoId}' },
  mergeTargetState: { zh: '目标需求状态为「{statusZh}」,不能合并到它', en: 'the target is {status}' },
  // exports and dates
  claimsExportForbidden: { zh: '只有片区工作人员或本单位管理员可以导出认领明细', en: "only the zone's staff or the unit's own admin export its claims" },
  badDateTime: { zh: '请输入有效的时间', en: '{field} is not a valid date-time' },
  notOneOf: { zh: '不是可选的值', en: '{field} is not one of {values}' },
  trueOrFalse: { zh: '须为 true 或 false', en: '{field} is true or false' },
  badDate: { zh: '日期须为 YYYY-MM-DD 格式的有效日期:{value}', en: 'a date is written YYYY-MM-DD: {value}' },
  dateNotText: { zh: '日期须为 YYYY-MM-DD 格式的文字', en: 'a date is a YYYY-MM-DD string' },
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
