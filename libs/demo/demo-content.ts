import { DataSource } from 'typeorm';

/**
 * Steps that fill the demo zone with needs, projects and evaluations. Each feature adds its own
 * step here; they run in order after the organisations and accounts exist.
 */
export type DemoStep = (db: DataSource, zoneId: number) => Promise<void>;
export const DEMO_CONTENT_STEPS: DemoStep[] = [];
