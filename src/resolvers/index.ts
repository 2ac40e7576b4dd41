import type { NonEmptyArray } from 'type-graphql';
import { AccessResolver } from './accessResolver.js';
import { CertificateResolver } from './certificateResolver.js';
import { DecisionChangesResolver } from './decisionChangesResolver.js';
import { ExportResolver } from './exportResolver.js';
import {
  DecisionReferenceResolver,
  ExistingCopyResolver,
  ImportPreviewResolver,
  PlanReasonResolver,
  WriteOutcomeResolver,
} from './importPreviewResolver.js';
import { ImportResolver } from './importResolver.js';
import { IncomingReferenceResolver } from './incomingReferenceResolver.js';
import { kindFieldResolvers } from './kindFieldResolvers.js';
import { ObjectMutationResolver } from './objectMutationResolver.js';
import { ObjectQueryResolver } from './objectQueryResolver.js';
import { ReferenceGraphResolver } from './referenceGraphResolver.js';
import { PackageSyncResolver } from './packageSyncResolver.js';
import { PromotionApprovalResolver } from './promotionApprovalResolver.js';
import { PromotionTrailResolver, RemoteResolver } from './remoteResolver.js';
import { ReferenceResolver } from './referenceResolver.js';
import { RegistryObjectFieldResolver } from './registryObjectFieldResolver.js';
import { StagedObjectConnectionResolver, StagingResolver } from './stagingResolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  ObjectQueryResolver,
  ObjectMutationResolver,
  RegistryObjectFieldResolver,
  ReferenceResolver,
  ReferenceGraphResolver,
  IncomingReferenceResolver,
  AccessResolver,
  ...kindFieldResolvers,
  StagingResolver,
  StagedObjectConnectionResolver,
  ExportResolver,
  CertificateResolver,
  ImportPreviewResolver,
  DecisionReferenceResolver,
  DecisionChangesResolver,
  ExistingCopyResolver,
  WriteOutcomeResolver,
  PlanReasonResolver,
  ImportResolver,
  RemoteResolver,
  PackageSyncResolver,
  PromotionTrailResolver,
  PromotionApprovalResolver,
];
