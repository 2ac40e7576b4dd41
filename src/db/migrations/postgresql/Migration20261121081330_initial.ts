import { Migration } from '@mikro-orm/migrations';

export class Migration20261121081330_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_token" ("id" varchar(36) not null, "user_uuid" varchar(64) not null, "name" varchar(200) not null, "token_hash" varchar(64) not null, "created_at" timestamptz(3) not null, "expires_at" timestamptz(3) null, "revoked_at" timestamptz(3) null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`create index "api_token_user_uuid_index" on "api_token" ("user_uuid");`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "exported_archive" ("id" varchar(36) not null, "sha256" varchar(64) not null, "size" bigint not null, "object_count" int not null, "signed" boolean not null, "encryption" varchar(16) not null, "created_by" varchar(64) not null, "created_at" timestamptz(3) not null, "manifest" jsonb not null, constraint "exported_archive_pkey" primary key ("id"));`);

    this.addSql(`create table "import_outcome" ("import_id" varchar(36) not null, "line" int not null, "uuid" varchar(64) not null, "kind" varchar(32) not null, "name" varchar(400) not null, "action" varchar(16) not null, "reasons" jsonb not null, constraint "import_outcome_pkey" primary key ("import_id", "line"));`);

    this.addSql(`create table "import_record" ("id" varchar(36) not null, "staged_import_id" varchar(36) null, "user_uuid" varchar(64) not null, "started_at" timestamptz(3) not null, "finished_at" timestamptz(3) null, "status" varchar(16) not null, "phase" varchar(32) not null, "done" int not null default 0, "total" int not null default 0, "archive_sha256" varchar(64) not null, "signer" jsonb null, "trust" varchar(32) not null, "options" jsonb not null, "selection" jsonb null, "plan_digest" varchar(64) null, "counts" jsonb not null, "error" jsonb null, constraint "import_record_pkey" primary key ("id"));`);
    this.addSql(`create index "import_record_user_uuid_index" on "import_record" ("user_uuid");`);
    this.addSql(`create index "import_record_started_at_index" on "import_record" ("started_at");`);

    this.addSql(`create table "object_reference" ("source_uuid" varchar(64) not null, "name" varchar(200) not null, "target_uuid" varchar(64) not null, constraint "object_reference_pkey" primary key ("source_uuid", "name", "target_uuid"));`);
    this.addSql(`create index "object_reference_target_uuid_index" on "object_reference" ("target_uuid");`);

    this.addSql(`create table "permission_grant" ("id" varchar(36) not null, "principal_uuid" varchar(64) not null, "right" varchar(16) not null, "object_uuid" varchar(64) null, "type_key" varchar(64) null, "organization_uuid" varchar(64) null, "granted_by" varchar(64) not null, "granted_at" timestamptz(3) not null, constraint "permission_grant_pkey" primary key ("id"));`);
    this.addSql(`create index "permission_grant_object_uuid_index" on "permission_grant" ("object_uuid");`);
    this.addSql(`create index "permission_grant_principal_uuid_index" on "permission_grant" ("principal_uuid");`);

    this.addSql(`create table "registry_instance" ("uuid" varchar(64) not null, "name" varchar(200) not null, "address" varchar(500) not null, "created_at" timestamptz(3) not null, constraint "registry_instance_pkey" primary key ("uuid"));`);

    this.addSql(`create table "registry_object" ("uuid" varchar(64) not null, "kind" varchar(32) not null, "name" varchar(400) not null, "description" text null, "owner_uuid" varchar(64) null, "organization_uuid" varchar(64) null, "object_type_uuid" varchar(64) null, "created_at" timestamptz(3) not null, "timestamp" timestamptz(3) not null, "version" varchar(64) null, "previous_version_uuid" varchar(64) null, "lifecycle_model_uuid" varchar(64) null, "lifecycle_state_uuid" varchar(64) null, "attributes" jsonb not null, "fields" jsonb not null, "view_content" boolean not null default true, "re_packageable" boolean not null default true, "editable" boolean not null default true, constraint "registry_object_pkey" primary key ("uuid"));`);
    this.addSql(`create index "registry_object_owner_uuid_index" on "registry_object" ("owner_uuid");`);
    this.addSql(`create index "registry_object_organization_uuid_index" on "registry_object" ("organization_uuid");`);
    this.addSql(`create index "registry_object_object_type_uuid_index" on "registry_object" ("object_type_uuid");`);
    this.addSql(`create index "registry_object_previous_version_uuid_index" on "registry_object" ("previous_version_uuid");`);
    this.addSql(`create index "registry_object_lifecycle_state_uuid_index" on "registry_object" ("lifecycle_state_uuid");`);
    this.addSql(`create index "registry_object_kind_name_index" on "registry_object" ("kind", "name");`);

    this.addSql(`create table "server_key" ("id" varchar(36) not null, "fingerprint" varchar(64) not null, "certificate_pem" text not null, "private_key_pem" text not null, "current" boolean not null, "created_at" timestamptz(3) not null, "retired_at" timestamptz(3) null, constraint "server_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "server_key" add constraint "server_key_fingerprint_unique" unique ("fingerprint");`);

    this.addSql(`create table "staged_import" ("id" varchar(36) not null, "owner_uuid" varchar(64) not null, "created_at" timestamptz(3) not null, "expires_at" timestamptz(3) not null, "file_name" varchar(255) null, "archive_sha256" varchar(64) not null, "archive_size" bigint not null, "manifest" jsonb not null, "trust" varchar(32) not null, "signer" jsonb null, "encrypted" boolean not null, "object_count" int not null, "problems" jsonb not null, "problem_count" int not null, constraint "staged_import_pkey" primary key ("id"));`);
    this.addSql(`create index "staged_import_owner_uuid_index" on "staged_import" ("owner_uuid");`);
    this.addSql(`create index "staged_import_expires_at_index" on "staged_import" ("expires_at");`);

    this.addSql(`create table "staged_object" ("staged_import_id" varchar(36) not null, "line" int not null, "uuid" varchar(64) not null, "kind" varchar(32) not null, "name" varchar(400) not null, "content_digest" varchar(64) not null, "record" text not null, constraint "staged_object_pkey" primary key ("staged_import_id", "line"));`);
    this.addSql(`create index "staged_object_staged_import_id_kind_line_index" on "staged_object" ("staged_import_id", "kind", "line");`);
    this.addSql(`create index "staged_object_staged_import_id_uuid_index" on "staged_object" ("staged_import_id", "uuid");`);

    this.addSql(`create table "trusted_provider" ("fingerprint" varchar(64) not null, "subject" varchar(500) not null, "certificate_pem" text not null, "added_by" varchar(64) not null, "added_at" timestamptz(3) not null, constraint "trusted_provider_pkey" primary key ("fingerprint"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "exported_archive" cascade;`);

    this.addSql(`drop table if exists "import_outcome" cascade;`);

    this.addSql(`drop table if exists "import_record" cascade;`);

    this.addSql(`drop table if exists "object_reference" cascade;`);

    this.addSql(`drop table if exists "permission_grant" cascade;`);

    this.addSql(`drop table if exists "registry_instance" cascade;`);

    this.addSql(`drop table if exists "registry_object" cascade;`);

    this.addSql(`drop table if exists "server_key" cascade;`);

    this.addSql(`drop table if exists "staged_import" cascade;`);

    this.addSql(`drop table if exists "staged_object" cascade;`);

    this.addSql(`drop table if exists "trusted_provider" cascade;`);
  }

}
