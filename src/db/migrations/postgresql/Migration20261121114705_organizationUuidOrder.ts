import { Migration } from '@mikro-orm/migrations';

export class Migration20261121114705_organizationUuidOrder extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "registry_object_organization_uuid_index";`);

    this.addSql(`create index "registry_object_organization_uuid_uuid_index" on "registry_object" ("organization_uuid", "uuid");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "registry_object_organization_uuid_uuid_index";`);

    this.addSql(`create index "registry_object_organization_uuid_index" on "registry_object" ("organization_uuid");`);
  }

}
