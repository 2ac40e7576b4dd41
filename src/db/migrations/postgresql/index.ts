import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261121081330_initial } from './Migration20261121081330_initial.js';
import { Migration20261121101700_importOutcomeWrites } from './Migration20261121101700_importOutcomeWrites.js';
import { Migration20261121114705_organizationUuidOrder } from './Migration20261121114705_organizationUuidOrder.js';
import { Migration20261121121121_storedPlans } from './Migration20261121121121_storedPlans.js';
import { Migration20261202065114_exportContentWithheld } from './Migration20261202065114_exportContentWithheld.js';
import { Migration20261202065248_importOutcomeByUuid } from './Migration20261202065248_importOutcomeByUuid.js';
import { Migration20261202075128_importRecordRunner } from './Migration20261202075128_importRecordRunner.js';
import { Migration20261202100517_remoteRegistries } from './Migration20261202100517_remoteRegistries.js';
import { Migration20261202103000_stagedAttributeProfile } from './Migration20261202103000_stagedAttributeProfile.js';
import { Migration20261202103800_planBreakdown } from './Migration20261202103800_planBreakdown.js';
import { Migration20261202125750_remoteSyncState } from './Migration20261202125750_remoteSyncState.js';
import { Migration20261202130005_incomingPromotions } from './Migration20261202130005_incomingPromotions.js';
import { Migration20261202170859_explorerOrder } from './Migration20261202170859_explorerOrder.js';
import { Migration20261203055718_planFacts } from './Migration20261203055718_planFacts.js';
import { Migration20261203072103_planFactsParts } from './Migration20261203072103_planFactsParts.js';

// Maintained by `npm run migration:create -- <name>`: every migration of this database, oldest first.
export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261121081330_initial', class: Migration20261121081330_initial },
  { name: 'Migration20261121101700_importOutcomeWrites', class: Migration20261121101700_importOutcomeWrites },
  { name: 'Migration20261121114705_organizationUuidOrder', class: Migration20261121114705_organizationUuidOrder },
  { name: 'Migration20261121121121_storedPlans', class: Migration20261121121121_storedPlans },
  { name: 'Migration20261202065114_exportContentWithheld', class: Migration20261202065114_exportContentWithheld },
  { name: 'Migration20261202065248_importOutcomeByUuid', class: Migration20261202065248_importOutcomeByUuid },
  { name: 'Migration20261202075128_importRecordRunner', class: Migration20261202075128_importRecordRunner },
  { name: 'Migration20261202100517_remoteRegistries', class: Migration20261202100517_remoteRegistries },
  { name: 'Migration20261202103000_stagedAttributeProfile', class: Migration20261202103000_stagedAttributeProfile },
  { name: 'Migration20261202103800_planBreakdown', class: Migration20261202103800_planBreakdown },
  { name: 'Migration20261202125750_remoteSyncState', class: Migration20261202125750_remoteSyncState },
  { name: 'Migration20261202130005_incomingPromotions', class: Migration20261202130005_incomingPromotions },
  { name: 'Migration20261202170859_explorerOrder', class: Migration20261202170859_explorerOrder },
  { name: 'Migration20261203055718_planFacts', class: Migration20261203055718_planFacts },
  { name: 'Migration20261203072103_planFactsParts', class: Migration20261203072103_planFactsParts },
];
