import { Migration } from '@mikro-orm/migrations';

export class Migration20261202075125_importRecordRunner extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`import_record\` add column \`runner\` integer null;`);
  }

}
