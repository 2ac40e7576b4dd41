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

export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside a signed-in console');
  return viewer;
}

export function isAdministrator(viewer: Viewer): boolean {
  return viewer.me.roles.includes('REGISTRY_ADMINISTRATOR');
}
