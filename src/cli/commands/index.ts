import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { registerAuditCommands } from './audit.ts';
import { registerDevCommands } from './dev.ts';
import { registerEvalCommands } from './eval.ts';
import { registerGovernanceCommands } from './governance.ts';
import { registerGuardCommands } from './guard.ts';
import { registerKbCommands } from './kb.ts';
import { registerKeysCommands } from './keys.ts';
import { registerModelsCommands } from './models.ts';
import { registerQuickstartCommand } from './quickstart.ts';
import { registerReviewCommands } from './review.ts';
import { registerServeCommand } from './serve.ts';

/** Every command group; each lives in its own file. */
export function registerCommands(program: Command, ctx: () => CliContext): void {
  registerQuickstartCommand(program, ctx);
  registerModelsCommands(program, ctx);
  registerEvalCommands(program, ctx);
  registerKbCommands(program, ctx);
  registerServeCommand(program, ctx);
  registerKeysCommands(program, ctx);
  registerAuditCommands(program, ctx);
  registerReviewCommands(program, ctx);
  registerGovernanceCommands(program, ctx);
  registerDevCommands(program);
  registerGuardCommands(program);
}
