/**
 * The platform's 用户协议 and 隐私政策, written for it (what is collected, why, for how long, who
 * sees it, how to download or delete it). Change TERMS_VERSION whenever either text changes in
 * substance: everyone is asked again at their next visit.
 */
export const TERMS_VERSION = '2026-12-01';

export const USER_AGREEMENT = `金色纽带 区域化党建项目平台 用户协议(${TERMS_VERSION} 版)

一、平台是什么
本平台由街道区域党建促进会运营,用于收集居民和楼宇白领的需求(微心愿、金点子),形成需求菜单,把需求变成党建项目,由成员单位认领实施,并请服务对象评价成效。平台免费使用。

二、您可以做什么
登录后,您可以提交需求、支持他人的需求、点亮微心愿、报名当志愿者、参加满意度评价和评选投票,并查看自己的消息。每人每份问卷只能作答一次,每次评选只能投一票。

三、请您遵守
请如实填写需求和评价,不发布违法、侮辱、广告或涉及他人隐私的内容;不冒用他人手机号登录;不以技术手段批量提交或投票。工作人员可以对不符合要求的需求不予采纳,并说明理由。

四、公开的内容
已纳入需求菜单的需求、已发布的项目、项目成效和统计数字是公开的,任何人都可以查看;其中您的姓名和手机号只以遮挡形式出现(如 王**、138****5678)。促进会工作人员、理事、社区党委和成员单位以公开身份履职,他们的姓名在项目记录和公示中完整显示。

五、协议的变更
协议内容有实质变化时,我们会更新版本号,并在您下次访问时请您重新阅读和同意。您可以随时停止使用并注销账号(见《隐私政策》)。`;

export const PRIVACY_POLICY = `金色纽带 区域化党建项目平台 隐私政策(${TERMS_VERSION} 版)

一、我们收集什么
· 手机号:用于验证码登录和(您开启后)短信提醒;
· 称呼、所在居民区或楼宇:用于把需求送到所在片区,并统计服务覆盖;
· 您主动填写的党员身份、特长和服务意愿(亮身份、亮特长、亮意愿);
· 您提交的需求、支持、评价、投票和志愿报名记录,以及登录和操作的时间。
我们不收集身份证号、位置轨迹、通讯录或设备标识。

二、为什么收集
只为平台的用途:审核和办理需求、组织项目、通知进展、统计成效(统计只使用汇总数字)。我们不把您的信息用于广告,也不出售或提供给平台以外的任何人。

三、保存多久
账号信息和短信发送记录保存到您注销账号为止;验证码 10 分钟内失效;您同意本政策的版本和时间随账号保存。

四、谁能看到
· 您本人可以看到自己的全部信息;
· 您所在片区的促进会工作人员可以看到您的完整姓名和手机号,以便联系和办理需求;
· 其他人(包括其他居民和成员单位)只能看到遮挡后的姓名和手机号。
短信通过服务商的短信网关发送,短信中只含与您本人有关的通知,不含他人的信息。

五、您的权利
· 下载:在「我的」中可以下载平台保存的关于您的全部信息(JSON 格式);
· 更正:在「我的」中修改称呼、居民区或楼宇、亮身份和特长;
· 关闭提醒:在「我的 → 消息设置」中随时关闭短信和汇总;
· 删除:在「我的」中注销账号后,您的姓名和手机号会被删除,您提交过的需求和评价会保留但不再与您关联,注销不可撤销。
如有疑问,可联系所在片区的区域党建促进会。`;

/** A short English summary shown with the Chinese texts. */
export const SUMMARY_EN =
  'We collect your phone number, name, community or building, what you choose to show (party membership, skills) and what you submit, only to run needs, projects and evaluations. Other people see your name and phone masked; staff of your zone see them whole. We never sell or advertise. You can download your data, change it, turn texts off, or delete your account under 我的 (Me).';
