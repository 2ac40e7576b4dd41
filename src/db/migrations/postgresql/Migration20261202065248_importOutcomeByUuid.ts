import { Migration } from '@mikro-orm/migrations';

export class Migration20261202065248_importOutcomeByUuid extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "import_outcome_uuid_index" on "import_outcome" ("uuid");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "import_outcome_uuid_index";`);
  }

}
