#!/usr/bin/env node
// The package's `pykala` command. The CLI is TypeScript sharing the app's services, so tsx
// compiles it on the fly; exit codes: 0 ok, 1 bad input, 2 database problem.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./main.ts');
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
