import { Migration } from '@mikro-orm/migrations';

export class Migration20261202125750_remoteSyncState extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "remote_sync_state" ("id" varchar(36) not null, "remote_id" varchar(36) not null, "object_uuid" varchar(64) not null, "digest" varchar(64) not null, "synced_at" timestamptz(3) not null, constraint "remote_sync_state_pkey" primary key ("id"));`);
    this.addSql(`alter table "remote_sync_state" add constraint "remote_sync_state_remote_id_object_uuid_unique" unique ("remote_id", "object_uuid");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "remote_sync_state" cascade;`);
  }

}
