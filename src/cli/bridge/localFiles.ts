import { readFile, stat, writeFile } from 'node:fs/promises';
import { CliError } from './cliError.js';

/**
 * A secret from a file (a password, a token): its content without the one line break an editor or `echo`
 * leaves at the end. Secrets come from files, never flags, which any user of the machine could read in `ps`.
 */
export async function readSecretFile(file: string, what: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw CliError.unreadableFile(what, file, error);
  }
  const secret = text.replace(/\r?\n$/, '');
  if (!secret) throw CliError.usage(`The ${what} ${file} is empty.`, `Write the ${what.replace(/ file$/, '')} into it.`);
  return secret;
}

/** A text file's content (a certificate in PEM, ...). */
export async function readTextFile(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw CliError.unreadableFile(what, file, error);
  }
}

/** The size of a file to upload, which also proves it is there and readable. */
export async function fileSize(file: string, what: string): Promise<number> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
    return info.size;
  } catch (error) {
    throw CliError.unreadableFile(what, file, error);
  }
}

/** Writes a file; `private` ones (key stores) only their owner may read. */
export async function writeLocalFile(file: string, content: string | Uint8Array, what: string, options: { private?: boolean } = {}): Promise<void> {
  try {
    await writeFile(file, content, options.private ? { mode: 0o600 } : {});
  } catch (error) {
    throw CliError.unwritableFile(what, file, error);
  }
}
