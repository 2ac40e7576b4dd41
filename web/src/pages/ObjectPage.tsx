import { useQuery } from '@urql/preact';
import { useRoute } from 'preact-iso';
import { KindFields, ObjectFacts } from '../explorer/ObjectFacts';
import { ObjectImports } from '../explorer/ObjectImports';
import { ObjectPromotion } from '../explorer/ObjectPromotion';
import { ObjectQuery } from '../explorer/queries';
import { IncomingReferences, objectHref, OutgoingReferences } from '../explorer/ReferenceTables';
import { KindBadge } from '../ui/badges';
import { EmptyState, ErrorState, Loading } from '../ui/states';

/** One object: what it is, what it references and what references it, and the imports that touched it. */
export function ObjectPage() {
  const { params } = useRoute();
  const uuid = decodeURIComponent(params.uuid);
  const [{ data, error, fetching }, retry] = useQuery({ query: ObjectQuery, variables: { uuid } });
  if (fetching && !data) return <Loading label="Loading the object" />;
  if (error) return <ErrorState error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  const object = data?.object;
  if (!object) {
    return (
      <section class="page">
        <h1>Object not found</h1>
        <EmptyState title={`No object ${uuid} that you may view exists in this registry.`}>
          <a href="/explorer">Search the explorer</a>
        </EmptyState>
      </section>
    );
  }
  return (
    <section class="page">
      <div class="page-head">
        <h1>
          {object.name} <KindBadge kind={object.kind} />
        </h1>
        <a class="button" href={`${objectHref(object.uuid)}/graph`}>Reference graph</a>
      </div>
      <p><code>{object.uuid}</code></p>
      <div class="grid-2">
        <ObjectFacts object={object} />
        <KindFields object={object} />
      </div>
      <div class="grid-2">
        <OutgoingReferences references={object.references} />
        <IncomingReferences uuid={object.uuid} />
      </div>
      <ObjectPromotion uuid={object.uuid} />
      <ObjectImports uuid={object.uuid} />
    </section>
  );
}
