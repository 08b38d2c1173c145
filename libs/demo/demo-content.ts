import { DataSource } from 'typeorm';
import { seedDemoEvaluation } from '@app/evaluation/evaluation.demo';
import { seedDemoGovernance } from '@app/governance/governance.demo';
import { seedDemoNeeds } from '@app/needs/needs.demo';
import { seedDemoProjects } from '@app/projects/projects.demo';
import { seedDemoMatching } from '@app/matching/matching.demo';

/**
 * Steps that fill the demo zone with needs, projects and evaluations. Each feature adds its own
 * step here; they run in order after the organisations and accounts exist.
 */
export type DemoStep = (db: DataSource, zoneId: number) => Promise<void>;
export const DEMO_CONTENT_STEPS: DemoStep[] = [];
DEMO_CONTENT_STEPS.push(seedDemoNeeds); // first: projects may start from menu needs
DEMO_CONTENT_STEPS.push(seedDemoProjects);
DEMO_CONTENT_STEPS.push(seedDemoEvaluation); // after the projects step: surveys of its completed projects, one campaign
DEMO_CONTENT_STEPS.push(seedDemoMatching); // resources, 两楼结对 and volunteer teams from the report
DEMO_CONTENT_STEPS.push(seedDemoGovernance); // committees, the presidency rota, joint conferences on the projects
