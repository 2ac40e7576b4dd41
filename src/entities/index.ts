import { ApiTokenEntity } from './ApiTokenEntity.js';
import { ImportOutcomeEntity } from './ImportOutcomeEntity.js';
import { ImportRecordEntity } from './ImportRecordEntity.js';
import { StagedObjectEntity } from './StagedObjectEntity.js';
import { StagedImportEntity } from './StagedImportEntity.js';
import { ExportedArchiveEntity } from './ExportedArchiveEntity.js';
import { ObjectReferenceEntity } from './ObjectReferenceEntity.js';
import { PermissionGrantEntity } from './PermissionGrantEntity.js';
import { RegistryInstanceEntity } from './RegistryInstanceEntity.js';
import { RegistryObjectEntity } from './RegistryObjectEntity.js';
import { ServerKeyEntity } from './ServerKeyEntity.js';
import { TrustedProviderEntity } from './TrustedProviderEntity.js';

export {
  ApiTokenEntity,
  ImportOutcomeEntity,
  ImportRecordEntity,
  StagedObjectEntity,
  StagedImportEntity,
  ExportedArchiveEntity,
  ObjectReferenceEntity,
  PermissionGrantEntity,
  RegistryInstanceEntity,
  RegistryObjectEntity,
  ServerKeyEntity,
  TrustedProviderEntity,
};

export const entities = [
  ApiTokenEntity,
  ImportOutcomeEntity,
  ImportRecordEntity,
  StagedObjectEntity,
  StagedImportEntity,
  ExportedArchiveEntity,
  ObjectReferenceEntity,
  PermissionGrantEntity,
  RegistryInstanceEntity,
  RegistryObjectEntity,
  ServerKeyEntity,
  TrustedProviderEntity,
];
