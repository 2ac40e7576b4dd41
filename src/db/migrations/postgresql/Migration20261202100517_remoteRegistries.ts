import { Migration } from '@mikro-orm/migrations';

export class Migration20261202100517_remoteRegistries extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "promotion_record" ("id" varchar(36) not null, "direction" varchar(4) not null, "object_uuid" varchar(64) not null, "registry_uuid" varchar(64) not null, "registry_name" varchar(400) not null, "registry_address" varchar(2048) not null, "stage_uuid" varchar(64) null, "user_uuid" varchar(64) not null, "user_name" varchar(400) not null, "at" timestamptz(3) not null, "archive_sha256" varchar(64) not null, "import_record_id" varchar(36) null, constraint "promotion_record_pkey" primary key ("id"));`);
    this.addSql(`create index "promotion_record_object_uuid_at_index" on "promotion_record" ("object_uuid", "at");`);

    this.addSql(`create table "remote_operation" ("id" varchar(36) not null, "kind" varchar(32) not null, "remote_id" varchar(36) not null, "user_uuid" varchar(64) not null, "status" varchar(16) not null, "phase" varchar(32) not null, "done" int not null, "total" int not null, "started_at" timestamptz(3) not null, "finished_at" timestamptz(3) null, "result" jsonb null, "error" jsonb null, constraint "remote_operation_pkey" primary key ("id"));`);
    this.addSql(`create index "remote_operation_user_uuid_started_at_index" on "remote_operation" ("user_uuid", "started_at");`);

    this.addSql(`create table "remote_registry" ("id" varchar(36) not null, "name" varchar(200) not null, "address" varchar(2048) not null, "sealed_credential" text not null, "ca_certificates_pem" text null, "pinned_certificate_sha256" varchar(64) null, "timeout_ms" int not null, "registry_uuid" varchar(64) null, "registry_name" varchar(400) null, "signer_fingerprint" varchar(64) null, "observed_registry_uuid" varchar(64) null, "observed_signer_fingerprint" varchar(64) null, "created_by" varchar(64) not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "identity_recorded_at" timestamptz(3) null, constraint "remote_registry_pkey" primary key ("id"));`);
    this.addSql(`alter table "remote_registry" add constraint "remote_registry_name_unique" unique ("name");`);

    this.addSql(`create table "sealing_key" ("id" varchar(36) not null, "key_base64" varchar(64) not null, "created_at" timestamptz(3) not null, constraint "sealing_key_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "promotion_record" cascade;`);

    this.addSql(`drop table if exists "remote_operation" cascade;`);

    this.addSql(`drop table if exists "remote_registry" cascade;`);

    this.addSql(`drop table if exists "sealing_key" cascade;`);
  }

}
