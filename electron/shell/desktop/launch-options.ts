/** Flags the desktop shell understands itself; everything the core knows is passed on to it. */
export const SHELL_FLAGS = ['kiosk', 'second-window'] as const;
type ShellFlag = (typeof SHELL_FLAGS)[number];

export type LaunchOptions = {
  kiosk: boolean;
  secondWindow: boolean;
  /** For loadConfig, in the order given. */
  coreArgv: string[];
  /** Neither ours nor the core's: Chromium switches, typos. Logged, not fatal. */
  ignored: string[];
};

/** The shape of node:util parseArgs options, which is how the core declares its serve flags. */
export type CoreOptions = Record<string, { type: 'string' | 'boolean'; short?: string }>;

const truthy = (value: string | undefined) => value === '1' || value === 'true' || value === 'yes';

function isShellFlag(name: string): name is ShellFlag {
  return (SHELL_FLAGS as readonly string[]).includes(name);
}

/**
 * Splits the app's arguments. Electron's argv also carries Chromium switches, and the core's flag
 * parser is strict, so only flags the core declares reach it. Environment variables
 * (WATCHFLOOR_KIOSK, WATCHFLOOR_SECOND_WINDOW) let an administrator set a desk up without editing
 * the shortcut; a flag wins over them.
 */
export function parseLaunchArgs(
  args: readonly string[],
  coreOptions: CoreOptions,
  env: Record<string, string | undefined>,
): LaunchOptions {
  const flags = new Set<ShellFlag>();
  const coreArgv: string[] = [];
  const ignored: string[] = [];
  const byShort = new Map(
    Object.entries(coreOptions).flatMap(([name, option]) => (option.short ? [[option.short, name]] : [])),
  );

  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      coreArgv.push(...args.slice(i + 1));
      break;
    }
    const long = /^--([^=]+)(=.*)?$/.exec(arg);
    const short = /^-([A-Za-z])$/.exec(arg);
    const name = long?.[1] ?? (short?.[1] ? byShort.get(short[1]) : undefined);
    if (name !== undefined && isShellFlag(name) && !long?.[2]) {
      flags.add(name);
      continue;
    }
    const option = name === undefined ? undefined : coreOptions[name];
    if (!option) {
      ignored.push(arg);
      continue;
    }
    coreArgv.push(arg);
    const next = args[i + 1];
    if (option.type === 'string' && !long?.[2] && next !== undefined) {
      coreArgv.push(next);
      i += 1;
    }
  }
  return {
    kiosk: flags.has('kiosk') || truthy(env.WATCHFLOOR_KIOSK),
    secondWindow: flags.has('second-window') || truthy(env.WATCHFLOOR_SECOND_WINDOW),
    coreArgv,
    ignored,
  };
}

/** process.argv minus the executable (and, unpackaged, the app path `electron <app>` adds). */
export function appArguments(argv: readonly string[], isPackaged: boolean): string[] {
  return argv.slice(isPackaged ? 1 : 2);
}
