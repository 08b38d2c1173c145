import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReachNotifications1796092898001 implements MigrationInterface {
  name = 'ReachNotifications1796092898001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"notification_prefs\" (\"user_id\" integer PRIMARY KEY NOT NULL, \"sms\" boolean NOT NULL DEFAULT (0), \"digest\" varchar(8) NOT NULL DEFAULT ('OFF'), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE TABLE \"sms_messages\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"user_id\" integer NOT NULL, \"dedupe_key\" varchar(120) NOT NULL, \"day\" varchar(10) NOT NULL, \"slot\" integer NOT NULL, \"kind\" varchar(40) NOT NULL, \"text\" varchar(300) NOT NULL, \"state\" varchar(16) NOT NULL DEFAULT ('PENDING'), \"attempts\" integer NOT NULL DEFAULT (0), \"sent_at\" datetime(3), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"IDX_33a15ac10339185a24968d25d5\" ON \"sms_messages\" (\"state\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_sms_messages_slot\" ON \"sms_messages\" (\"user_id\", \"day\", \"slot\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_sms_messages_dedupe\" ON \"sms_messages\" (\"user_id\", \"dedupe_key\") ");
    await queryRunner.query("CREATE TABLE \"survey_links\" (\"token\" varchar(16) PRIMARY KEY NOT NULL, \"survey_id\" integer NOT NULL, \"user_id\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_survey_links_person\" ON \"survey_links\" (\"survey_id\", \"user_id\") ");
    await queryRunner.query("DROP INDEX \"IDX_42a3b53ed1260d584bca380188\"");
    await queryRunner.query("DROP INDEX \"IDX_a17edcb3b8e39c52a7d0554d31\"");
    await queryRunner.query("DROP INDEX \"uq_notifications_dedupe\"");
    await queryRunner.query("CREATE TABLE \"temporary_notifications\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"user_id\" integer NOT NULL, \"zone_id\" integer, \"kind\" varchar(40) NOT NULL, \"title\" varchar(120) NOT NULL, \"body\" text NOT NULL, \"read\" boolean NOT NULL DEFAULT (0), \"dedupe_key\" varchar(120) NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"link\" varchar(200))");
    await queryRunner.query("INSERT INTO \"temporary_notifications\"(\"id\", \"user_id\", \"zone_id\", \"kind\", \"title\", \"body\", \"read\", \"dedupe_key\", \"created_at\") SELECT \"id\", \"user_id\", \"zone_id\", \"kind\", \"title\", \"body\", \"read\", \"dedupe_key\", \"created_at\" FROM \"notifications\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
    await queryRunner.query("ALTER TABLE \"temporary_notifications\" RENAME TO \"notifications\"");
    await queryRunner.query("CREATE INDEX \"IDX_42a3b53ed1260d584bca380188\" ON \"notifications\" (\"user_id\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a17edcb3b8e39c52a7d0554d31\" ON \"notifications\" (\"user_id\", \"read\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_notifications_dedupe\" ON \"notifications\" (\"user_id\", \"dedupe_key\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_notifications_dedupe\"");
    await queryRunner.query("DROP INDEX \"IDX_a17edcb3b8e39c52a7d0554d31\"");
    await queryRunner.query("DROP INDEX \"IDX_42a3b53ed1260d584bca380188\"");
    await queryRunner.query("ALTER TABLE \"notifications\" RENAME TO \"temporary_notifications\"");
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"user_id\" integer NOT NULL, \"zone_id\" integer, \"kind\" varchar(40) NOT NULL, \"title\" varchar(120) NOT NULL, \"body\" text NOT NULL, \"read\" boolean NOT NULL DEFAULT (0), \"dedupe_key\" varchar(120) NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"notifications\"(\"id\", \"user_id\", \"zone_id\", \"kind\", \"title\", \"body\", \"read\", \"dedupe_key\", \"created_at\") SELECT \"id\", \"user_id\", \"zone_id\", \"kind\", \"title\", \"body\", \"read\", \"dedupe_key\", \"created_at\" FROM \"temporary_notifications\"");
    await queryRunner.query("DROP TABLE \"temporary_notifications\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_notifications_dedupe\" ON \"notifications\" (\"user_id\", \"dedupe_key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a17edcb3b8e39c52a7d0554d31\" ON \"notifications\" (\"user_id\", \"read\") ");
    await queryRunner.query("CREATE INDEX \"IDX_42a3b53ed1260d584bca380188\" ON \"notifications\" (\"user_id\", \"id\") ");
    await queryRunner.query("DROP INDEX \"uq_survey_links_person\"");
    await queryRunner.query("DROP TABLE \"survey_links\"");
    await queryRunner.query("DROP INDEX \"uq_sms_messages_dedupe\"");
    await queryRunner.query("DROP INDEX \"uq_sms_messages_slot\"");
    await queryRunner.query("DROP INDEX \"IDX_33a15ac10339185a24968d25d5\"");
    await queryRunner.query("DROP TABLE \"sms_messages\"");
    await queryRunner.query("DROP TABLE \"notification_prefs\"");
  }
}
