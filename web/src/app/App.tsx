import { Provider, useQuery } from '@urql/preact';
import { ErrorBoundary, LocationProvider } from 'preact-iso';
import { useMemo } from 'preact/hooks';
import { createGraphQLClient } from '../client/graphqlClient';
import { SignInPage } from '../pages/SignInPage';
import { ErrorState } from '../ui/states';
import { Layout } from './Layout';
import { Routes } from './Routes';
import { useToken } from './session';
import { ViewerContext, ViewerQuery } from './viewer';

/** Paths the server answers itself (the IDE, archive downloads): links to them leave the single-page app. */
const APP_SCOPE = /^\/(?!graphiql|archives|graphql)/;

export function App() {
  const token = useToken();
  // A new client per token: nothing cached for one user is ever shown to the next.
  const client = useMemo(() => createGraphQLClient(), [token]);
  return (
    <Provider value={client}>
      <LocationProvider scope={APP_SCOPE}>
        {token ? <SignedIn /> : <SignInPage />}
      </LocationProvider>
    </Provider>
  );
}

/** The console for a signed-in tab: who it is loads alongside the page's own data, not before it. */
function SignedIn() {
  const [{ data, error }, retry] = useQuery({ query: ViewerQuery });
  if (error && !data) return <ErrorState title="The registry could not be reached" error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  return (
    <ViewerContext.Provider value={data ?? null}>
      <Layout>
        <ErrorBoundary>
          <Routes />
        </ErrorBoundary>
      </Layout>
    </ViewerContext.Provider>
  );
}
