import { Migration } from '@mikro-orm/migrations';

export class Migration20261202170859_explorerOrder extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index \`registry_object_kind_name_index\`;`);

    this.addSql(`create index \`registry_object_kind_name_uuid_index\` on \`registry_object\` (\`kind\`, \`name\`, \`uuid\`);`);
  }

}
