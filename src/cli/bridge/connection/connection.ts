import { readFileSync } from 'node:fs';
import { CliError } from '../cliError.js';
import { readConfigFile } from './configFile.js';

/** The connection options every command takes (see connectionOptions in ../commandOptions.ts). */
export interface ConnectionFlags {
  registry?: string;
  profile?: string;
  tokenFile?: string;
}

export interface Connection {
  /** The GraphQL endpoint. */
  url: string;
  token: string;
  /** The profile used, if any. */
  profile: string | null;
}

/**
 * Where to connect and with which token. The registry: --registry URL, or a profile (--profile,
 * REGISTRY_BRIDGE_PROFILE, the file's defaultProfile). The token: --token-file, REGISTRY_TOKEN, the profile's
 * tokenFile; never a flag's value, which any user of the machine could read in the process list.
 */
export async function resolveConnection(flags: ConnectionFlags, env: NodeJS.ProcessEnv = process.env): Promise<Connection> {
  if (flags.registry && flags.profile) throw CliError.usage('Give --registry or --profile, not both.');
  const profileName = flags.registry ? null : (flags.profile ?? env.REGISTRY_BRIDGE_PROFILE ?? null);
  const config = flags.registry && !profileName ? null : await readConfigFile(env);
  const name = profileName ?? config?.defaultProfile ?? null;
  const profile = name ? config!.profiles.get(name) : undefined;
  if (name && !profile) throw CliError.unknownProfile(name, config!.path, [...config!.profiles.keys()]);
  const registry = flags.registry ?? profile?.registry;
  if (!registry) throw CliError.noRegistry();
  return { url: graphqlUrl(registry), token: readToken(flags, env, profile?.tokenFile ?? null), profile: name };
}

/** The endpoint URL: http(s) only; a bare origin gets /graphql, the path the registry serves it on. */
export function graphqlUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw CliError.usage(`"${value}" is not a URL.`, 'Give the registry\'s GraphQL endpoint, e.g. https://registry.example.com/graphql.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw CliError.usage(`"${value}" is not an http(s) URL.`, 'Give the registry\'s GraphQL endpoint, e.g. https://registry.example.com/graphql.');
  }
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/graphql';
  return url.toString();
}

function readToken(flags: ConnectionFlags, env: NodeJS.ProcessEnv, profileTokenFile: string | null): string {
  const file = flags.tokenFile ?? (env.REGISTRY_TOKEN ? null : profileTokenFile);
  const token = file ? readTokenFile(file) : (env.REGISTRY_TOKEN ?? '').trim();
  if (!token) throw CliError.noToken();
  return token;
}

function readTokenFile(file: string): string {
  let token: string;
  try {
    token = readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw CliError.unreadableFile('token file', file, error);
  }
  if (!token) throw CliError.usage(`The token file ${file} is empty.`, 'Write the bearer token into it (issueToken gives one).');
  return token;
}
