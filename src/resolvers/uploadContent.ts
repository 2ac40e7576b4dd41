import type { FileUpload } from 'graphql-upload/Upload.mjs';
import { RegistryError } from '../errors/registryError.js';

/**
 * The whole content of a small upload (a key store, a certificate), read before the resolver goes on. Stream
 * errors (a client that went away, graphql-upload's maxFileSize) become BAD_USER_INPUT instead of an unhandled
 * 'error' event.
 */
export async function readSmallUpload(upload: Promise<FileUpload>, maxBytes: number, what: string): Promise<Buffer> {
  const file = await upload;
  const stream = file.createReadStream();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw RegistryError.badInput(`The ${what} is larger than ${maxBytes} bytes.`);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    stream.destroy();
    if (error instanceof RegistryError) throw error;
    throw RegistryError.badInput(`The ${what} upload could not be read: ${(error as Error).message}`);
  }
  return Buffer.concat(chunks);
}
