import { NeedCategory } from '@app/common/glossary';

/**
 * Prior vocabulary per need category, written from the category descriptions in
 * docs/domain.md §3 ("what belongs there"): one line per item of the description, each
 * expanded with the everyday Chinese words for that topic.
 *
 * Rules that keep the lists generic:
 * - topic words only. Words naming who asks or where (老人, 孩子, 白领, 党员, 居民, 小区, 企业,
 *   楼宇) appear in every category and are left to the learnt model;
 * - no phrases taken from labelled needs; the lists describe the categories, not the fixture.
 *
 * The classifier uses them twice: as pseudo-examples (their n-grams count toward the category)
 * and as a keyword boost (each keyword found in a text adds log-odds to its category), so a new
 * deployment suggests sensible categories before staff have confirmed any need.
 */
export const CATEGORY_KEYWORDS: Record<NeedCategory, readonly string[]> = {
  SOCIAL_MANAGEMENT: [
    // public order and safety
    '治安', '安全', '隐患', '消防', '火灾', '防范', '巡逻', '监控', '盗窃', '防盗',
    '秩序', '整治', '执法', '违规',
    // traffic and parking order
    '交通', '违停', '停车', '乱停', '停放', '车辆', '交警',
    // illegal building
    '违章', '违建', '违法建筑', '搭建', '占道',
    // noise
    '噪音', '扰民',
    // pets
    '宠物', '养犬', '犬只', '遛狗',
    // grid management
    '网格', '网格员', '网格化',
    // property-management disputes
    '物业', '纠纷', '矛盾', '调解', '投诉',
  ],
  PUBLIC_SERVICE: [
    // elderly care
    '养老', '为老', '助老', '助餐', '照护', '护理', '失能', '失智', '养老院',
    // health
    '健康', '医疗', '看病', '就医', '体检', '医院', '医生', '心理', '康复', '医保',
    // child care
    '托育', '托管', '照看', '看护', '早教',
    // employment and labour security
    '就业', '招聘', '求职', '失业', '劳动', '社保',
    // legal aid
    '法律', '法律援助', '法律咨询', '维权',
    // home repairs
    '维修', '上门', '修理', '家电',
    // help for families in difficulty
    '困难', '困难家庭', '救助', '补贴', '低保', '残疾', '特困',
    // school aid
    '助学', '上学', '学费', '课本', '学习用品',
  ],
  RESOURCE_INTEGRATION: [
    // sharing venues, rooms, facilities and materials
    '场地', '场所', '会议室', '活动室', '房间', '空间', '阵地',
    '共享', '开放', '借用', '闲置', '空置',
    '设备', '物资', '材料',
    // between units and communities; co-building
    '辖区', '资源', '整合', '对接', '共驻共建', '共建', '互助',
    // donations of goods
    '捐赠', '捐助', '捐物',
  ],
  VALUE_REALIZATION: [
    // volunteering and public-welfare participation
    '志愿', '志愿者', '志愿服务', '义工', '服务队', '公益', '奉献', '爱心',
    // skills-based volunteering of office workers
    '特长', '专业服务', '义诊',
    // charity runs
    '慈善', '义卖', '筹款', '募捐',
    // party members' pledges
    '承诺', '践诺', '亮身份', '亮特长', '亮意愿', '认领',
  ],
  CULTURE_SHARING: [
    // culture, reading, arts
    '文化', '文艺', '读书', '阅读', '图书', '书籍',
    '艺术', '书画', '绘画', '书法', '音乐', '合唱', '舞蹈', '演出', '展览', '戏曲', '手工',
    // sport and fitness
    '体育', '运动', '健身', '锻炼', '球', '跑步', '游泳',
    // festivals
    '节日', '节庆', '春节', '元宵', '端午', '中秋', '重阳', '联欢', '民俗',
    // classes
    '课堂', '课程', '培训', '兴趣', '讲座', '学习', '教学',
    // Shanghainese for newcomers, smartphone skills for the elderly
    '上海话', '新上海人', '智能手机', '手机',
  ],
  COMMUNITY_AFFAIRS: [
    // shared facilities and environment of the residential area
    '环境', '卫生', '设施', '公共设施', '路灯', '照明', '道路', '管道',
    // lifts
    '电梯', '加装电梯',
    // greening
    '绿化', '绿地', '花坛', '树木',
    // common-area repairs
    '公共区域', '楼道', '修缮', '更换', '损坏', '破损', '屋顶',
    // old-housing renovation
    '旧房改造', '旧改', '改造', '老旧', '老旧小区',
    // residents' self-governance and deliberation
    '自治', '议事', '协商', '商议', '业主', '业委会', '居民公约', '维修资金',
  ],
  CREATION_SELECTION: [
    // creation campaigns
    '创建', '文明', '文明楼宇', '文明社区', '示范',
    // selections: model volunteers, best project
    '评选', '评比', '先进', '模范', '优秀', '最佳', '标兵', '星级',
    // competitions and awards
    '表彰', '荣誉', '奖励', '评奖', '获奖', '比赛', '竞赛', '大赛', '投票',
  ],
};
