import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, detectFlavor } from '@app/database/data-source';
import { searchNeeds } from '@app/needs/need-search';
import { NeedStatus } from '@app/common/glossary';
(async () => {
  const ds = new DataSource({ ...dataSourceOptions(await detectFlavor({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/gr_bench_search' })) });
  await ds.initialize();
  const orig = ds.manager.query.bind(ds.manager);
  const times: string[] = [];
  (ds.manager as any).query = async (sql: string, p: unknown[]) => { const t0 = performance.now(); const r = await orig(sql, p); times.push(`${sql.slice(0, 30)}… ${(performance.now() - t0).toFixed(1)}`); return r; };
  for (let i = 0; i < 6; i++) {
    times.length = 0;
    const t0 = performance.now();
    await searchNeeds(ds.manager, '加装电梯', [{ kind: 'zone', zoneId: 1, statuses: Object.values(NeedStatus) }], 20, 0);
    console.log((performance.now() - t0).toFixed(1), times.join(' | '));
  }
  await ds.destroy();
})();
