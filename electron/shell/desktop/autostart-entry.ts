/**
 * The XDG autostart entry for Linux, where Electron's setLoginItemSettings does nothing. Exec is
 * quoted by the Desktop Entry Specification: an argument with reserved characters is double-quoted,
 * and inside quotes `"`, `` ` ``, `$` and `\` are backslash-escaped; then the string-value escape
 * doubles every backslash again, and `%` (field codes) is written `%%`.
 */
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

export function quoteExecArgument(arg: string): string {
  if (/[\r\n\0]/.test(arg)) throw new Error('an autostart argument cannot contain a line break or NUL');
  const fieldSafe = arg.replace(/%/g, '%%');
  if (fieldSafe !== '' && !RESERVED.test(fieldSafe)) return fieldSafe;
  const quoted = `"${fieldSafe.replace(/["`$\\]/g, (char) => `\\${char}`)}"`;
  return quoted.replace(/\\/g, '\\\\');
}

export function autostartDesktopEntry(executable: string, args: readonly string[]): string {
  const exec = [executable, ...args].map(quoteExecArgument).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Watchfloor',
    'Comment=Security desk console',
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}
