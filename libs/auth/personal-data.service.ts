import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserEntity } from './auth.entities';

/** Columns that name a person, wherever a table keeps them. */
const PERSON_COLUMNS = new Set([
  'userId',
  'submitterId',
  'voterId',
  'respondentId',
  'actorId',
  'createdById',
  'proposedById',
  'claimedById',
  'claimedByUserId',
  'reporterId',
  'recordedById',
]);
/** Never exported: secrets and the hashes that stand for them. */
const SECRET_COLUMNS = new Set(['passwordHash', 'codeHash', 'tokenVersion']);
const MAX_ROWS_PER_TABLE = 5000;

/**
 * myData (PIPL 查阅复制权): everything the platform holds about a person, as JSON — the account, and
 * every row of every table that names them (needs, supports, answers, votes, notifications, audit
 * entries …). Tables are found from the entity metadata, so a feature's new table that names a
 * person in one of PERSON_COLUMNS is included without a change here.
 */
@Injectable()
export class PersonalDataService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async export(userId: number): Promise<string> {
    const account = await this.db.getRepository(UserEntity).findOneBy({ id: userId });
    const out: Record<string, unknown> = { exportedAt: new Date().toISOString(), account: account && strip(account as unknown as Record<string, unknown>) };
    const tables: Record<string, unknown[]> = {};
    for (const meta of this.db.entityMetadatas) {
      if (meta.target === UserEntity) continue;
      const cols = meta.columns.filter((c) => PERSON_COLUMNS.has(c.propertyName));
      if (!cols.length) continue;
      const where = cols.map((c) => ({ [c.propertyName]: userId }));
      const rows = await this.db.getRepository(meta.target).find({ where, take: MAX_ROWS_PER_TABLE });
      if (rows.length) tables[meta.tableName] = rows.map((r) => strip(r as Record<string, unknown>));
    }
    if (account?.phone) {
      const codes = await this.db.query(
        this.db.options.type === 'better-sqlite3'
          ? 'SELECT id, phone, expires_at, used_at, created_at FROM login_codes WHERE phone = ?'
          : 'SELECT id, phone, expires_at, used_at, created_at FROM login_codes WHERE phone = ?',
        [account.phone],
      );
      if (codes.length) tables['login_codes'] = codes;
    }
    out.records = tables;
    return JSON.stringify(out, null, 2);
  }
}

function strip(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !SECRET_COLUMNS.has(k)));
}
