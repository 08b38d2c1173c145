import { NeedCategory } from '@app/common/glossary';

/**
 * Prior vocabulary per need category, written from the category descriptions in
 * docs/domain.md §3 ("what belongs there"), one line per item of the description.
 * They are generic domain words, not phrases of any labelled need: the classifier adds them as
 * pseudo-examples so that a fresh deployment (no confirmed needs yet) already suggests sensible
 * categories, and so that rare topics the training data never saw still land in the right place.
 */
export const CATEGORY_KEYWORDS: Record<NeedCategory, readonly string[]> = {
  // public order and safety, traffic and parking order, illegal building, noise, pets,
  // grid management, property-management disputes
  SOCIAL_MANAGEMENT: [
    '治安', '安全', '隐患', '消防', '防范', '巡逻', '秩序', '整治', '执法',
    '交通', '违停', '停车', '乱停', '停放', '车辆',
    '违章', '违建', '违法建筑', '搭建',
    '噪音', '扰民',
    '宠物', '养犬', '犬只', '遛狗',
    '网格', '网格员', '网格化',
    '物业', '纠纷', '矛盾', '调解', '投诉',
  ],
  // elderly care, health, child care, employment and labour security, legal aid, home repairs,
  // help for families in difficulty, school aid
  PUBLIC_SERVICE: [
    '养老', '为老', '助老', '老人', '老年人', '助餐', '照护', '护理',
    '健康', '医疗', '看病', '就医', '体检', '医院',
    '托育', '托管', '照看', '儿童', '孩子',
    '就业', '招聘', '求职', '劳动', '社保', '保障',
    '法律', '法律援助', '法律咨询', '律师',
    '维修', '上门', '修理',
    '困难', '困难家庭', '帮扶', '救助', '补贴', '低保', '残疾',
    '助学', '上学', '学费', '学习用品',
  ],
  // sharing venues, rooms, facilities and materials between units and communities;
  // co-building (共驻共建); donations of goods
  RESOURCE_INTEGRATION: [
    '场地', '场所', '会议室', '活动室', '房间', '空间', '阵地',
    '共享', '开放', '借用', '闲置', '提供',
    '设施', '设备', '物资', '材料',
    '单位', '企业', '辖区', '资源', '整合', '对接',
    '共驻共建', '共建', '结对',
    '捐赠', '捐助', '捐物', '募捐',
  ],
  // volunteering and public-welfare participation, skills-based volunteering of office workers,
  // charity runs, party members' pledges (承诺践诺)
  VALUE_REALIZATION: [
    '志愿', '志愿者', '志愿服务', '义工', '服务队',
    '公益', '公益活动', '参与', '奉献', '爱心',
    '白领', '专业', '技能', '特长',
    '慈善', '义卖', '筹款',
    '党员', '承诺', '践诺', '亮身份', '亮特长', '亮意愿',
  ],
  // culture, reading, arts, sport and fitness, festivals, classes such as Shanghainese for
  // newcomers or smartphone skills for the elderly
  CULTURE_SHARING: [
    '文化', '文艺', '读书', '阅读', '图书', '书籍',
    '艺术', '书画', '绘画', '音乐', '合唱', '舞蹈', '演出', '展览',
    '体育', '运动', '健身', '锻炼',
    '节日', '节庆', '春节', '元宵', '端午', '中秋', '重阳', '联欢', '民俗',
    '课堂', '课程', '培训', '兴趣', '讲座', '学习',
    '上海话', '新上海人', '智能手机', '手机',
  ],
  // shared facilities and environment of the residential area: lifts, greening, common-area
  // repairs, old-housing renovation, residents' self-governance and deliberation
  COMMUNITY_AFFAIRS: [
    '小区', '环境', '卫生', '设施', '公共设施',
    '电梯', '加装电梯',
    '绿化', '绿地',
    '公共区域', '楼道', '修缮', '更换', '损坏', '破损',
    '旧房改造', '改造', '老旧', '老旧小区',
    '自治', '议事', '协商', '商议', '业主', '业委会', '居民公约',
  ],
  // creation campaigns and selections: civilised building or community, model volunteers,
  // best project, competitions and awards
  CREATION_SELECTION: [
    '评选', '评比', '创建', '文明', '文明楼宇', '文明社区',
    '先进', '模范', '示范', '优秀', '最佳',
    '表彰', '荣誉', '奖励', '评奖', '获奖',
    '比赛', '竞赛', '大赛', '投票',
  ],
};
