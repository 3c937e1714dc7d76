import { DEFAULT_EMBEDDED_BROKER_PORT, DEFAULT_HTTP_PORT } from '../config/defaults.js';
import { SCENARIO_NAMES } from '../config/schema.js';

export const MAIN_HELP = `Usage: watchfloor <command> [options]

Watchfloor: a physical-security monitoring console. Devices publish over MQTT;
the console logs every event, raises alarms and shows them live on floorplans.

Commands:
  serve      run the console (core + web console over HTTP); with no options it
             starts an embedded MQTT broker, the demo site and the device simulator
  simulate   run the device simulator against any MQTT broker
  audit      verify the hash-chained guard action log, or print it
  report     shift report (JSON, CSV or printable PDF) for a time range
  user       operator accounts: add, list, passwd, disable, enable
  backup     online backup of the database (safe while the console runs)
  restore    replace the database with a checked backup
  walkthrough  inspection walkthrough or patrol route across floors (JSON or printable PDF)
  site       export the site (floorplans included) as one file, or import one or a site folder

Run 'watchfloor <command> --help' for a command's options.
`;

export const SERVE_HELP = `Usage: watchfloor serve [options]

Runs the console: subscribes to watchfloor/v1/# on the broker, logs every event
to SQLite, raises alarms, and serves the console at http://<host>:<port>/.

Options:
  --broker <url>          broker to use (mqtt://, mqtts://, ws://, wss://); without it
                          an embedded broker starts on 127.0.0.1:<broker-port>
  --broker-port <n>       embedded broker port (default ${DEFAULT_EMBEDDED_BROKER_PORT}; a free one if taken)
  --broker-username <u>   broker user; the password comes from WATCHFLOOR_BROKER_PASSWORD
                          or the config file, never from the command line
  --broker-password-file <file>  read the broker password from this file instead
  --broker-ca <file>      PEM CA to trust for mqtts:// (with --broker-cert/--broker-key
                          for a client certificate); the broker's certificate is always verified
  --broker-servername <name>  name the broker's certificate must carry (default: the URL's host)
  --mqtt-version <4|5>    MQTT 3.1.1 (4, default) or 5
  --client-id <id>        stable MQTT client id of this console (default watchfloor-core)
  --site-filter <id>      only this site's devices (default: every site on the broker)
  --db <file>             database file (default ~/.local/share/watchfloor/watchfloor.db)
  --site <dir>            site folder with site.json and floorplans (default: the demo site)
  --host <addr>           address to serve on (default 127.0.0.1: this machine only)
  --port <n>              HTTP port (default ${DEFAULT_HTTP_PORT}; 0 picks a free one)
  --tls-cert <file>       PEM certificate: serve https:// and wss:// (with --tls-key <file>)
  --insecure-http         allow plain HTTP on a --host beyond loopback (refused otherwise)
  --simulator             run the device simulator (default: only with the embedded broker)
  --no-simulator          do not run it
  --scenario <name>       simulator scenario: ${SCENARIO_NAMES.join(', ')}
  --seed <n>              simulator seed (same seed, same traffic)
  --speed <x>             simulator time multiplier (default 1)
  -c, --config <file>     JSON config file (also WATCHFLOOR_CONFIG)
  -h, --help              this help

Settings apply in this order, later winning: defaults, config file, environment
(WATCHFLOOR_HOST, WATCHFLOOR_PORT, WATCHFLOOR_BROKER_URL, WATCHFLOOR_BROKER_USERNAME,
WATCHFLOOR_BROKER_PASSWORD, WATCHFLOOR_BROKER_CA, WATCHFLOOR_DB, WATCHFLOOR_SITE), flags.
`;

export const SIMULATE_HELP = `Usage: watchfloor simulate [options]

Simulated devices of a site publishing device contract v1 traffic to a broker.

Options:
  --broker <url>          broker (default mqtt://127.0.0.1:${DEFAULT_EMBEDDED_BROKER_PORT}, the embedded one)
  --site <dir>            site whose devices to simulate (default: the demo site)
  --scenario <name>       ${SCENARIO_NAMES.join(', ')} (default normal-day)
  --seed <n>              seed (default 1)
  --speed <x>             time multiplier (default 1)
  --broker-username <u>   broker user; password from WATCHFLOOR_BROKER_PASSWORD
  --duration <s>          stop after this many seconds (default: run until interrupted)
  -q, --quiet             do not print what the devices do
  -h, --help              this help
`;

export const AUDIT_HELP = `Usage: watchfloor audit <verify|log> --db <file> [options]

Every guard action (acknowledge, note, shelve, resolve…) is a row in the action log,
and each row's hash covers its fields and the previous row's hash: editing, removing
or reordering history breaks the chain. The database is opened read-only; nothing is
migrated or written, so this is safe on a running console's file or on a copy.

Commands:
  verify                  check the whole chain from the first row. Exit 0 and print the
                          row count and head hash if intact; exit 1 naming the first
                          broken row if not
  log                     print actions as JSON lines, newest first

Options:
  --db <file>             database file (required)
  --anchor <hash>         verify: also require this head, noted down earlier, to still be
                          in the chain; catches rows removed from the end and a chain
                          rewritten with fresh hashes (see docs/audit.md)
  --alarm <id>            log: only this alarm's actions, oldest first
  --limit <n>             log: at most n actions (default 50 without --alarm)
  -h, --help              this help

Exit codes: 0 intact, 1 broken or missing, 2 usage error.
`;

export const REPORT_HELP = `Usage: watchfloor report --db <file> --from <time> --to <time> --out <file> [options]
       watchfloor report --db <file> --shift <id> --out <file> [options]

Writes the shift report (daily activity report) for the range [from, to): alarms raised
with their response timelines and guard notes, response times against the targets, alarms
by priority, condition, zone and hour, false-alarm rates, noisiest devices, ISA-18.2 flood
time, shelved and out-of-service items, incidents logged by guards and handovers.
Definitions: docs/reports.md. The database is
opened read-only, so this is safe on a running console's file.

Options:
  --db <file>             console database file (required)
  --from <time>           start of the range, included (required)
  --to <time>             end of the range, excluded (required)
                          ISO 8601: 2025-11-21T22:00 is the site's local time,
                          2025-11-21T22:00Z or …+01:00 an exact instant, 2025-11-21 midnight
  --shift <id>            instead of --from and --to: that shift, from its start to its end
                          (its handover included); an open shift runs to now
  --out <file>            where to write the report (required)
  --format <f>            json, csv or pdf (default: from the --out extension)
  --site <dir>            site folder with site.json: names and timezone (default: the demo site)
  -h, --help              this help

Example:
  watchfloor report --db watchfloor.db --from 2025-11-21T22:00 --to 2025-11-22T06:00 --out night.pdf
  watchfloor report --db watchfloor.db --shift 42 --out shift-42.csv

Exit codes: 0 written, 1 failure, 2 usage error (bad date, empty range, unknown format,
no such database).
`;

export const USER_HELP = `Usage: watchfloor user <add|list|passwd|disable|enable> [username] --db <file> [options]

Operator accounts of a console database (the admin screen does the same in the console).
Passwords are never taken from the command line: they are typed at a hidden prompt (twice),
or read from the first line of standard input when it is not a terminal. At least 10
characters. Changing a password or disabling an account ends that operator's sessions.

Commands:
  add <username> --role <role> [--name <display name>]   a new operator
  list                                                    every account, with role and state
  passwd <username>                                       set a new password
  disable <username>  /  enable <username>                stop or allow signing in
                                                          (the last active admin cannot be disabled)

Options:
  --db <file>             console database file (required; created by 'add' if missing)
  --role <role>           guard, supervisor or admin (for add)
  --name <display name>   how the console shows the operator (default: the username)
  -h, --help              this help

Roles: guard (handle alarms at the desk), supervisor (also reports, review, out-of-service),
admin (also operator accounts).

Examples:
  watchfloor user add j.osei --role guard --name "J. Osei" --db watchfloor.db
  printf '%s\\n' "$NEW_PASSWORD" | watchfloor user passwd j.osei --db watchfloor.db

Exit codes: 0 done, 1 failure, 2 usage error (unknown user, bad role, weak password).
`;

export const BACKUP_HELP = `Usage: watchfloor backup --db <file> [--out <file>]

Copies the database through SQLite's online backup API: a consistent copy even while a
console is running on the file and storing events. The copy is checked (integrity_check)
before it gets its name. A running console also backs up by itself on a schedule (config
keys backup.intervalHours, default 6, and backup.keep, default 8) and on demand through
POST /api/admin/backup.

Options:
  --db <file>             database file (required); opened read-only
  --out <file>            where to write the backup (default: backups/watchfloor-<UTC time>.db
                          beside the database); an existing file is never overwritten
  -h, --help              this help

Exit codes: 0 written, 1 failure, 2 usage error.
`;

export const RESTORE_HELP = `Usage: watchfloor restore --from <backup> --db <file>

Replaces the database with a backup. The backup must pass integrity_check and have a
schema version this Watchfloor knows. The console using --db must be stopped first:
restore refuses while a running console holds the file (its <file>.holder names a live
process). The file being replaced is kept as <file>.before-restore-<time>.

Options:
  --from <backup>         backup file (required)
  --db <file>             database to replace (required; created if missing)
  -h, --help              this help

Exit codes: 0 restored, 1 refused or failed, 2 usage error.
`;
