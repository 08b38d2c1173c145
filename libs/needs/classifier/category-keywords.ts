import { NeedCategory } from '@app/common/glossary';

/**
 * Prior vocabulary per need category, written from the category descriptions in
 * docs/domain.md §3 ("what belongs there"): one comment per item of the description, followed
 * by the everyday Chinese words for that topic.
 *
 * Rules that keep the lists generic:
 * - topic words only. Words naming who asks or where (老人, 孩子, 白领, 党员, 居民, 小区, 企业,
 *   楼宇) occur in every category and are left to the learnt model;
 * - words, not sentences: no phrase is taken from a labelled need. The lists describe the
 *   categories; many of their words never occur in the labelled fixture at all.
 *
 * The classifier uses them twice: as pseudo-examples (their n-grams count toward the category)
 * and as a keyword boost (each keyword found in a text adds log-odds to its category), so a new
 * deployment suggests sensible categories before staff have confirmed any need.
 */
export const CATEGORY_KEYWORDS: Record<NeedCategory, readonly string[]> = {
  SOCIAL_MANAGEMENT: [
    // public order and safety
    '治安', '安全', '隐患', '消防', '火灾', '防火', '燃气', '防范', '巡逻', '监控', '诈骗',
    '盗窃', '防盗', '秩序', '整治', '执法', '违规', '违法', '打架',
    // traffic and parking order
    '交通', '违停', '停车', '乱停', '停放', '车辆', '电动车', '闯红灯', '交警',
    '马路', '红绿灯', '斑马线',
    // illegal building
    '违章', '违建', '违法建筑', '搭建', '占道', '占用', '群租',
    // noise
    '噪音', '扰民', '广场舞噪音', '装修噪音',
    // pets
    '宠物', '养犬', '犬只', '遛狗', '流浪猫', '流浪狗',
    // grid management
    '网格', '网格员', '网格化', '排查',
    // property-management disputes
    '物业', '物业费', '纠纷', '矛盾', '调解', '投诉',
  ],
  PUBLIC_SERVICE: [
    // elderly care
    '养老', '为老', '助老', '助餐', '老年食堂', '照护', '护理', '失能', '失智', '养老院', '居家养老',
    '日间照料', '陪护',
    // health
    '健康', '医疗', '看病', '就医', '体检', '医院', '医生', '家庭医生', '心理', '康复', '医保',
    '配药', '慢性病', '血压',
    // child care
    '托育', '托管', '照看', '看护', '早教', '放学', '课后', '辅导',
    // employment and labour security
    '就业', '招聘', '求职', '工作', '失业', '劳动', '社保', '工资', '技能培训',
    // legal aid
    '法律', '法律援助', '法律咨询', '律师', '维权', '合同',
    // home repairs
    '维修', '上门', '修理', '家电', '电路',
    // help for families in difficulty
    '困难', '困难家庭', '救助', '补贴', '低保', '残疾', '特困', '生活用品',
    // school aid
    '助学', '上学', '学费', '课本', '文具', '学习用品',
  ],
  RESOURCE_INTEGRATION: [
    // sharing venues, rooms, facilities and materials
    '场地', '场所', '会议室', '活动室', '教室', '房间', '空间', '阵地', '场馆',
    '共享', '开放', '借用', '闲置', '空置',
    '设备', '物资', '材料',
    // between units and communities; co-building
    '辖区', '资源', '整合', '对接', '共驻共建', '共建', '联建',
    // donations of goods
    '捐赠', '捐助', '捐物', '捐献', '赠送',
  ],
  VALUE_REALIZATION: [
    // volunteering and public-welfare participation
    '志愿', '志愿者', '志愿服务', '义工', '服务队', '公益', '奉献', '爱心',
    // skills-based volunteering of office workers
    '特长', '专业服务', '专业志愿', '义诊', '技能志愿',
    // charity runs
    '慈善', '义卖', '义跑', '公益跑', '筹款', '募捐', '募集',
    // party members' pledges
    '承诺', '践诺', '亮身份', '亮特长', '亮意愿', '认领', '先锋',
  ],
  CULTURE_SHARING: [
    // culture, reading, arts
    '文化', '文艺', '读书', '阅读', '图书', '书籍',
    '艺术', '书画', '绘画', '画画', '书法', '音乐', '合唱', '唱歌', '舞蹈', '演出', '表演', '展览',
    '电影', '戏曲', '越剧', '沪剧', '手工', '非遗', '摄影',
    // sport and fitness
    '体育', '运动', '健身', '锻炼', '球', '跑步', '游泳',
    // festivals
    '节日', '节庆', '春节', '元宵', '端午', '中秋', '重阳', '七夕', '联欢', '晚会', '民俗', '年味',
    // classes
    '课堂', '课程', '培训', '培训班', '兴趣', '兴趣班', '讲座', '学习', '教学',
    // Shanghainese for newcomers, smartphone skills for the elderly
    '上海话', '方言', '新上海人', '智能手机', '手机', '微信', '网购', '扫码',
  ],
  COMMUNITY_AFFAIRS: [
    // shared facilities and environment of the residential area
    '环境', '卫生', '设施', '公共设施', '路灯', '照明', '道路', '路面', '排水', '下水道',
    '管道', '无障碍', '车棚', '门禁',
    // lifts
    '电梯',
    // greening
    '绿化', '绿地', '花园', '花坛', '树木', '草坪',
    // common-area repairs
    '公共区域', '公共部位', '楼道', '修缮', '更换', '损坏', '破损', '屋顶', '外墙',
    '防水', '漏水',
    // old-housing renovation
    '旧房改造', '旧改', '改造', '老旧', '老旧小区', '美丽家园',
    // residents' self-governance and deliberation
    '自治', '议事', '议事会', '协商', '商议', '业主', '业委会', '公约', '居民公约', '维修资金',
    '听证',
  ],
  CREATION_SELECTION: [
    // creation campaigns
    '创建', '创城', '文明', '文明楼宇', '文明社区', '文明城区', '示范',
    // selections: model volunteers, best project
    '评选', '评比', '评议', '先进', '模范', '优秀', '最佳', '最美', '十佳', '标兵', '星级', '好人',
    // competitions and awards
    '表彰', '荣誉', '奖', '奖励', '评奖', '获奖', '颁奖', '比赛', '竞赛', '大赛', '投票', '评审',
  ],
};
