import { Migration } from '@mikro-orm/migrations';

export class Migration20261121121121_storedPlans extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`import_plan\` (\`id\` text not null, \`staged_import_id\` text not null, \`plan_key\` text not null, \`revision\` bigint not null, \`digest\` text not null, \`counts\` json not null, \`blocking\` json not null, \`object_count\` integer not null, \`created_at\` datetime not null, primary key (\`id\`));`);
    this.addSql(`create index \`import_plan_staged_import_id_index\` on \`import_plan\` (\`staged_import_id\`);`);
    this.addSql(`create unique index \`import_plan_staged_import_id_plan_key_revision_unique\` on \`import_plan\` (\`staged_import_id\`, \`plan_key\`, \`revision\`);`);

    this.addSql(`create table \`import_plan_decision\` (\`plan_id\` text not null, \`line\` integer not null, \`uuid\` text not null, \`kind\` text not null, \`name\` text not null, \`action\` text not null, \`reason_codes\` text not null, \`reasons\` json not null, \`detail\` json not null, \`owner_uuid\` text null, \`previous_version_uuid\` text null, \`lifecycle_model_uuid\` text null, \`lifecycle_state_uuid\` text null, \`attributes\` json null, \`groups\` json null, primary key (\`plan_id\`, \`line\`));`);
    this.addSql(`create index \`import_plan_decision_plan_id_uuid_line_action_kind_name_index\` on \`import_plan_decision\` (\`plan_id\`, \`uuid\`, \`line\`, \`action\`, \`kind\`, \`name\`);`);

    this.addSql(`create table \`registry_revision\` (\`id\` integer not null, \`revision\` bigint not null, primary key (\`id\`));`);

    // The revision: one row, advanced by a row trigger on every write to what plans depend on. SQLite has one
    // writer at a time, so the counter adds no waiting; it costs about a microsecond per written row.
    this.addSql(`insert into \`registry_revision\` (\`id\`, \`revision\`) values (1, 0);`);
    this.addSql(`create trigger \`registry_object_insert_revision\` after insert on \`registry_object\` begin update \`registry_revision\` set \`revision\` = \`revision\` + 1 where \`id\` = 1; end;`);
    this.addSql(`create trigger \`registry_object_update_revision\` after update on \`registry_object\` begin update \`registry_revision\` set \`revision\` = \`revision\` + 1 where \`id\` = 1; end;`);
    this.addSql(`create trigger \`registry_object_delete_revision\` after delete on \`registry_object\` begin update \`registry_revision\` set \`revision\` = \`revision\` + 1 where \`id\` = 1; end;`);
    this.addSql(`create trigger \`permission_grant_insert_revision\` after insert on \`permission_grant\` begin update \`registry_revision\` set \`revision\` = \`revision\` + 1 where \`id\` = 1; end;`);
    this.addSql(`create trigger \`permission_grant_update_revision\` after update on \`permission_grant\` begin update \`registry_revision\` set \`revision\` = \`revision\` + 1 where \`id\` = 1; end;`);
    this.addSql(`create trigger \`permission_grant_delete_revision\` after delete on \`permission_grant\` begin update \`registry_revision\` set \`revision\` = \`revision\` + 1 where \`id\` = 1; end;`);
  }

}
