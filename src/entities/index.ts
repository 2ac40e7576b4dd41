import { ApiTokenEntity } from './ApiTokenEntity.js';
import { ExportedArchiveEntity } from './ExportedArchiveEntity.js';
import { ImportOutcomeEntity } from './ImportOutcomeEntity.js';
import { ImportRecordEntity } from './ImportRecordEntity.js';
import { ObjectReferenceEntity } from './ObjectReferenceEntity.js';
import { PermissionGrantEntity } from './PermissionGrantEntity.js';
import { RegistryInstanceEntity } from './RegistryInstanceEntity.js';
import { RegistryObjectEntity } from './RegistryObjectEntity.js';
import { ServerKeyEntity } from './ServerKeyEntity.js';
import { StagedImportEntity } from './StagedImportEntity.js';
import { StagedObjectEntity } from './StagedObjectEntity.js';
import { TrustedProviderEntity } from './TrustedProviderEntity.js';

export {
  ApiTokenEntity,
  ExportedArchiveEntity,
  ImportOutcomeEntity,
  ImportRecordEntity,
  ObjectReferenceEntity,
  PermissionGrantEntity,
  RegistryInstanceEntity,
  RegistryObjectEntity,
  ServerKeyEntity,
  StagedImportEntity,
  StagedObjectEntity,
  TrustedProviderEntity,
};

/** Every entity, for MikroORM's discovery. */
export const entities = [
  ApiTokenEntity,
  ExportedArchiveEntity,
  ImportOutcomeEntity,
  ImportRecordEntity,
  ObjectReferenceEntity,
  PermissionGrantEntity,
  RegistryInstanceEntity,
  RegistryObjectEntity,
  ServerKeyEntity,
  StagedImportEntity,
  StagedObjectEntity,
  TrustedProviderEntity,
];
