import { Migration } from '@mikro-orm/migrations';

export class Migration20261121121121_storedPlans extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "import_plan" ("id" varchar(36) not null, "staged_import_id" varchar(36) not null, "plan_key" varchar(64) not null, "revision" bigint not null, "digest" varchar(64) not null, "counts" jsonb not null, "blocking" jsonb not null, "object_count" int not null, "created_at" timestamptz not null, constraint "import_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "import_plan_staged_import_id_index" on "import_plan" ("staged_import_id");`);
    this.addSql(`alter table "import_plan" add constraint "import_plan_staged_import_id_plan_key_revision_unique" unique ("staged_import_id", "plan_key", "revision");`);

    this.addSql(`create table "import_plan_decision" ("plan_id" varchar(36) not null, "line" int not null, "uuid" varchar(64) not null, "kind" varchar(32) not null, "name" varchar(400) not null, "action" varchar(16) not null, "reason_codes" text not null, "reasons" jsonb not null, "detail" jsonb not null, "owner_uuid" varchar(64) null, "previous_version_uuid" varchar(64) null, "lifecycle_model_uuid" varchar(64) null, "lifecycle_state_uuid" varchar(64) null, "attributes" jsonb null, "groups" jsonb null, constraint "import_plan_decision_pkey" primary key ("plan_id", "line"));`);
    this.addSql(`create index "import_plan_decision_plan_id_uuid_line_action_kind_name_index" on "import_plan_decision" ("plan_id", "uuid", "line", "action", "kind", "name");`);

    this.addSql(`create table "registry_revision" ("id" int not null, "revision" bigint not null, constraint "registry_revision_pkey" primary key ("id"));`);

    // The revision: one row, advanced before every statement that writes what plans depend on. Taking its row
    // lock before the statement's own row locks gives every registry writer the same lock order (no deadlocks);
    // object_reference is included only for that order, as a writer locks references before their objects.
    this.addSql(`insert into "registry_revision" ("id", "revision") values (1, 0);`);
    this.addSql(`create function "registry_revision_advance"() returns trigger language plpgsql as $$ begin update "registry_revision" set "revision" = "revision" + 1 where "id" = 1; return null; end $$;`);
    this.addSql(`create trigger "registry_object_revision" before insert or update or delete on "registry_object" for each statement execute function "registry_revision_advance"();`);
    this.addSql(`create trigger "permission_grant_revision" before insert or update or delete on "permission_grant" for each statement execute function "registry_revision_advance"();`);
    this.addSql(`create trigger "object_reference_revision" before insert or update or delete on "object_reference" for each statement execute function "registry_revision_advance"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "registry_object_revision" on "registry_object";`);
    this.addSql(`drop trigger if exists "permission_grant_revision" on "permission_grant";`);
    this.addSql(`drop trigger if exists "object_reference_revision" on "object_reference";`);
    this.addSql(`drop function if exists "registry_revision_advance"();`);

    this.addSql(`drop table if exists "import_plan" cascade;`);

    this.addSql(`drop table if exists "import_plan_decision" cascade;`);

    this.addSql(`drop table if exists "registry_revision" cascade;`);
  }

}
