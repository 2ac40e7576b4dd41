import { Command, Option } from 'commander';
import type { ExportArchiveInput } from '../../generated/graphql.js';
import { CliError } from '../cliError.js';
import { commandAction, type CommandContext, type CommandResult } from '../commandAction.js';
import { collectList, examples, withCommonOptions, type CommonFlags } from '../commandOptions.js';
import { downloadArchive } from '../connection/download.js';
import { readSecretFile, readTextFile } from '../localFiles.js';
import { ExportArchive } from '../operations/exportOperations.js';

interface Flags extends CommonFlags {
  objects?: string[];
  package?: string;
  organization?: string;
  references: boolean;
  versionHistory?: boolean;
  sign: boolean;
  passwordFile?: string;
  recipientCert?: string;
  viewContent: boolean;
  repackageable: boolean;
  editable: boolean;
  out?: string;
}

export function exportCommand(): Command {
  const command = new Command('export')
    .summary('export objects, a package or an organization into an archive file')
    .description(
      'Has the registry write a signed archive of the objects, the package (with its members) or the organization ' +
        '(whole), with everything they reference unless --no-references, then downloads it and checks its SHA-256.',
    )
    .option('--objects <uuids>', 'these objects (repeat or comma-separate)', collectList)
    .option('--package <uuid>', 'a package and its members')
    .option('--organization <uuid>', 'an organization and every object in it')
    .option('--no-references', 'leave out what the selection references (the archive may then not import into an empty registry)')
    .option('--version-history', 'add every previous version of the exported objects')
    .option('--no-sign', 'do not sign with the server certificate')
    .addOption(new Option('--password-file <file>', 'encrypt with the password in this file').conflicts('recipientCert'))
    .option('--recipient-cert <file>', "encrypt for this registry certificate (PEM; the target's `serverCertificate`)")
    .option('--no-view-content', 'imported objects hide their attributes from all but administrators')
    .option('--no-repackageable', 'imported objects cannot be exported again')
    .option('--no-editable', 'imported objects cannot be edited')
    .option('-o, --out <file>', 'where to save the archive (default: registry-export-<id>.zip)');
  withCommonOptions(command);
  return command
    .addHelpText('after', examples(
      'registry-bridge export --package 059c1bf8-1f20-4456-b6ab-744ec1489e1a --profile dev -o package.zip',
      'registry-bridge export --objects 9a7e5b10-2c4d-4e6f-8a9b-0c1d2e3f4a5b,4b2d6c8e-1f3a-4b5c-9d7e-2a4c6e8f0b1d --registry http://localhost:4000/graphql --password-file archive.pass -o objects.zip --json',
    ))
    .action(commandAction('export', runExport));
}

async function runExport(ctx: CommandContext, flags: Flags): Promise<CommandResult> {
  const input = await exportInput(flags);
  const client = await ctx.client();
  const exporting = ctx.progress.waiting('Exporting');
  let exported;
  try {
    exported = (await client.request(ExportArchive, { input })).exportArchive;
  } finally {
    exporting.stop();
  }
  const file = flags.out ?? `registry-export-${exported.id}.zip`;
  const bar = ctx.progress.bytes('Downloading', exported.size);
  try {
    await downloadArchive(client, exported.downloadUrl, file, exported, bar);
  } finally {
    bar.stop();
  }
  const archive = { ...exported, file };
  return {
    document: { archive },
    render: (c) => c.print(`Exported ${exported.objectCount} objects to ${file} (${exported.size} bytes, SHA-256 ${exported.sha256}${exported.signed ? ', signed' : ''}${exported.encryption !== 'NONE' ? `, encrypted: ${exported.encryption.toLowerCase()}` : ''}).`),
  };
}

async function exportInput(flags: Flags): Promise<ExportArchiveInput> {
  const selections = [flags.objects?.length ? 1 : 0, flags.package ? 1 : 0, flags.organization ? 1 : 0].reduce((a, b) => a + b);
  if (selections !== 1) throw CliError.usage('Give exactly one of --objects, --package, --organization.');
  return {
    ...(flags.objects?.length ? { objects: flags.objects } : {}),
    ...(flags.package ? { package: flags.package } : {}),
    ...(flags.organization ? { organization: flags.organization } : {}),
    includeReferences: flags.references,
    includeVersionHistory: flags.versionHistory === true,
    sign: flags.sign,
    protection: { viewContent: flags.viewContent, rePackageable: flags.repackageable, editable: flags.editable },
    ...(await encryption(flags)),
  };
}

async function encryption(flags: Flags): Promise<Pick<ExportArchiveInput, 'encryption'>> {
  if (flags.passwordFile) return { encryption: { mode: 'PASSWORD', password: await readSecretFile(flags.passwordFile, 'password file') } };
  if (flags.recipientCert) return { encryption: { mode: 'CERTIFICATE', recipientCertificatePem: await readTextFile(flags.recipientCert, 'certificate file') } };
  return {};
}
