import { Migration } from '@mikro-orm/migrations';

export class Migration20261121081330_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`api_token\` (\`id\` text not null, \`user_uuid\` text not null, \`name\` text not null, \`token_hash\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime null, \`revoked_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create index \`api_token_user_uuid_index\` on \`api_token\` (\`user_uuid\`);`);
    this.addSql(`create unique index \`api_token_token_hash_unique\` on \`api_token\` (\`token_hash\`);`);

    this.addSql(`create table \`exported_archive\` (\`id\` text not null, \`sha256\` text not null, \`size\` bigint not null, \`object_count\` integer not null, \`signed\` integer not null, \`encryption\` text not null, \`created_by\` text not null, \`created_at\` datetime not null, \`manifest\` json not null, primary key (\`id\`));`);

    this.addSql(`create table \`import_outcome\` (\`import_id\` text not null, \`line\` integer not null, \`uuid\` text not null, \`kind\` text not null, \`name\` text not null, \`action\` text not null, \`reasons\` json not null, primary key (\`import_id\`, \`line\`));`);

    this.addSql(`create table \`import_record\` (\`id\` text not null, \`staged_import_id\` text null, \`user_uuid\` text not null, \`started_at\` datetime not null, \`finished_at\` datetime null, \`status\` text not null, \`phase\` text not null, \`done\` integer not null default 0, \`total\` integer not null default 0, \`archive_sha256\` text not null, \`signer\` json null, \`trust\` text not null, \`options\` json not null, \`selection\` json null, \`plan_digest\` text null, \`counts\` json not null, \`error\` json null, primary key (\`id\`));`);
    this.addSql(`create index \`import_record_user_uuid_index\` on \`import_record\` (\`user_uuid\`);`);
    this.addSql(`create index \`import_record_started_at_index\` on \`import_record\` (\`started_at\`);`);

    this.addSql(`create table \`object_reference\` (\`source_uuid\` text not null, \`name\` text not null, \`target_uuid\` text not null, primary key (\`source_uuid\`, \`name\`, \`target_uuid\`));`);
    this.addSql(`create index \`object_reference_target_uuid_index\` on \`object_reference\` (\`target_uuid\`);`);

    this.addSql(`create table \`permission_grant\` (\`id\` text not null, \`principal_uuid\` text not null, \`right\` text not null, \`object_uuid\` text null, \`type_key\` text null, \`organization_uuid\` text null, \`granted_by\` text not null, \`granted_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`permission_grant_object_uuid_index\` on \`permission_grant\` (\`object_uuid\`);`);
    this.addSql(`create index \`permission_grant_principal_uuid_index\` on \`permission_grant\` (\`principal_uuid\`);`);

    this.addSql(`create table \`registry_instance\` (\`uuid\` text not null, \`name\` text not null, \`address\` text not null, \`created_at\` datetime not null, primary key (\`uuid\`));`);

    this.addSql(`create table \`registry_object\` (\`uuid\` text not null, \`kind\` text not null, \`name\` text not null, \`description\` text null, \`owner_uuid\` text null, \`organization_uuid\` text null, \`object_type_uuid\` text null, \`created_at\` datetime not null, \`timestamp\` datetime not null, \`version\` text null, \`previous_version_uuid\` text null, \`lifecycle_model_uuid\` text null, \`lifecycle_state_uuid\` text null, \`attributes\` json not null, \`fields\` json not null, \`view_content\` integer not null default true, \`re_packageable\` integer not null default true, \`editable\` integer not null default true, primary key (\`uuid\`));`);
    this.addSql(`create index \`registry_object_owner_uuid_index\` on \`registry_object\` (\`owner_uuid\`);`);
    this.addSql(`create index \`registry_object_organization_uuid_index\` on \`registry_object\` (\`organization_uuid\`);`);
    this.addSql(`create index \`registry_object_object_type_uuid_index\` on \`registry_object\` (\`object_type_uuid\`);`);
    this.addSql(`create index \`registry_object_previous_version_uuid_index\` on \`registry_object\` (\`previous_version_uuid\`);`);
    this.addSql(`create index \`registry_object_lifecycle_state_uuid_index\` on \`registry_object\` (\`lifecycle_state_uuid\`);`);
    this.addSql(`create index \`registry_object_kind_name_index\` on \`registry_object\` (\`kind\`, \`name\`);`);

    this.addSql(`create table \`server_key\` (\`id\` text not null, \`fingerprint\` text not null, \`certificate_pem\` text not null, \`private_key_pem\` text not null, \`current\` integer not null, \`created_at\` datetime not null, \`retired_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create unique index \`server_key_fingerprint_unique\` on \`server_key\` (\`fingerprint\`);`);

    this.addSql(`create table \`staged_import\` (\`id\` text not null, \`owner_uuid\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`file_name\` text null, \`archive_sha256\` text not null, \`archive_size\` bigint not null, \`manifest\` json not null, \`trust\` text not null, \`signer\` json null, \`encrypted\` integer not null, \`object_count\` integer not null, \`problems\` json not null, \`problem_count\` integer not null, primary key (\`id\`));`);
    this.addSql(`create index \`staged_import_owner_uuid_index\` on \`staged_import\` (\`owner_uuid\`);`);
    this.addSql(`create index \`staged_import_expires_at_index\` on \`staged_import\` (\`expires_at\`);`);

    this.addSql(`create table \`staged_object\` (\`staged_import_id\` text not null, \`line\` integer not null, \`uuid\` text not null, \`kind\` text not null, \`name\` text not null, \`content_digest\` text not null, \`record\` text not null, primary key (\`staged_import_id\`, \`line\`));`);
    this.addSql(`create index \`staged_object_staged_import_id_kind_line_index\` on \`staged_object\` (\`staged_import_id\`, \`kind\`, \`line\`);`);
    this.addSql(`create index \`staged_object_staged_import_id_uuid_index\` on \`staged_object\` (\`staged_import_id\`, \`uuid\`);`);

    this.addSql(`create table \`trusted_provider\` (\`fingerprint\` text not null, \`subject\` text not null, \`certificate_pem\` text not null, \`added_by\` text not null, \`added_at\` datetime not null, primary key (\`fingerprint\`));`);
  }

}
