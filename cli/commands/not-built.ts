// Commands of the contract whose features land in later issues: listed in --help, honest when run.
import { Command } from 'commander';
import { withDatabaseOption } from '../database-option.ts';
import { NotBuiltError } from '../errors.ts';

export function notBuiltCommand(name: string, description: string, configure: (c: Command) => Command = (c) => c): Command {
  const command = withDatabaseOption(configure(new Command(name).description(`${description}（尚未实现）`)));
  command.allowUnknownOption().allowExcessArguments();
  return command.action(() => {
    throw new NotBuiltError(command.parent && command.parent.name() !== 'gongkai' ? `${command.parent.name()} ${name}` : name);
  });
}
