import { NeedCategory } from '@app/common/glossary';

/**
 * Needs written for the tests, in none of the training files: the check on needs the platform has
 * never seen. Short and long, colloquial and Shanghainese, mixed Chinese–English; each with the
 * category a council's staff would file it under (domain.md §3). Written once and not edited
 * after seeing the model's answers.
 */
export const UNSEEN_NEEDS: { text: string; category: NeedCategory }[] = [
  // 社会管理事务: order and safety, traffic and parking, illegal building, noise, pets, grid, property disputes
  { text: '地下车库外来车辆乱停 外来车辆天天停在业主车位上,保安也不管,希望规范停车秩序', category: 'SOCIAL_MANAGEMENT' },
  { text: '隔壁底楼扩建阳台 一楼住户把院子围起来搭了个阳光房,占了公共通道,请查查是不是违建', category: 'SOCIAL_MANAGEMENT' },
  { text: 'KTV半夜太吵 楼下新开的KTV每天唱到凌晨两点,低音炮震得窗户都响,根本睡不着', category: 'SOCIAL_MANAGEMENT' },
  { text: '大狗不拴绳 有人遛大狗从来不拴绳,小孩子吓得哇哇哭,希望管管不文明养犬', category: 'SOCIAL_MANAGEMENT' },
  { text: '物业收费不透明 物业费年年涨,公共收益也不公布,业主和物业闹得很僵,请街道出面调解一下', category: 'SOCIAL_MANAGEMENT' },
  { text: '楼道里有人给电瓶车充电 阿拉楼里有人拉飞线在楼道里充电瓶车,夜里插头噼里啪啦冒火星,吓煞人了,万一烧起来哪能办,请网格员来查查', category: 'SOCIAL_MANAGEMENT' },

  // 社会公共服务: elderly care, health, child care, jobs, legal aid, home repairs, families in difficulty, school aid
  { text: '独居老人没人送饭 楼里好几个独居老人腿脚不便,烧饭困难,希望社区能提供送餐上门', category: 'PUBLIC_SERVICE' },
  { text: '想请家庭医生上门 我妈中风以后出不了门,每个月配药都要跑医院,能不能签约家庭医生上门看看', category: 'PUBLIC_SERVICE' },
  { text: '暑假孩子没人带 双职工家庭暑假孩子一个人在家,希望社区办个暑托班帮忙看护', category: 'PUBLIC_SERVICE' },
  { text: '被拖欠工资怎么办 我在装修队干了三个月活,老板一直拖着不给工钱,想找律师咨询一下怎么维权', category: 'PUBLIC_SERVICE' },
  { text: '家里马桶漏水 屋里厢马桶水箱一直漏水,我一个老太婆弄不来,想请师傅上门修一修', category: 'PUBLIC_SERVICE' },
  { text: '孩子的学费凑不齐 老公生病住院,家里一下子没了收入,大女儿下学期的学费还没着落,想申请点助学帮助', category: 'PUBLIC_SERVICE' },

  // 社会资源整合: sharing venues, rooms, facilities, materials; co-building; donations of goods
  { text: '写字楼报告厅周末借给社区 大厦的报告厅周末基本空着,社区开居民大会正好缺场地,希望能借用', category: 'RESOURCE_INTEGRATION' },
  { text: '公司淘汰的电脑捐出来 我们公司换了一批新电脑,旧的笔记本还能用,想捐给社区老年学校', category: 'RESOURCE_INTEGRATION' },
  { text: '学校操场晚上开放 附近中学的操场晚上和周末都锁着,希望能和社区共享给居民锻炼', category: 'RESOURCE_INTEGRATION' },
  { text: '银行网点的会议室共建 支行愿意把二楼会议室拿出来和居委会共驻共建,平时居民议事也可以用', category: 'RESOURCE_INTEGRATION' },
  { text: '餐厅多余食材对接 我们餐厅每天晚上都有剩余的面包点心,想对接社区送给有需要的人家,不知道可以联系谁', category: 'RESOURCE_INTEGRATION' },
  { text: 'Office的闲置打印机 公司搬家多出来两台打印机和一批文件柜,想donate给居委会用,谁来对接一下', category: 'RESOURCE_INTEGRATION' },

  // 社会价值实现: volunteering, skills-based volunteering of office workers, charity runs, party members' pledges
  { text: '招募周末志愿者 社区周末的防疫点和活动现场都缺人手,希望多招募一些志愿者', category: 'VALUE_REALIZATION' },
  { text: '会计师事务所义务帮居民报税 我们所里的注册会计师愿意每月抽一个下午,义务帮居民和小店主讲讲个税申报', category: 'VALUE_REALIZATION' },
  { text: '滨江慈善徒步 建议组织一次滨江慈善徒步,白领和居民一起走,筹到的善款用来帮困难老人', category: 'VALUE_REALIZATION' },
  { text: '党员认领服务岗 建议在职党员回社区亮身份,每人认领一个服务岗,年底对照承诺晒一晒', category: 'VALUE_REALIZATION' },
  { text: 'IT工程师做公益 我们团队都是程序员,想用业余时间做volunteer,帮社区组织维护一下网站和公众号', category: 'VALUE_REALIZATION' },
  { text: '退休教师想发挥余热 我退休前是小学语文老师,身体还硬朗,想义务给社区里的小朋友辅导作业,看看哪里需要', category: 'VALUE_REALIZATION' },

  // 社区文化共享: culture, reading, arts, sport, festivals, classes (Shanghainese, smartphones for the elderly)
  { text: '想办一个社区合唱团 小区里喜欢唱歌的阿姨很多,希望有人牵头组个合唱团,请个老师教一教', category: 'CULTURE_SHARING' },
  { text: '教老人用手机挂号 好多老年人不会用手机预约挂号和扫码付款,建议开个智能手机学习班', category: 'CULTURE_SHARING' },
  { text: '中秋节邻里游园会 中秋节想在小区里办个游园会,猜灯谜做月饼,让邻居们热闹热闹', category: 'CULTURE_SHARING' },
  { text: '新来的上海人想学沪语 我刚搬来上海,听不懂老邻居讲话,希望社区开个上海话课', category: 'CULTURE_SHARING' },
  { text: '周末亲子绘本阅读 建议社区图书室周末搞亲子绘本阅读,请志愿者妈妈讲故事', category: 'CULTURE_SHARING' },
  { text: '楼宇白领瑜伽课 午休时间想在楼里上一节yoga课,放松一下,希望有人组织', category: 'CULTURE_SHARING' },

  // 社区公共事务: lifts, greening, common-area repairs, old-housing renovation, self-governance and deliberation
  { text: '电梯三天两头困人 我们这栋楼的电梯老是停在半路,上周又关了人,希望尽快大修或者换新', category: 'COMMUNITY_AFFAIRS' },
  { text: '小区绿化带光秃秃 中心绿化带的草都死光了,一下雨就是泥巴,希望补种花草', category: 'COMMUNITY_AFFAIRS' },
  { text: '楼顶漏水好几年 顶楼天花板一下雨就渗水,墙皮都掉了,这是公共部位,希望用维修资金修屋顶', category: 'COMMUNITY_AFFAIRS' },
  { text: '老公房改造征求意见 听说我们小区要做美丽家园改造,希望先开居民议事会听听大家想改哪些', category: 'COMMUNITY_AFFAIRS' },
  { text: '垃圾箱房臭气熏天 小区垃圾箱房夏天臭得不得了,苍蝇到处飞,希望改造一下加个除臭', category: 'COMMUNITY_AFFAIRS' },
  { text: '阿拉楼道墙皮掉光了 阿拉这幢老房子楼道里墙皮一块一块往下掉,扶手也锈了,走上去摇摇晃晃,大家商量想一道出钞票修一修,请居委帮忙牵头开个会', category: 'COMMUNITY_AFFAIRS' },

  // 创建评选: creation campaigns and selections, model volunteers, best project, competitions and awards
  { text: '评选最美家庭 建议今年评选一批最美家庭,在社区宣传栏里表彰', category: 'CREATION_SELECTION' },
  { text: '争创文明小区 我们小区想参加区里的文明小区创建,需要做哪些准备,请居委指导', category: 'CREATION_SELECTION' },
  { text: '优秀志愿者年终表彰 一年下来很多志愿者默默付出,建议年底评出十佳志愿者并颁发证书', category: 'CREATION_SELECTION' },
  { text: '楼宇党建项目大赛 建议举办一次楼宇党建项目大赛,让各单位比一比,评出最佳项目', category: 'CREATION_SELECTION' },
  { text: '垃圾分类示范楼组评比 建议搞垃圾分类示范楼组评比,做得好的楼组给点奖励', category: 'CREATION_SELECTION' },
  { text: '年度Best Volunteer投票 想在App上搞个年度best volunteer线上投票,大家给自己楼里的志愿者点赞', category: 'CREATION_SELECTION' },
];
