import { ApiTokenEntity } from './ApiTokenEntity.js';
import { ExportedArchiveEntity } from './ExportedArchiveEntity.js';
import { IncomingPromotionEntity } from './IncomingPromotionEntity.js';
import { ImportOutcomeEntity } from './ImportOutcomeEntity.js';
import { ImportPlanEntity } from './ImportPlanEntity.js';
import { ImportRecordEntity } from './ImportRecordEntity.js';
import { ObjectReferenceEntity } from './ObjectReferenceEntity.js';
import { PermissionGrantEntity } from './PermissionGrantEntity.js';
import { PlanDecisionEntity } from './PlanDecisionEntity.js';
import { PlanFactsEntity } from './PlanFactsEntity.js';
import { RegistryInstanceEntity } from './RegistryInstanceEntity.js';
import { RegistryObjectEntity } from './RegistryObjectEntity.js';
import { RegistryRevisionEntity } from './RegistryRevisionEntity.js';
import { PromotionRecordEntity } from './PromotionRecordEntity.js';
import { RemoteOperationEntity } from './RemoteOperationEntity.js';
import { RemoteRegistryEntity } from './RemoteRegistryEntity.js';
import { RemoteSyncStateEntity } from './RemoteSyncStateEntity.js';
import { SealingKeyEntity } from './SealingKeyEntity.js';
import { ServerKeyEntity } from './ServerKeyEntity.js';
import { StagedImportEntity } from './StagedImportEntity.js';
import { StagedObjectEntity } from './StagedObjectEntity.js';
import { TrustedProviderEntity } from './TrustedProviderEntity.js';

export {
  ApiTokenEntity,
  ExportedArchiveEntity,
  IncomingPromotionEntity,
  ImportOutcomeEntity,
  ImportPlanEntity,
  ImportRecordEntity,
  ObjectReferenceEntity,
  PermissionGrantEntity,
  PlanDecisionEntity,
  PlanFactsEntity,
  RegistryInstanceEntity,
  RegistryObjectEntity,
  RegistryRevisionEntity,
  PromotionRecordEntity,
  RemoteOperationEntity,
  RemoteRegistryEntity,
  RemoteSyncStateEntity,
  SealingKeyEntity,
  ServerKeyEntity,
  StagedImportEntity,
  StagedObjectEntity,
  TrustedProviderEntity,
};

/** Every entity, for MikroORM's discovery. */
export const entities = [
  ApiTokenEntity,
  ExportedArchiveEntity,
  IncomingPromotionEntity,
  ImportOutcomeEntity,
  ImportPlanEntity,
  ImportRecordEntity,
  ObjectReferenceEntity,
  PermissionGrantEntity,
  PlanDecisionEntity,
  PlanFactsEntity,
  RegistryInstanceEntity,
  RegistryObjectEntity,
  RegistryRevisionEntity,
  PromotionRecordEntity,
  RemoteOperationEntity,
  RemoteRegistryEntity,
  RemoteSyncStateEntity,
  SealingKeyEntity,
  ServerKeyEntity,
  StagedImportEntity,
  StagedObjectEntity,
  TrustedProviderEntity,
];
