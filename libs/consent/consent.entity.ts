import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, IdRef } from '@app/database/columns';

/** Each version of the 用户协议 and 隐私政策 a person accepted, and when. */
@Entity('consents')
@Index('uq_consents_person_version', ['userId', 'version'], { unique: true })
export class ConsentEntity {
  @PrimaryGeneratedColumn() id: number;
  @IdRef() userId: number;
  @Column({ type: 'varchar', length: 20 }) version: string;
  @CreatedAt() acceptedAt: Date;
}
