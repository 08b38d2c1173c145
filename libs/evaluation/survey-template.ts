import { Dimension } from '@app/common/glossary';

/**
 * The standard questionnaire of the index system (成效评估指标体系): two questions for each index
 * dimension and the overall satisfaction question, each scored 1–5 with weight 1. createSurvey
 * uses it when no questions are given.
 */
export const STANDARD_QUESTIONS: { text: string; dimension: Dimension; weight: number }[] = [
  { text: '项目是否按计划完成并达到预期目标？', dimension: Dimension.IMPLEMENTATION, weight: 1 },
  { text: '项目内容是否贴合您和身边居民、白领的实际需求？', dimension: Dimension.IMPLEMENTATION, weight: 1 },
  { text: '项目资金的使用是否公开透明？', dimension: Dimension.FUNDS, weight: 1 },
  { text: '您认为项目资金是否用得合理，取得了实效？', dimension: Dimension.FUNDS, weight: 1 },
  { text: '项目实施过程中是否充分听取了群众意见？', dimension: Dimension.PROCESS_QUALITY, weight: 1 },
  { text: '认领单位和志愿者的组织、沟通与服务质量如何？', dimension: Dimension.PROCESS_QUALITY, weight: 1 },
  { text: '您对本项目的总体满意度如何？', dimension: Dimension.OVERALL, weight: 1 },
];
