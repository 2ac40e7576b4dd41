import { Migration } from '@mikro-orm/migrations';

export class Migration20261202103800_planBreakdown extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "import_plan" add column "breakdown" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "import_plan" drop column "breakdown";`);
  }

}
