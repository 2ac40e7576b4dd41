import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { signOut } from '../client/session';
import { useViewer } from './viewer';

const NAV = [
  { href: '/', label: 'Overview', match: (p: string) => p === '/' },
  { href: '/import', label: 'Import', match: (p: string) => p === '/import' || p.startsWith('/import/') },
  { href: '/imports', label: 'History', match: (p: string) => p.startsWith('/imports') },
  { href: '/explorer', label: 'Explorer', match: (p: string) => p.startsWith('/explorer') || p.startsWith('/objects') },
  { href: '/remotes', label: 'Remotes', match: (p: string) => p.startsWith('/remotes') },
  { href: '/promotions', label: 'Promotions', match: (p: string) => p.startsWith('/promotions') },
];

/** The frame of every page: the registry's name, the navigation, who is signed in. */
export function Layout({ children }: { children: ComponentChildren }) {
  const viewer = useViewer();
  const { path } = useLocation();
  return (
    <div class="shell">
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="topbar">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">RB</span>
          <span>
            <strong>Registry Bridge</strong>
            <span class="brand-registry" title={viewer?.registry.uuid}>{viewer?.registry.name ?? '…'}</span>
          </span>
        </div>
        <nav aria-label="Main">
          <ul class="nav">
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={item.match(path) ? 'page' : undefined}>{item.label}</a>
              </li>
            ))}
            <li>
              <a href="/graphiql">GraphQL IDE</a>
            </li>
          </ul>
        </nav>
        <div class="whoami">
          <span title={viewer?.me.uuid}>{viewer?.me.name ?? '…'}</span>
          <button type="button" class="link-button" onClick={() => signOut()}>Sign out</button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </div>
  );
}
