#!/usr/bin/env node
// The package's `pykala` command. The CLI is TypeScript sharing the app's services, so tsx
// compiles it on the fly. Exit codes (electron/cli/cli-io.ts, listed in `pykala --help`):
// 0 done, 1 bad command line or input, 2 database unusable, 3 output file not written, 4 unexpected.
// Log lines stay off unless PYKALA_LOG_LEVEL asks for them: a failure is one Finnish line.
process.env.PYKALA_LOG_LEVEL ??= 'silent';
try {
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import('./main.ts');
  process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
} catch (error) {
  // Only if the CLI itself cannot load (a broken install): still one line, no stack trace.
  process.stderr.write(`Virhe: Pykälän komentoriviä ei voitu käynnistää (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).\n`);
  process.exitCode = 4;
}
