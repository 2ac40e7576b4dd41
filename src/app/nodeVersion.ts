/**
 * The Node.js versions this service runs on, as package.json's `engines` states them: 20.19 and later 20.x
 * (what vite and entities need; the suite runs on 20.20), and 22.12 or later. ruru and @whatwg-node declare
 * Node 22, and run on 20.19+ as the suite shows (the IDE and graphql-armor are exercised on every run).
 */
export const SUPPORTED_NODE = '^20.19.0 || >=22.12.0';

/** True when `version` (e.g. "20.20.2") is within SUPPORTED_NODE. */
export function isSupportedNode(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22;
}
