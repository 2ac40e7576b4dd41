import { Migration } from '@mikro-orm/migrations';

export class Migration20261203055718_planFacts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`plan_facts\` (\`staged_import_id\` text not null, \`facts_key\` text not null, \`revision\` bigint not null, \`data\` blob not null, \`created_at\` datetime not null, primary key (\`staged_import_id\`, \`facts_key\`));`);
  }

}
