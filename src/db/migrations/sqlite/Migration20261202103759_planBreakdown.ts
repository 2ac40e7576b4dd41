import { Migration } from '@mikro-orm/migrations';

export class Migration20261202103759_planBreakdown extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`import_plan\` add column \`breakdown\` json null;`);
  }

}
