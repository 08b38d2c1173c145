import { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedSearchPostingsRank1796114313585 implements MigrationInterface {
  name = 'NeedSearchPostingsRank1796114313585';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_need_search_postings_need\"");
    await queryRunner.query("CREATE TABLE \"temporary_need_search_postings\" (\"token\" varchar(84) NOT NULL, \"zone_id\" integer NOT NULL, \"status\" varchar(32) NOT NULL, \"in_title\" tinyint NOT NULL, \"need_id\" integer NOT NULL, PRIMARY KEY (\"token\", \"zone_id\", \"status\", \"need_id\"))");
    await queryRunner.query("INSERT INTO \"temporary_need_search_postings\"(\"token\", \"zone_id\", \"status\", \"in_title\", \"need_id\") SELECT \"token\", \"zone_id\", \"status\", \"in_title\", \"need_id\" FROM \"need_search_postings\"");
    await queryRunner.query("DROP TABLE \"need_search_postings\"");
    await queryRunner.query("ALTER TABLE \"temporary_need_search_postings\" RENAME TO \"need_search_postings\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_need_search_postings_need\" ON \"need_search_postings\" (\"need_id\", \"token\") ");
    await queryRunner.query("CREATE INDEX \"idx_need_search_postings_rank\" ON \"need_search_postings\" (\"token\", \"zone_id\", \"status\", \"in_title\", \"need_id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_need_search_postings_rank\"");
    await queryRunner.query("DROP INDEX \"uq_need_search_postings_need\"");
    await queryRunner.query("ALTER TABLE \"need_search_postings\" RENAME TO \"temporary_need_search_postings\"");
    await queryRunner.query("CREATE TABLE \"need_search_postings\" (\"token\" varchar(84) NOT NULL, \"zone_id\" integer NOT NULL, \"status\" varchar(32) NOT NULL, \"in_title\" tinyint NOT NULL, \"need_id\" integer NOT NULL, PRIMARY KEY (\"token\", \"zone_id\", \"status\", \"in_title\", \"need_id\"))");
    await queryRunner.query("INSERT INTO \"need_search_postings\"(\"token\", \"zone_id\", \"status\", \"in_title\", \"need_id\") SELECT \"token\", \"zone_id\", \"status\", \"in_title\", \"need_id\" FROM \"temporary_need_search_postings\"");
    await queryRunner.query("DROP TABLE \"temporary_need_search_postings\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_need_search_postings_need\" ON \"need_search_postings\" (\"need_id\", \"token\") ");
  }
}
