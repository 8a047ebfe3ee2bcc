#!/usr/bin/env node
// The `yiheng` command. The package runs its TypeScript sources directly through tsx,
// so a clone works without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
