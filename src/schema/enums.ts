import { registerEnumType } from 'type-graphql';
import {
  AttributeType,
  LifecycleModelStatus,
  ObjectKind,
  PolicyActionType,
  PolicyEvent,
  Right,
  Role,
} from '../domain/objectKind.js';

registerEnumType(ObjectKind, { name: 'ObjectKind', description: 'The kinds of registry object.' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(Right, { name: 'Right', description: 'VIEW and EDIT name an object; CREATE names a type in an organization.' });
registerEnumType(AttributeType, { name: 'AttributeType' });
registerEnumType(LifecycleModelStatus, { name: 'LifecycleModelStatus' });
registerEnumType(PolicyEvent, { name: 'PolicyEvent' });
registerEnumType(PolicyActionType, { name: 'PolicyActionType' });

export { AttributeType, LifecycleModelStatus, ObjectKind, PolicyActionType, PolicyEvent, Right, Role };
