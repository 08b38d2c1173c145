import { MigrationInterface, QueryRunner } from 'typeorm';

export class Photos1796102192264 implements MigrationInterface {
  name = 'Photos1796102192264';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"progress_report_revisions\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"report_id\" integer NOT NULL, \"project_id\" integer NOT NULL, \"zone_id\" integer NOT NULL, \"note\" varchar(2000) NOT NULL, \"percent\" integer NOT NULL, \"funds_spent_fen\" integer NOT NULL DEFAULT (0), \"beneficiaries\" integer NOT NULL DEFAULT (0), \"reporter_id\" integer NOT NULL, \"written_at\" datetime(3) NOT NULL, \"replaced_by_id\" integer NOT NULL, \"replaced_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_d8650e871b15345b88d03e5e63\" ON \"progress_report_revisions\" (\"zone_id\", \"replaced_at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_826635437ca2c1510528834ab9\" ON \"progress_report_revisions\" (\"report_id\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"photos\" (\"id\" varchar(32) PRIMARY KEY NOT NULL, \"uploader_id\" integer NOT NULL, \"zone_id\" integer, \"subject_type\" varchar(24), \"subject_id\" integer, \"position\" integer NOT NULL DEFAULT (0), \"mime\" varchar(32) NOT NULL, \"width\" integer NOT NULL, \"height\" integer NOT NULL, \"bytes\" integer NOT NULL, \"storage_key\" varchar(200) NOT NULL, \"thumb_key\" varchar(200) NOT NULL, \"attached_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"idx_photos_uploader\" ON \"photos\" (\"uploader_id\", \"created_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_photos_subject\" ON \"photos\" (\"subject_type\", \"subject_id\", \"position\") ");
    await queryRunner.query("CREATE INDEX \"idx_photos_zone_subject\" ON \"photos\" (\"zone_id\", \"subject_type\", \"subject_id\", \"position\") ");
    await queryRunner.query("DROP INDEX \"IDX_92c54143d732907c71cda5b6a5\"");
    await queryRunner.query("DROP INDEX \"IDX_0215afe42480a76fbbef76a892\"");
    await queryRunner.query("CREATE TABLE \"temporary_progress_reports\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"zone_id\" integer NOT NULL, \"unit_id\" integer NOT NULL, \"note\" varchar(2000) NOT NULL, \"percent\" integer NOT NULL, \"funds_spent_fen\" integer NOT NULL DEFAULT (0), \"beneficiaries\" integer NOT NULL DEFAULT (0), \"latest\" boolean NOT NULL DEFAULT (0), \"reporter_id\" integer NOT NULL, \"at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"corrected_at\" datetime(3))");
    await queryRunner.query("INSERT INTO \"temporary_progress_reports\"(\"id\", \"project_id\", \"zone_id\", \"unit_id\", \"note\", \"percent\", \"funds_spent_fen\", \"beneficiaries\", \"latest\", \"reporter_id\", \"at\") SELECT \"id\", \"project_id\", \"zone_id\", \"unit_id\", \"note\", \"percent\", \"funds_spent_fen\", \"beneficiaries\", \"latest\", \"reporter_id\", \"at\" FROM \"progress_reports\"");
    await queryRunner.query("DROP TABLE \"progress_reports\"");
    await queryRunner.query("ALTER TABLE \"temporary_progress_reports\" RENAME TO \"progress_reports\"");
    await queryRunner.query("CREATE INDEX \"IDX_92c54143d732907c71cda5b6a5\" ON \"progress_reports\" (\"project_id\", \"unit_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0215afe42480a76fbbef76a892\" ON \"progress_reports\" (\"zone_id\", \"at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_0215afe42480a76fbbef76a892\"");
    await queryRunner.query("DROP INDEX \"IDX_92c54143d732907c71cda5b6a5\"");
    await queryRunner.query("ALTER TABLE \"progress_reports\" RENAME TO \"temporary_progress_reports\"");
    await queryRunner.query("CREATE TABLE \"progress_reports\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"project_id\" integer NOT NULL, \"zone_id\" integer NOT NULL, \"unit_id\" integer NOT NULL, \"note\" varchar(2000) NOT NULL, \"percent\" integer NOT NULL, \"funds_spent_fen\" integer NOT NULL DEFAULT (0), \"beneficiaries\" integer NOT NULL DEFAULT (0), \"latest\" boolean NOT NULL DEFAULT (0), \"reporter_id\" integer NOT NULL, \"at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"progress_reports\"(\"id\", \"project_id\", \"zone_id\", \"unit_id\", \"note\", \"percent\", \"funds_spent_fen\", \"beneficiaries\", \"latest\", \"reporter_id\", \"at\") SELECT \"id\", \"project_id\", \"zone_id\", \"unit_id\", \"note\", \"percent\", \"funds_spent_fen\", \"beneficiaries\", \"latest\", \"reporter_id\", \"at\" FROM \"temporary_progress_reports\"");
    await queryRunner.query("DROP TABLE \"temporary_progress_reports\"");
    await queryRunner.query("CREATE INDEX \"IDX_0215afe42480a76fbbef76a892\" ON \"progress_reports\" (\"zone_id\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_92c54143d732907c71cda5b6a5\" ON \"progress_reports\" (\"project_id\", \"unit_id\", \"id\") ");
    await queryRunner.query("DROP INDEX \"idx_photos_zone_subject\"");
    await queryRunner.query("DROP INDEX \"idx_photos_subject\"");
    await queryRunner.query("DROP INDEX \"idx_photos_uploader\"");
    await queryRunner.query("DROP TABLE \"photos\"");
    await queryRunner.query("DROP INDEX \"IDX_826635437ca2c1510528834ab9\"");
    await queryRunner.query("DROP INDEX \"IDX_d8650e871b15345b88d03e5e63\"");
    await queryRunner.query("DROP TABLE \"progress_report_revisions\"");
  }
}
