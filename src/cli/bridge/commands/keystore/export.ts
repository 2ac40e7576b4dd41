import { Command } from 'commander';
import { commandAction, type CommandContext, type CommandResult } from '../../commandAction.js';
import { examples, withCommonOptions, type CommonFlags } from '../../commandOptions.js';
import { readSecretFile, writeLocalFile } from '../../localFiles.js';
import { ExportKeystore } from '../../operations/keyOperations.js';

interface Flags extends CommonFlags {
  passwordFile: string;
  out?: string;
}

export function keystoreExportCommand(): Command {
  const command = new Command('export')
    .description("Saves every server key and certificate, the current one first, as a PKCS#12 file protected by the password (administrators).")
    .requiredOption('--password-file <file>', 'the password to protect the key store with')
    .option('-o, --out <file>', 'where to save it (default: the name the registry gives it); written readable by you only');
  withCommonOptions(command);
  return command
    .addHelpText('after', examples(
      'registry-bridge keystore export --password-file keystore.pass -o registry-keys.p12 --profile prod',
      'openssl pkcs12 -info -in registry-keys.p12 -noout   # reads it',
    ))
    .action(commandAction('keystore export', runKeystoreExport));
}

async function runKeystoreExport(ctx: CommandContext, flags: Flags): Promise<CommandResult> {
  const password = await readSecretFile(flags.passwordFile, 'password file');
  const keystore = (await (await ctx.client()).request(ExportKeystore, { password })).exportKeystore;
  const file = flags.out ?? keystore.fileName;
  await writeLocalFile(file, Buffer.from(keystore.contentBase64, 'base64'), 'key store', { private: true });
  return {
    document: { file, keyCount: keystore.keyCount, mediaType: keystore.mediaType },
    render: (c) => c.print(`Saved ${keystore.keyCount} key(s) to ${file}.`),
  };
}
