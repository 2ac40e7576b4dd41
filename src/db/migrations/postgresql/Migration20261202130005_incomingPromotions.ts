import { Migration } from '@mikro-orm/migrations';

export class Migration20261202130005_incomingPromotions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "incoming_promotion" ("id" varchar(36) not null, "status" varchar(16) not null, "staged_import_id" varchar(36) not null, "stage_uuid" varchar(64) null, "source_registry_uuid" varchar(64) not null, "source_registry_name" varchar(400) not null, "source_registry_address" varchar(2048) null, "exported_by_uuid" varchar(64) not null, "exported_by_name" varchar(400) not null, "requested_by_uuid" varchar(64) not null, "requested_by_name" varchar(400) not null, "requested_at" timestamptz(3) not null, "archive_sha256" varchar(64) not null, "object_count" int not null, "counts" jsonb not null, "plan_digest" varchar(64) not null, "decided_by_uuid" varchar(64) null, "decided_by_name" varchar(400) null, "decided_at" timestamptz(3) null, "reason" varchar(10000) null, "import_record_id" varchar(36) null, constraint "incoming_promotion_pkey" primary key ("id"));`);
    this.addSql(`create index "incoming_promotion_status_requested_at_index" on "incoming_promotion" ("status", "requested_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "incoming_promotion" cascade;`);
  }

}
