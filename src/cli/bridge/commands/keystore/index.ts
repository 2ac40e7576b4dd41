import { Command } from 'commander';
import { keystoreExportCommand } from './export.js';
import { keystoreImportCommand } from './import.js';

/** `registry-bridge keystore export|import`: the server's keys and certificates as a PKCS#12 file. */
export function keystoreCommand(): Command {
  return new Command('keystore')
    .summary("save or restore the registry's keys and certificates (administrators)")
    .description("The server's private keys and certificates sign exports and decrypt archives sent to it; keep a copy.")
    .addCommand(keystoreExportCommand())
    .addCommand(keystoreImportCommand());
}
