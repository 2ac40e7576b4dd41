import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import envPaths from 'env-paths';
import { CliError } from '../cliError.js';

/**
 * The configuration file: named profiles, each a registry URL and where its token is kept. Tokens themselves
 * never go in it (a file of URLs is shared and committed more readily than a secret is), only `tokenFile`.
 *
 *   { "defaultProfile": "dev",
 *     "profiles": { "dev":  { "registry": "https://dev.example.com/graphql", "tokenFile": "dev.token" },
 *                   "prod": { "registry": "https://prod.example.com/graphql", "tokenFile": "/run/secrets/prod" } } }
 *
 * Its schema is schemas/config.schema.json.
 */
interface ConfigJson {
  defaultProfile?: string;
  profiles?: Record<string, { registry: string; tokenFile?: string }>;
}

export interface Profile {
  name: string;
  registry: string;
  /** Absolute. */
  tokenFile: string | null;
}

export interface ConfigFile {
  path: string;
  /** False when the default file does not exist (that is fine: --registry needs none). */
  exists: boolean;
  defaultProfile: string | null;
  profiles: Map<string, Profile>;
}

/** REGISTRY_BRIDGE_CONFIG, or config.json in the user's configuration folder (XDG_CONFIG_HOME on Linux). */
export function configPath(env: NodeJS.ProcessEnv = process.env): { path: string; explicit: boolean } {
  if (env.REGISTRY_BRIDGE_CONFIG) return { path: path.resolve(env.REGISTRY_BRIDGE_CONFIG), explicit: true };
  return { path: path.join(envPaths('registry-bridge', { suffix: '' }).config, 'config.json'), explicit: false };
}

/** Reads and validates the configuration file; a missing default file is an empty configuration. */
export async function readConfigFile(env: NodeJS.ProcessEnv = process.env): Promise<ConfigFile> {
  const where = configPath(env);
  let text: string;
  try {
    text = await readFile(where.path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !where.explicit) {
      return { path: where.path, exists: false, defaultProfile: null, profiles: new Map() };
    }
    throw CliError.unreadableFile('configuration file', where.path, error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw CliError.config(where.path, `not JSON (${(error as Error).message})`);
  }
  const { validateConfig, describeProblems } = await import('../schemas/schemaValidators.js');
  if (!validateConfig(json)) {
    const token = validateConfig.errors?.some((e) => (e.params as { additionalProperty?: string }).additionalProperty === 'token');
    throw CliError.config(where.path, `${describeProblems(validateConfig.errors)}${token ? ': a token goes in a tokenFile, never in this file' : ''}`);
  }
  const config = json as ConfigJson;
  const dir = path.dirname(where.path);
  const profiles = new Map<string, Profile>(
    Object.entries(config.profiles ?? {}).map(([name, p]) => [name, { name, registry: p.registry, tokenFile: p.tokenFile ? resolveFile(dir, p.tokenFile) : null }]),
  );
  const defaultProfile = config.defaultProfile ?? null;
  if (defaultProfile && !profiles.has(defaultProfile)) {
    throw CliError.config(where.path, `defaultProfile "${defaultProfile}" is not one of the profiles`);
  }
  return { path: where.path, exists: true, defaultProfile, profiles };
}

function resolveFile(dir: string, file: string): string {
  if (file === '~' || file.startsWith('~/')) return path.join(homedir(), file.slice(1));
  return path.resolve(dir, file);
}
