import { Command, CommanderError } from 'commander';
import { errorMessage } from '../foundation/errors.ts';
import { registerCommands } from './commands/index.ts';
import { CliContext } from './context.ts';

export function buildProgram(ctx: () => CliContext): Command {
  const program = new Command('yiheng')
    .description('医衡 Yiheng — evaluate, guard and govern medical large language models')
    .version('0.1.0')
    .option('-c, --config <file>', 'path to yiheng.yaml (default: ./yiheng.yaml or $YIHENG_CONFIG)')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      '\nExamples:\n  $ yiheng models list\n  $ yiheng quickstart\n\nEnvironment: YIHENG_HOME, YIHENG_DATABASE_URL, YIHENG_REDIS_URL, YIHENG_CONFIG',
    );
  registerCommands(program, ctx);
  return program;
}

/** Runs the CLI. Every failure is one line on stderr and a non-zero exit code, never a stack trace. */
export async function main(argv: string[]): Promise<void> {
  let context: CliContext | undefined;
  const program = buildProgram(() => {
    context ??= new CliContext(program.opts<{ config?: string }>().config);
    return context;
  });
  program.exitOverride();
  program.configureOutput({ outputError: (text, write) => write(oneLineError(text)) });
  for (const command of allCommands(program)) {
    command.exitOverride();
    command.configureOutput({ outputError: (text, write) => write(oneLineError(text)) });
  }

  let code = 0;
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit through here too, with code 0.
      code = error.exitCode;
    } else {
      process.stderr.write(`yiheng: error: ${errorMessage(error)}\n`);
      code = 1;
    }
  } finally {
    await context?.close().catch(() => {});
  }
  process.exitCode = code;
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((c) => [c, ...allCommands(c)]);
}

function oneLineError(text: string): string {
  return `${text
    .trim()
    .replace(/^error:/, 'yiheng: error:')
    .replace(/\s*\n\s*/g, ' ')}\n`;
}
