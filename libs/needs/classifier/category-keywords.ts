import { NeedCategory } from '@app/common/glossary';

/**
 * The category vocabulary, written from the category definitions of domain.md §3 and nothing
 * else: the category's Chinese name, then for each item of "what belongs there", in the order
 * the definition lists it, the everyday Chinese words for that item (its name and its common
 * synonyms). No word was chosen by reading the labelled needs, and the lists are not edited to
 * fix a misclassified one.
 *
 * The models read them twice (category-model.ts, features.ts): as one extra training text per
 * category, and as a count feature per category ("how many words of this category's vocabulary
 * the text contains") whose weight each model learns from its training data like any other.
 */
export const CATEGORY_KEYWORDS: Record<NeedCategory, readonly string[]> = {
  SOCIAL_MANAGEMENT: [
    '社会管理',
    // public order and safety
    '治安', '安全', '隐患', '巡逻', '监控', '防盗', '盗窃', '诈骗', '消防', '火灾',
    // traffic and parking order
    '交通', '停车', '违停', '乱停', '车位', '电动车', '非机动车', '占道',
    // illegal building
    '违章', '违建', '搭建', '群租',
    // noise
    '噪音', '噪声', '扰民', '吵',
    // pets
    '宠物', '养狗', '遛狗', '犬', '猫',
    // grid management
    '网格', '网格员',
    // property-management disputes
    '物业', '物业费', '纠纷', '投诉',
  ],
  PUBLIC_SERVICE: [
    '公共服务',
    // services to individuals: elderly care
    '养老', '老人', '助餐', '照料', '护理', '陪护',
    // health
    '健康', '医疗', '看病', '医生', '体检', '就医', '配药',
    // child care
    '托育', '托管', '看护', '带孩子',
    // employment and labour security
    '就业', '找工作', '招聘', '失业', '社保', '劳动', '工资',
    // legal aid
    '法律', '律师', '法律援助', '维权',
    // home repairs
    '维修', '上门', '修理', '家电', '水管',
    // help for families in difficulty
    '困难', '困难家庭', '低保', '残疾', '救助', '补贴',
    // school aid
    '助学', '学费', '上学', '学习用品',
  ],
  RESOURCE_INTEGRATION: [
    '资源整合', '资源',
    // sharing venues, rooms, facilities and materials
    '场地', '场所', '会议室', '活动室', '房间', '共享', '开放', '借用', '闲置', '设备', '物资', '材料',
    // between units and communities; co-building
    '单位', '企业', '辖区', '对接', '共驻共建', '共建',
    // donations of goods
    '捐赠', '捐', '捐助', '赠送',
  ],
  VALUE_REALIZATION: [
    '价值',
    // volunteering and public-welfare participation
    '志愿', '志愿者', '志愿服务', '义务', '公益', '爱心', '服务队',
    // skills-based volunteering of office workers
    '白领', '专业', '特长', '技能',
    // charity runs
    '慈善', '公益跑', '义跑', '义卖', '募捐',
    // party members' pledges
    '党员', '承诺', '践诺', '认领',
  ],
  CULTURE_SHARING: [
    '文化',
    // culture, reading, arts
    '文艺', '阅读', '读书', '图书', '艺术', '书画', '书法', '音乐', '唱歌', '合唱', '舞蹈', '演出', '展览', '电影',
    // sport and fitness
    '体育', '运动', '健身', '锻炼', '比赛场', '球',
    // festivals
    '节日', '春节', '中秋', '端午', '重阳', '元宵', '晚会',
    // classes
    '课堂', '课程', '培训', '讲座', '兴趣班', '学',
    // Shanghainese for newcomers, smartphone skills for the elderly
    '上海话', '新上海人', '智能手机', '手机', '微信',
  ],
  COMMUNITY_AFFAIRS: [
    '公共事务',
    // shared facilities and environment of the residential area
    '小区', '公共设施', '设施', '环境', '卫生', '垃圾', '路灯', '道路', '车棚', '楼道',
    // lifts
    '电梯',
    // greening
    '绿化', '绿地', '树', '草坪', '花坛',
    // common-area repairs
    '公共部位', '修缮', '损坏', '漏水', '屋顶', '外墙',
    // old-housing renovation
    '旧改', '旧房', '改造', '老旧',
    // residents' self-governance and deliberation
    '自治', '议事', '协商', '业主', '业委会', '居民公约',
  ],
  CREATION_SELECTION: [
    '创建评选',
    // creation campaigns
    '创建', '创城', '文明',
    // selections: civilised building or community, model volunteers, best project
    '评选', '评比', '文明楼宇', '文明社区', '模范', '优秀', '最佳', '最美', '先进',
    // competitions and awards
    '比赛', '竞赛', '大赛', '奖', '表彰', '荣誉', '投票',
  ],
};
