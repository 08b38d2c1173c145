import { graphql } from '../gql';

/* ── 分类准确率: the category suggestion against staff decisions ─────────── */
export const ClassifierReportDoc = graphql(`
  query ConsoleClassifierReport($zoneId: ID!) {
    classifierReport(zoneId: $zoneId) {
      decisions
      top1Rate
      top2Rate
      confusion { suggested decided count }
    }
  }
`);
