import { Migration } from '@mikro-orm/migrations';

export class Migration20261202100515_remoteRegistries extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`promotion_record\` (\`id\` text not null, \`direction\` text not null, \`object_uuid\` text not null, \`registry_uuid\` text not null, \`registry_name\` text not null, \`registry_address\` text not null, \`stage_uuid\` text null, \`user_uuid\` text not null, \`user_name\` text not null, \`at\` datetime not null, \`archive_sha256\` text not null, \`import_record_id\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`promotion_record_object_uuid_at_index\` on \`promotion_record\` (\`object_uuid\`, \`at\`);`);

    this.addSql(`create table \`remote_operation\` (\`id\` text not null, \`kind\` text not null, \`remote_id\` text not null, \`user_uuid\` text not null, \`status\` text not null, \`phase\` text not null, \`done\` integer not null, \`total\` integer not null, \`started_at\` datetime not null, \`finished_at\` datetime null, \`result\` json null, \`error\` json null, primary key (\`id\`));`);
    this.addSql(`create index \`remote_operation_user_uuid_started_at_index\` on \`remote_operation\` (\`user_uuid\`, \`started_at\`);`);

    this.addSql(`create table \`remote_registry\` (\`id\` text not null, \`name\` text not null, \`address\` text not null, \`sealed_credential\` text not null, \`ca_certificates_pem\` text null, \`pinned_certificate_sha256\` text null, \`timeout_ms\` integer not null, \`registry_uuid\` text null, \`registry_name\` text null, \`signer_fingerprint\` text null, \`observed_registry_uuid\` text null, \`observed_signer_fingerprint\` text null, \`created_by\` text not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`identity_recorded_at\` datetime null, primary key (\`id\`));`);
    this.addSql(`create unique index \`remote_registry_name_unique\` on \`remote_registry\` (\`name\`);`);

    this.addSql(`create table \`sealing_key\` (\`id\` text not null, \`key_base64\` text not null, \`created_at\` datetime not null, primary key (\`id\`));`);
  }

}
