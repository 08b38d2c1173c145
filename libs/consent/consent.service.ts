import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BadInputError, isUniqueViolation } from '@app/common/errors';
import { ConsentEntity } from './consent.entity';
import { TERMS_VERSION } from './terms';

@Injectable()
export class ConsentService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The person's latest acceptance, or null. */
  async latest(userId: number): Promise<ConsentEntity | null> {
    return this.db.getRepository(ConsentEntity).findOne({ where: { userId }, order: { id: 'DESC' } });
  }

  /** Records that the person accepted the current version (accepting it again changes nothing). */
  async accept(userId: number, version: string): Promise<ConsentEntity> {
    if (version !== TERMS_VERSION) {
      throw new BadInputError('termsUpdated', 'version', { version: TERMS_VERSION });
    }
    const repo = this.db.getRepository(ConsentEntity);
    try {
      await repo.insert({ userId, version });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
    }
    return repo.findOneByOrFail({ userId, version });
  }
}
