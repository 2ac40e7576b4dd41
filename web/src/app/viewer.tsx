import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { graphql } from '../gql';
import type { ConsoleViewerQuery } from '../gql/graphql';

/** Who is signed in and where: loaded once when the console starts, shared by every page. */
export const ViewerQuery = graphql(`
  query ConsoleViewer {
    me { uuid name roles }
    registry { uuid name address }
  }
`);

export type Viewer = ConsoleViewerQuery;

/**
 * Null while it loads: pages do not wait for it (their own queries go out at the same time), and show what
 * depends on it once it is there.
 */
export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer | null {
  return useContext(ViewerContext);
}

export function isAdministrator(viewer: Viewer | null): boolean {
  return viewer?.me.roles.includes('REGISTRY_ADMINISTRATOR') ?? false;
}
