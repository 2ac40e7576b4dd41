import { useQuery } from '@urql/preact';
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { SearchChoicesQuery, SearchQuery } from '../explorer/queries';
import type { ObjectFilter, ObjectKind } from '../gql/graphql';
import { humanize } from '../ui/format';
import { Pager, useCursorPager } from '../ui/pager';
import { EmptyState, ErrorState, Loading } from '../ui/states';

const KINDS: ObjectKind[] = ['ASSET', 'OBJECT_TYPE', 'ORGANIZATION', 'USER', 'GROUP', 'LIFECYCLE_MODEL', 'LIFECYCLE_STAGE', 'POLICY', 'PACKAGE'];
const PAGE = 50;

interface Search {
  q: string;
  kind: string;
  type: string;
  state: string;
}

/** The search is in the address: a result list can be reloaded, linked and returned to. */
function searchOf(query: Record<string, string>): Search {
  return { q: query.q ?? '', kind: query.kind ?? '', type: query.type ?? '', state: query.state ?? '' };
}

function filterOf(s: Search): ObjectFilter {
  return {
    nameContains: s.q || null,
    kinds: s.kind ? [s.kind as ObjectKind] : null,
    objectType: s.type || null,
    lifecycleState: s.state || null,
  };
}

/** The object explorer: search by name, kind, type and lifecycle state; every result links to its page. */
export function ExplorerPage() {
  const { query, route } = useLocation();
  const search = searchOf(query);
  const key = JSON.stringify(search);
  const [draft, setDraft] = useState(search);
  // Back and forward change the search in the address: the form follows it.
  useEffect(() => setDraft(searchOf(query)), [key]);
  const [choices] = useQuery({ query: SearchChoicesQuery });

  function submit(e: Event) {
    e.preventDefault();
    const params = new URLSearchParams(Object.entries(draft).filter(([, v]) => v));
    route(`/explorer${params.size ? `?${params}` : ''}`);
  }
  const set = (name: keyof Search) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [name]: e.currentTarget.value });
  return (
    <section class="page">
      <h1>Explorer</h1>
      <form class="card search" role="search" onSubmit={submit}>
        <div class="field">
          <label for="search-name">Name contains</label>
          <input id="search-name" type="search" value={draft.q} onInput={set('q')} />
        </div>
        <div class="field">
          <label for="search-kind">Kind</label>
          <select id="search-kind" value={draft.kind} onChange={set('kind')}>
            <option value="">Any kind</option>
            {KINDS.map((k) => <option key={k} value={k}>{humanize(k)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="search-type">Type</label>
          <select id="search-type" value={draft.type} onChange={set('type')}>
            <option value="">Any type</option>
            {choices.data?.types.edges.map(({ node }) => <option key={node.uuid} value={node.uuid}>{node.name}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="search-state">Lifecycle state</label>
          <select id="search-state" value={draft.state} onChange={set('state')}>
            <option value="">Any state</option>
            {choices.data?.models.edges.map(({ node }) =>
              node.__typename === 'LifecycleModel' ? (
                <optgroup key={node.uuid} label={node.name}>
                  {node.states.map((s) => <option key={s.uuid} value={s.uuid}>{s.name}</option>)}
                </optgroup>
              ) : null,
            )}
          </select>
        </div>
        <button type="submit" class="primary">Search</button>
      </form>
      {/* A new search starts at its first page: the results are keyed by it. */}
      <SearchResults key={key} search={search} />
    </section>
  );
}

function SearchResults({ search }: { search: Search }) {
  const pager = useCursorPager();
  const [{ data, error, fetching }, retry] = useQuery({ query: SearchQuery, variables: { filter: filterOf(search), first: PAGE, after: pager.after } });
  const objects = data?.objects;
  return (
    <>
      {fetching && !objects && <Loading label="Searching" />}
      {error && <ErrorState error={error} retry={() => retry({ requestPolicy: 'network-only' })} />}
      {objects && objects.edges.length === 0 && <EmptyState title="No object matches this search." />}
      {objects && objects.edges.length > 0 && (
        <div class="card">
          <table class="table">
            <caption class="visually-hidden">Objects found</caption>
            <thead>
              <tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Type</th><th scope="col">State</th><th scope="col">Owner</th><th scope="col">Organization</th></tr>
            </thead>
            <tbody>
              {objects.edges.map(({ node }) => (
                <tr key={node.uuid}>
                  <td><a href={`/objects/${encodeURIComponent(node.uuid)}`}>{node.name}</a></td>
                  <td>{humanize(node.kind)}</td>
                  <td>{node.__typename === 'Asset' ? node.objectType?.name ?? '—' : '—'}</td>
                  <td>{node.__typename === 'Asset' ? node.lifecycleState?.name ?? '—' : '—'}</td>
                  <td>{node.owner?.name ?? '—'}</td>
                  <td>{node.organization?.name ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager pager={pager} pageSize={PAGE} shown={objects.edges.length} total={objects.totalCount} endCursor={objects.pageInfo.endCursor} hasNextPage={objects.pageInfo.hasNextPage} label="Results" />
        </div>
      )}
    </>
  );
}
