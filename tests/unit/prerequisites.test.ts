// What npm test does on machines of every kind: ready, installs as root with
// apt-get, or stops at once naming each missing package and the command.
import { describe, expect, it } from 'vitest';
import { fontNeeds, plan, type Probe } from '../../scripts/lib/prerequisites.ts';
import { locales } from '../../src/i18n/locales.ts';

function machine(over: Partial<Probe> & { files?: string[]; fonts?: string[]; java?: boolean } = {}): Probe {
  const files = over.files ?? ['/usr/bin/chromium'];
  const fonts = over.fonts ?? fontNeeds.map((f) => f.fcLang);
  return {
    env: {},
    exists: (p) => files.includes(p),
    runs: (command) => command === 'java' && (over.java ?? true),
    fontsFor: (lang) => (fonts.includes(lang) ? ['Noto Sans'] : []),
    isRoot: false,
    hasAptGet: true,
    ...over,
  };
}

describe('test prerequisites', () => {
  it('are ready on a machine that has everything', () => {
    expect(plan(machine()).kind).toBe('ready');
  });

  it('are installed with apt-get as root, each package once, saying why in one line', () => {
    const p = plan(machine({ isRoot: true, files: [], fonts: [], java: false }));
    expect(p.kind).toBe('install');
    if (p.kind !== 'install') return;
    expect(p.packages).toEqual(['chromium', 'default-jre-headless', 'fonts-noto-cjk', 'fonts-noto-core']);
    expect(p.message.split('\n')).toHaveLength(1);
    expect(p.message).toContain('fonts-noto-cjk (fonts for Chinese (Simplified), Chinese (Traditional), Japanese, Korean: ');
    expect(p.message.match(/fonts-noto-cjk/g)).toHaveLength(1);
  });

  it('stop at once without root, naming each missing package and the command that installs it', () => {
    const p = plan(machine({ files: [], fonts: ['zh-cn', 'zh-tw', 'ja', 'ko'] }));
    expect(p.kind).toBe('stop');
    expect(p.message).toContain('Missing: chromium (Chromium: ');
    expect(p.message).toContain('fonts-noto-core (fonts for Hindi (Devanagari)');
    expect(p.message).toContain('Install them with: sudo apt-get install chromium fonts-noto-core');
    expect(p.message).not.toContain('fonts-noto-cjk');
  });

  it('stop without apt-get, naming the Debian packages', () => {
    const p = plan(machine({ isRoot: true, hasAptGet: false, java: false }));
    expect(p.kind).toBe('stop');
    expect(p.message).toContain('install the Debian packages default-jre-headless');
  });

  it('use CHROMIUM_PATH when set, and stop on one that points nowhere rather than install another browser', () => {
    expect(plan(machine({ env: { CHROMIUM_PATH: '/opt/chrome' }, files: ['/opt/chrome'] })).kind).toBe('ready');
    const p = plan(machine({ env: { CHROMIUM_PATH: '/opt/typo' }, isRoot: true }));
    expect(p).toMatchObject({ kind: 'stop', message: expect.stringContaining('CHROMIUM_PATH=/opt/typo does not exist') });
  });

  it('cover the scripts of every registered language that default fonts lack', () => {
    const needsOwnFont = /^(zh|ja|ko|hi)/;
    const fcLangs = fontNeeds.map((f) => f.fcLang);
    for (const l of locales.filter((l) => needsOwnFont.test(l.code))) {
      const fc = l.code === 'zh-hans' ? 'zh-cn' : l.code === 'zh-hant' ? 'zh-tw' : l.code;
      expect(fcLangs, l.code).toContain(fc);
    }
  });
});
