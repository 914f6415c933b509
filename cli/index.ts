// The gongkai command: composes one Command per file and maps errors to the contract's exit codes.
import { Command, CommanderError } from 'commander';
import { calendarCommand } from './commands/calendar.ts';
import { agencyCommand } from './commands/agency.ts';
import { serveCommand } from './commands/serve.ts';
import { usersCommand } from './commands/users.ts';
import { checkCommand } from './commands/check.ts';
import { importCommand } from './commands/import.ts';
import { rulesCommand } from './commands/rules.ts';
import { reportCommand } from './commands/report.ts';
import { exportCommand } from './commands/export.ts';
import { notBuiltCommand } from './commands/not-built.ts';
import { databaseOption } from './database-option.ts';
import { output } from './output.ts';
import { CommandExit, EXIT, InputError } from './errors.ts';
import { CalendarRangeError } from '../db/calendar/errors.ts';
import { CalendarFileError } from '../db/calendar/import-file.ts';

export function buildProgram(): Command {
  const program = new Command('gongkai')
    .description('公开 Gongkai：政务公开台账合规检查（政府信息公开条例及各地规定）')
    .addOption(databaseOption())
    .showHelpAfterError('（用 --help 查看用法）')
    .exitOverride()
    .configureOutput({ writeOut: (s) => output().out(s), writeErr: (s) => output().err(s) });

  program.addCommand(agencyCommand());
  program.addCommand(importCommand());
  program.addCommand(checkCommand());
  program.addCommand(calendarCommand());
  program.addCommand(rulesCommand());
  program.addCommand(reportCommand());
  program.addCommand(exportCommand());
  program.addCommand(usersCommand());
  program.addCommand(serveCommand());

  // Every subcommand reports through the same output and throws instead of exiting.
  const configure = (command: Command) => {
    command.exitOverride().configureOutput({ writeOut: (s) => output().out(s), writeErr: (s) => output().err(s) });
    command.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  return program;
}

/** Runs the command line and returns its exit code (the entry alone sets process.exitCode). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.OK;
  } catch (error) {
    if (error instanceof CommandExit) return error.exitCode;
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; usage errors are bad input.
      return error.exitCode === 0 ? EXIT.OK : EXIT.BAD_INPUT;
    }
    if (error instanceof InputError || error instanceof CalendarRangeError || error instanceof CalendarFileError) {
      output().err(`错误：${error.message}`);
      return EXIT.BAD_INPUT;
    }
    if (error instanceof Error && 'exitCode' in error && typeof error.exitCode === 'number') {
      output().err(`错误：${error.message}`);
      return error.exitCode;
    }
    output().err(`内部错误 / internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 3;
  }
}
