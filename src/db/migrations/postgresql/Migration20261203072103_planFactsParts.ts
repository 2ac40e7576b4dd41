import { Migration } from '@mikro-orm/migrations';

/** Pass A facts as parts (a header, then one part per array). Facts are a cache: those kept before are dropped. */
export class Migration20261203072103_planFactsParts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop table if exists "plan_facts";`);
    this.addSql(`create table "plan_facts" ("staged_import_id" varchar(36) not null, "facts_key" varchar(64) not null, "part" int not null, "revision" bigint not null, "data" bytea not null, "created_at" timestamptz not null, constraint "plan_facts_pkey" primary key ("staged_import_id", "facts_key", "part"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "plan_facts";`);
    this.addSql(`create table "plan_facts" ("staged_import_id" varchar(36) not null, "facts_key" varchar(64) not null, "revision" bigint not null, "data" bytea not null, "created_at" timestamptz not null, constraint "plan_facts_pkey" primary key ("staged_import_id", "facts_key"));`);
  }

}
