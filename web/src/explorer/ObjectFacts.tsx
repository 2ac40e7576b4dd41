import type { ExplorerObjectQuery } from '../gql/graphql';
import { formatDate, humanize } from '../ui/format';
import { objectHref } from './ReferenceTables';

export type ExplorerObject = NonNullable<ExplorerObjectQuery['object']>;

const link = (o: { uuid: string; name: string } | null | undefined) => (o ? <a href={objectHref(o.uuid)}>{o.name}</a> : '—');

/** What every kind has: owner, organization, times, protection; and for an asset its type, version and state. */
export function ObjectFacts({ object }: { object: ExplorerObject }) {
  const p = object.protection;
  return (
    <div class="card">
      <h2>Details</h2>
      <dl class="facts">
        {object.description && (
          <>
            <dt>Description</dt>
            <dd>{object.description}</dd>
          </>
        )}
        <dt>Owner</dt>
        <dd>{link(object.owner)}</dd>
        <dt>Organization</dt>
        <dd>{link(object.organization)}</dd>
        {object.__typename === 'Asset' && (
          <>
            <dt>Type</dt>
            <dd>{link(object.objectType)}</dd>
            <dt>Version</dt>
            <dd>{object.version ?? '—'}</dd>
            <dt>Lifecycle state</dt>
            <dd>{object.lifecycleState ? `${object.lifecycleState.name} (${object.lifecycleModel?.name ?? 'model hidden'})` : '—'}</dd>
          </>
        )}
        <dt>Created</dt>
        <dd>{formatDate(object.createdAt)}</dd>
        <dt>Last changed</dt>
        <dd>{formatDate(object.timestamp)}</dd>
        <dt>Protection</dt>
        <dd>
          {[!p.viewContent && 'content hidden from all but administrators', !p.editable && 'not editable', !p.rePackageable && 'not exportable again'].filter(Boolean).join('; ') ||
            'none'}
        </dd>
        <dt>You may edit it</dt>
        <dd>{object.canEdit ? 'yes' : 'no'}</dd>
      </dl>
    </div>
  );
}

/** The kind's own fields: an asset's attributes, a user's groups, a type's attribute definitions, … */
export function KindFields({ object }: { object: ExplorerObject }) {
  switch (object.__typename) {
    case 'Asset':
      return (
        <div class="card">
          <h2>Attributes</h2>
          {object.attributes == null ? (
            <p>Hidden: the archive this object came from withholds its content from all but administrators.</p>
          ) : Object.keys(object.attributes).length === 0 ? (
            <p>No attributes.</p>
          ) : (
            <table class="table compact">
              <tbody>
                {Object.entries(object.attributes).map(([k, v]) => (
                  <tr key={k}><th scope="row">{k}</th><td><code>{typeof v === 'string' ? v : JSON.stringify(v)}</code></td></tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>Version path</h3>
          <ol class="version-path">
            {object.versionPath.map((v) => (
              <li key={v.uuid}>{v.uuid === object.uuid ? <strong>{v.version ?? v.name}</strong> : <a href={objectHref(v.uuid)}>{v.version ?? v.name}</a>}</li>
            ))}
          </ol>
        </div>
      );
    case 'User':
      return (
        <div class="card">
          <h2>User</h2>
          <dl class="facts">
            <dt>Email</dt><dd>{object.email ?? '—'}</dd>
            <dt>Roles</dt><dd>{object.roles.map(humanize).join(', ') || 'none'}</dd>
            <dt>Groups</dt><dd>{object.groups.length ? object.groups.map((g, i) => <span key={g.uuid}>{i > 0 && ', '}{link(g)}</span>) : 'none'}</dd>
          </dl>
        </div>
      );
    case 'ObjectType':
      return (
        <div class="card">
          <h2>Attribute definitions</h2>
          <table class="table compact">
            <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Required</th></tr></thead>
            <tbody>{object.attributeDefinitions.map((a) => <tr key={a.name}><td>{a.name}</td><td>{humanize(a.type)}</td><td>{a.required ? 'yes' : 'no'}</td></tr>)}</tbody>
          </table>
        </div>
      );
    case 'LifecycleModel':
      return (
        <div class="card">
          <h2>Lifecycle model ({humanize(object.status)})</h2>
          <ul class="plain-list">{object.states.map((s) => <li key={s.uuid}>{s.name}{s.initial && ' (initial)'}{s.end && ' (end)'}</li>)}</ul>
        </div>
      );
    case 'Package':
      return (
        <div class="card">
          <h2>Members</h2>
          <ul class="plain-list">{object.members.map((m) => <li key={m.uuid}>{link(m)} <span class="hint">{humanize(m.kind)}</span></li>)}</ul>
        </div>
      );
    case 'LifecycleStage':
      return <div class="card"><h2>Stage</h2><p>Registry address: <code>{object.address}</code></p></div>;
    case 'Policy':
      return <div class="card"><h2>Policy</h2><p>{object.enabled ? 'Enabled' : 'Disabled'}, priority {object.priority}, on {object.events.map(humanize).join(', ')}.</p></div>;
    case 'Group':
      return <div class="card"><h2>Group</h2><p>{object.system ? 'System group. ' : ''}Roles: {object.roles.map(humanize).join(', ') || 'none'}.</p></div>;
    default:
      return null;
  }
}
