import { Migration } from '@mikro-orm/migrations';

/** Pass A facts as parts (a header, then one part per array). Facts are a cache: those kept before are dropped. */
export class Migration20261203072103_planFactsParts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop table if exists \`plan_facts\`;`);
    this.addSql(`create table \`plan_facts\` (\`staged_import_id\` text not null, \`facts_key\` text not null, \`part\` integer not null, \`revision\` bigint not null, \`data\` blob not null, \`created_at\` datetime not null, primary key (\`staged_import_id\`, \`facts_key\`, \`part\`));`);
  }

}
