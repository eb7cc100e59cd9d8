// A backup is verified on its own connection, which in the Electron shell needs the
// better_sqlite3.node built for Electron's ABI. createBackup(sqlite, …) is called by services that
// only hold the connection, so the app context remembers each connection's binding here.
import type BetterSqlite3 from 'better-sqlite3';

const bindings = new WeakMap<BetterSqlite3.Database, string>();

export function rememberNativeBinding(sqlite: BetterSqlite3.Database, nativeBinding: string | undefined): void {
  if (nativeBinding !== undefined) bindings.set(sqlite, nativeBinding);
}

export function driverOptionsFor(sqlite: BetterSqlite3.Database): BetterSqlite3.Options {
  const nativeBinding = bindings.get(sqlite);
  return nativeBinding === undefined ? {} : { nativeBinding };
}
