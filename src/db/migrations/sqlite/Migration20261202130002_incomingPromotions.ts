import { Migration } from '@mikro-orm/migrations';

export class Migration20261202130002_incomingPromotions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`incoming_promotion\` (\`id\` text not null, \`status\` text not null, \`staged_import_id\` text not null, \`stage_uuid\` text null, \`source_registry_uuid\` text not null, \`source_registry_name\` text not null, \`source_registry_address\` text null, \`exported_by_uuid\` text not null, \`exported_by_name\` text not null, \`requested_by_uuid\` text not null, \`requested_by_name\` text not null, \`requested_at\` datetime not null, \`archive_sha256\` text not null, \`object_count\` integer not null, \`counts\` json not null, \`plan_digest\` text not null, \`decided_by_uuid\` text null, \`decided_by_name\` text null, \`decided_at\` datetime null, \`reason\` text null, \`import_record_id\` text null, primary key (\`id\`));`);
    this.addSql(`create index \`incoming_promotion_status_requested_at_index\` on \`incoming_promotion\` (\`status\`, \`requested_at\`);`);
  }

}
