import { lazy, Route, Router } from 'preact-iso';
import { ExplorerPage } from '../pages/ExplorerPage';
import { ImportRecordPage } from '../pages/ImportRecordPage';
import { ImportsPage } from '../pages/ImportsPage';
import { ImportStartPage } from '../pages/ImportStartPage';
import { IncomingPromotionsPage } from '../pages/IncomingPromotionsPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ObjectPage } from '../pages/ObjectPage';
import { OverviewPage } from '../pages/OverviewPage';
import { PackageSyncPage } from '../pages/PackageSyncPage';
import { RemotePackagesPage } from '../pages/RemotePackagesPage';
import { RemoteRegistriesPage } from '../pages/RemoteRegistriesPage';
import { StagedImportPage } from '../pages/StagedImportPage';

// The graph page brings the graph view and its layout worker: loaded when first visited.
const GraphPage = lazy(() => import('../pages/GraphPage').then((m) => m.GraphPage));

/** A page per route. */
export function Routes() {
  return (
    <Router>
      <Route path="/" component={OverviewPage} />
      <Route path="/import" component={ImportStartPage} />
      <Route path="/import/:id" component={StagedImportPage} />
      <Route path="/imports" component={ImportsPage} />
      <Route path="/imports/:id" component={ImportRecordPage} />
      <Route path="/explorer" component={ExplorerPage} />
      <Route path="/objects/:uuid" component={ObjectPage} />
      <Route path="/objects/:uuid/graph" component={GraphPage} />
      <Route path="/remotes" component={RemoteRegistriesPage} />
      <Route path="/remotes/get" component={RemotePackagesPage} />
      <Route path="/remotes/sync" component={PackageSyncPage} />
      <Route path="/promotions" component={IncomingPromotionsPage} />
      <Route default component={NotFoundPage} />
    </Router>
  );
}
