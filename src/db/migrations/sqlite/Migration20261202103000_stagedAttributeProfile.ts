import { Migration } from '@mikro-orm/migrations';

export class Migration20261202103000_stagedAttributeProfile extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`staged_object\` add column \`attribute_profile\` text null;`);
  }

}
