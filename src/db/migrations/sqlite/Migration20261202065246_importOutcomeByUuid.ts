import { Migration } from '@mikro-orm/migrations';

export class Migration20261202065246_importOutcomeByUuid extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index \`import_outcome_uuid_index\` on \`import_outcome\` (\`uuid\`);`);
  }

}
