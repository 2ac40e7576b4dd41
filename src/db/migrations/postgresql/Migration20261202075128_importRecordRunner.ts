import { Migration } from '@mikro-orm/migrations';

export class Migration20261202075128_importRecordRunner extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "import_record" add column "runner" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "import_record" drop column "runner";`);
  }

}
