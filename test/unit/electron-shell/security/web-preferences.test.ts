import { describe, expect, it } from 'vitest';
import { secureWebPreferences, VERSION_ARGUMENT } from '../../../../electron/shell/security/web-preferences.js';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/opt/watchfloor/dist/electron/preload.cjs', '1.2.3');

  it('isolates and sandboxes the page', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });

  it('enables nothing that weakens the sandbox', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('nodeIntegration', true);
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'additionalArguments',
        'allowRunningInsecureContent',
        'autoplayPolicy',
        'backgroundThrottling',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('keeps a hidden console sounding alarms', () => {
    expect(prefs.autoplayPolicy).toBe('no-user-gesture-required');
    expect(prefs.backgroundThrottling).toBe(false);
  });

  it('passes the version to the sandboxed preload through argv', () => {
    expect(prefs.preload).toBe('/opt/watchfloor/dist/electron/preload.cjs');
    expect(prefs.additionalArguments).toEqual([`${VERSION_ARGUMENT}1.2.3`]);
  });

  it('refuses a relative preload path', () => {
    expect(() => secureWebPreferences('preload.cjs', '1')).toThrow(/absolute/);
  });
});
