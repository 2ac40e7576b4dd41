import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** This registry's identity: one row, made on first start. */
@Entity({ tableName: 'registry_instance' })
export class RegistryInstanceEntity {
  @PrimaryKey({ type: 'string', length: 64 })
  uuid!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 500 })
  address!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt!: Date;
}
