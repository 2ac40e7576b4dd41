import { Command } from 'commander';
import { commandAction, type CommandContext, type CommandResult } from '../commandAction.js';
import { examples, withCommonOptions, type CommonFlags } from '../commandOptions.js';
import { renderStagedImport } from '../imports/importViews.js';
import { stageFile } from '../imports/stageFile.js';

interface Flags extends CommonFlags {
  passwordFile?: string;
}

export function stageCommand(): Command {
  const command = new Command('stage')
    .summary('upload an archive and hold it in the registry for planning')
    .description(
      'Uploads FILE; the registry verifies its digests and signature, decrypts it, validates every record and holds ' +
        'it as a staged import (until STAGED_IMPORT_TTL_SECONDS, a day by default). Plan it with plan --staged-import.',
    )
    .argument('<file>', 'the archive')
    .option('--password-file <file>', 'the password of a password-encrypted archive');
  withCommonOptions(command);
  return command
    .addHelpText('after', examples(
      'registry-bridge stage package.zip --profile prod',
      'registry-bridge stage secret.zip --registry http://localhost:4000/graphql --password-file archive.pass --json',
    ))
    .action(commandAction('stage', runStage));
}

async function runStage(ctx: CommandContext, file: string, flags: Flags): Promise<CommandResult> {
  const staged = await stageFile(ctx, await ctx.client(), file, flags.passwordFile);
  return {
    document: { stagedImport: staged },
    render: (c) => {
      renderStagedImport(c, staged);
      c.note(`Plan it with \`registry-bridge plan --staged-import ${staged.id}\`.`);
    },
  };
}
