import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NeedEntity, NeedSupportEntity } from './needs.entities';

/**
 * What another feature may read about needs (a feature owns its tables; evaluation and the others
 * ask here instead of querying them). `m` lets a caller read inside its own transaction.
 */
@Injectable()
export class NeedReads {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One need, or null. */
  need(id: number): Promise<NeedEntity | null> {
    return this.db.getRepository(NeedEntity).findOneBy({ id });
  }

  /** The submitters and supporters of the needs a project was made from, each once. */
  async peopleBehindProject(projectId: number, m: EntityManager = this.db.manager): Promise<number[]> {
    const [needs, supporters] = await Promise.all([
      m.getRepository(NeedEntity).find({ where: { projectId }, select: ['id', 'submitterId'] }),
      m
        .getRepository(NeedSupportEntity)
        .createQueryBuilder('s')
        .innerJoin(NeedEntity, 'n', 'n.id = s.need_id')
        .select('DISTINCT s.user_id', 'userId')
        .where('n.project_id = :projectId', { projectId })
        .getRawMany<{ userId: number }>(),
    ]);
    return [...new Set([...needs.map((n) => n.submitterId), ...supporters.map((s) => Number(s.userId))])];
  }
}
