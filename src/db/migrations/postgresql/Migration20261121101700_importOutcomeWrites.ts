import { Migration } from '@mikro-orm/migrations';

export class Migration20261121101700_importOutcomeWrites extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "import_outcome" add column "owner_uuid" varchar(64) null, add column "previous_version_uuid" varchar(64) null, add column "lifecycle_model_uuid" varchar(64) null, add column "lifecycle_state_uuid" varchar(64) null, add column "attributes" jsonb null, add column "groups" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "import_outcome" drop column "owner_uuid", drop column "previous_version_uuid", drop column "lifecycle_model_uuid", drop column "lifecycle_state_uuid", drop column "attributes", drop column "groups";`);
  }

}
