// electron-builder afterPack hook: (1) put better-sqlite3's Electron build for the TARGET
// platform into resources/native (electron/native/binding.ts loads it from there), (2) flip the
// Electron fuses so the shipped binary cannot be turned into a plain Node runtime or debugger.
const path = require('node:path');
const fs = require('node:fs');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');
const { Arch } = require('builder-util');

const fuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  // file:// pages would otherwise get extra privileges (fetch of other files, and so on). The app
  // loads its UI from app:// and never uses file://, so nothing needs them.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

function layout(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas': {
      const app = path.join(appOutDir, `${productFilename}.app`);
      return { binary: app, resources: path.join(app, 'Contents', 'Resources') };
    }
    case 'win32':
      return { binary: path.join(appOutDir, `${packager.executableName ?? productFilename}.exe`), resources: path.join(appOutDir, 'resources') };
    default:
      return { binary: path.join(appOutDir, packager.executableName), resources: path.join(appOutDir, 'resources') };
  }
}

module.exports = async function afterPack(context) {
  const platform = context.electronPlatformName;
  const arch = Arch[context.arch];
  const { binary, resources } = layout(context);

  const { ensureElectronNative } = await import('./electron-native.mjs');
  const { file } = ensureElectronNative({ platform, arch, log: (line) => console.log(`  • ${line}`) });
  fs.mkdirSync(path.join(resources, 'native'), { recursive: true });
  fs.copyFileSync(file, path.join(resources, 'native', 'better_sqlite3.node'));

  await flipFuses(binary, { ...fuses, resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64' });
};

module.exports.fuses = fuses;
