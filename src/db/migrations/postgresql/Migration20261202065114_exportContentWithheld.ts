import { Migration } from '@mikro-orm/migrations';

export class Migration20261202065114_exportContentWithheld extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "exported_archive" add column "content_withheld" boolean not null default false;`);
    // Archives made before: which objects withheld content was not recorded. Those whose manifest withholds it
    // are treated as holding withheld content (administrators only); the others could not hold any.
    this.addSql(`update "exported_archive" set "content_withheld" = true where "manifest" -> 'protection' ->> 'viewContent' = 'false';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "exported_archive" drop column "content_withheld";`);
  }

}
