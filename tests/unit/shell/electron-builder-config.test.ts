import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { FuseV1Options } from '@electron/fuses';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;

function section(name: string): Record<string, unknown> {
  const value = config[name];
  if (typeof value !== 'object' || value === null) throw new Error(`electron-builder.yml has no ${name} section`);
  return value as Record<string, unknown>;
}

function targets(platform: string): string[] {
  return (section(platform).target as { target: string }[]).map((entry) => entry.target);
}

describe('electron-builder.yml', () => {
  it('is valid against the schema app-builder-lib ships', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check itself rejects a wrong setting (it is not vacuous)', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate({ ...config, nsis: { ...section('nsis'), perMachine: 'no' } })).toBe(false);
    expect(validate({ ...config, asarUnpacked: true })).toBe(false);
  });

  it('installs per user on Windows, without asking for admin rights', () => {
    expect(targets('win')).toEqual(['nsis']);
    const nsis = section('nsis');
    expect(nsis.perMachine).toBe(false);
    expect(nsis.allowElevation).toBe(false);
    expect(nsis.oneClick).toBe(true);
  });

  it('builds AppImage and deb for Linux with a maintainer, in the Office category', () => {
    expect(targets('linux').sort()).toEqual(['AppImage', 'deb']);
    expect(section('linux').category).toBe('Office');
    expect(section('linux').maintainer).toMatch(/<.+@.+>/u);
  });

  it('packs into asar but keeps native modules outside it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('ships the bundled app and never rebuilds node_modules in place (that would break the Node build)', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'package.json']));
    expect(config.npmRebuild).toBe(false);
    expect(config.afterPack).toBe('build/after-pack.cjs');
  });

  it('names artifacts without spaces', () => {
    const names = [config.artifactName, section('nsis').artifactName, section('appImage').artifactName];
    for (const name of names) {
      expect(typeof name).toBe('string');
      expect(name).not.toMatch(/\s/u);
    }
    expect(config.productName).toMatch(/^\S+$/u);
    expect(config.appId).toBe('fi.kokkola.pykala');
  });

  it('flips the fuses after packing', () => {
    const { fuses } = createRequire(import.meta.url)(path.join(root, 'build/after-pack.cjs')) as { fuses: Record<number, boolean> };
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
    // The UI comes from app://; file:// pages get no extra privileges.
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });
});
