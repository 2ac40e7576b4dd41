import { Command } from 'commander';
import { commandAction, type CommandContext, type CommandResult } from '../../commandAction.js';
import { examples, withCommonOptions, type CommonFlags } from '../../commandOptions.js';
import { fileSize, readSecretFile } from '../../localFiles.js';
import { ImportKeystore } from '../../operations/keyOperations.js';

interface Flags extends CommonFlags {
  passwordFile: string;
  makeCurrent: boolean;
}

export function keystoreImportCommand(): Command {
  const command = new Command('import')
    .description("Adds the keys of a PKCS#12 file to the registry's key history; its first key becomes current unless --no-make-current (administrators).")
    .argument('<file>', 'a PKCS#12 file (from keystore export)')
    .requiredOption('--password-file <file>', 'the password the key store is protected with')
    .option('--no-make-current', 'add the keys to the history only');
  withCommonOptions(command);
  return command
    .addHelpText('after', examples('registry-bridge keystore import registry-keys.p12 --password-file keystore.pass --profile prod'))
    .action(commandAction('keystore import', runKeystoreImport));
}

async function runKeystoreImport(ctx: CommandContext, file: string, flags: Flags): Promise<CommandResult> {
  await fileSize(file, 'key store');
  const password = await readSecretFile(flags.passwordFile, 'password file');
  const result = (await (await ctx.client()).upload(ImportKeystore, { password, makeCurrent: flags.makeCurrent }, file)).importKeystore;
  return {
    document: { keyCount: result.keyCount, added: result.added, current: result.current },
    render: (c) => c.print(`Imported ${result.keyCount} key(s), ${result.added} new; current certificate: ${result.current.subject} (${result.current.fingerprintSha256}).`),
  };
}
