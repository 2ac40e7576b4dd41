import { Migration } from '@mikro-orm/migrations';

export class Migration20261121101700_importOutcomeWrites extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`import_outcome\` add column \`owner_uuid\` text null;`);
    this.addSql(`alter table \`import_outcome\` add column \`previous_version_uuid\` text null;`);
    this.addSql(`alter table \`import_outcome\` add column \`lifecycle_model_uuid\` text null;`);
    this.addSql(`alter table \`import_outcome\` add column \`lifecycle_state_uuid\` text null;`);
    this.addSql(`alter table \`import_outcome\` add column \`attributes\` json null;`);
    this.addSql(`alter table \`import_outcome\` add column \`groups\` json null;`);
  }

}
