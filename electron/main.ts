/**
 * The desktop shell: it only starts the core in a utility process and shows what the core serves.
 * Everything with a rule in it lives in shell/ as a small tested function; this file wires them.
 */
import { app, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SERVE_OPTIONS } from './shell/core-flags.js';
import { forkCore } from './shell/core/fork-core.js';
import type { CoreStatus } from './shell/core/status.js';
import { superviseCore } from './shell/core/supervisor.js';
import { installAppMenu } from './shell/desktop/app-menu.js';
import { appArguments, parseLaunchArgs } from './shell/desktop/launch-options.js';
import { createAlarmNotifier } from './shell/desktop/notifier.js';
import { chooseSqliteBinding, resourcePaths, SQLITE_BINDING_ENV } from './shell/desktop/resource-paths.js';
import { startAtLogin } from './shell/desktop/start-at-login.js';
import { createDesktopTray } from './shell/desktop/tray.js';
import { registerDesktopIpc } from './shell/ipc/register.js';
import { isTrustedSender } from './shell/ipc/trusted-sender.js';
import { openFileLog } from './shell/log/file-log.js';
import { hardenSession, hardenWebContents, type HardenContext } from './shell/security/harden.js';
import { consoleOriginOf } from './shell/security/origin.js';
import { createWindowManager } from './shell/windows/window-manager.js';

const here = import.meta.dirname;

function run(): void {
  app.setAppLogsPath();
  const logDir = app.getPath('logs');
  const fileLog = openFileLog(logDir, app.isPackaged ? undefined : (line) => process.stderr.write(line));
  const log = fileLog.scope('shell');
  const launch = parseLaunchArgs(appArguments(process.argv, app.isPackaged), SERVE_OPTIONS, process.env);
  if (launch.ignored.length > 0) log.warn(`ignored arguments: ${launch.ignored.join(' ')}`);
  log.info(`Watchfloor ${app.getVersion()} starting (kiosk: ${launch.kiosk}, second window: ${launch.secondWindow})`);

  let consoleOrigin: string | null = null;
  const harden: HardenContext = {
    consoleOrigin: () => consoleOrigin,
    openExternal: (url) => shell.openExternal(url),
    warn: (message) => log.warn(message),
  };
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, harden));

  const paths = resourcePaths({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
  });
  const sqlite = chooseSqliteBinding(process.env, paths.sqliteBinding, existsSync);
  if (sqlite.note) log.warn(sqlite.note);

  const windows = createWindowManager({
    preloadPath: join(here, 'preload.cjs'),
    version: app.getVersion(),
    iconPath: paths.windowIcon,
    logDir,
    statePath: join(app.getPath('userData'), 'window-state.json'),
    kiosk: launch.kiosk,
    secondWindow: launch.secondWindow,
    warn: (message) => log.warn(message),
    onMainClosed: () => app.quit(),
  });

  app.on('second-instance', () => windows.focusMain());

  const openLogs = () => void shell.openPath(logDir);
  const loginArgs = [...(launch.kiosk ? ['--kiosk'] : []), ...(launch.secondWindow ? ['--second-window'] : [])];
  let tray: ReturnType<typeof createDesktopTray> | null = null;

  const onStatus = (status: CoreStatus) => {
    consoleOrigin = status.state === 'running' ? consoleOriginOf(status.httpUrl) : null;
    windows.showStatus(status);
    tray?.setCoreStatus(status);
  };
  const core = superviseCore({
    fork: () =>
      forkCore({
        hostPath: join(here, 'shell', 'core', 'host.js'),
        env: { ...process.env, [SQLITE_BINDING_ENV]: sqlite.env },
        cwd: process.cwd(),
        // The core's own lines carry their level; stderr is simply where it logs.
        onOutput: (_stream, line) => fileLog.write('info', 'core', line),
      }),
    argv: launch.coreArgv,
    now: () => performance.now(),
    setTimer: (callback, ms) => {
      const timer = setTimeout(callback, ms);
      return () => clearTimeout(timer);
    },
    onStatus,
    log: fileLog.scope('supervisor'),
  });
  const restartCore = () => {
    if (core.status().state === 'stopped') core.restartNow();
  };

  const notifier = createAlarmNotifier(() => windows.focusMain());
  registerDesktopIpc({
    isTrusted: (sender) => isTrustedSender(sender, windows.ownWebContentsIds(), consoleOrigin),
    onAlarmCount: (count) => tray?.setAlarmCount(count),
    onAlarmNotice: (notice) => notifier.offer(notice),
    warn: (message) => log.warn(message),
  });

  let coreStopped = false;
  app.on('before-quit', (event) => {
    windows.setQuitting();
    if (coreStopped) return;
    event.preventDefault();
    void core.stop().then(() => {
      coreStopped = true;
      log.info('core stopped; quitting');
      app.quit();
    });
  });
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, harden);
    installAppMenu(
      { openSecondWindow: () => windows.openSecond(), restartCore, openLogs, quit: () => app.quit() },
      { kiosk: launch.kiosk, developer: !app.isPackaged },
    );
    tray = createDesktopTray(
      paths.trayIcon,
      {
        showConsole: () => windows.focusMain(),
        openSecondWindow: () => windows.openSecond(),
        restartCore,
        openLogs,
        quit: () => app.quit(),
        startAtLogin: startAtLogin(loginArgs, process.env),
      },
      (message) => log.warn(message),
    );
    windows.openMain();
    core.start();
  });
}

// A second launch hands over to the running desk (see 'second-instance') instead of starting a
// second core that would fight the first for the port and the database.
if (app.requestSingleInstanceLock()) run();
else app.quit();
