import { Migration } from '@mikro-orm/migrations';

export class Migration20261202125748_remoteSyncState extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`remote_sync_state\` (\`id\` text not null, \`remote_id\` text not null, \`object_uuid\` text not null, \`digest\` text not null, \`synced_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create unique index \`remote_sync_state_remote_id_object_uuid_unique\` on \`remote_sync_state\` (\`remote_id\`, \`object_uuid\`);`);
  }

}
