import { z } from 'zod';
import { DRILL_SCENARIOS } from '../../../shared/api/drills.js';

/** The simulator's scenarios: one list, in shared/, so the drill screen offers the same ones. */
export const SCENARIO_NAMES = DRILL_SCENARIOS;

const port = z.number().int().min(0).max(65_535);
const brokerUrl = z
  .string()
  .url()
  .refine((url) => /^(mqtts?|wss?):\/\//.test(url), 'must be an mqtt://, mqtts://, ws:// or wss:// URL');

const http = z.strictObject({
  host: z.string().min(1),
  port,
  /** PEM certificate and key: the console serves https:// and wss:// instead of http:// and ws://. */
  tls: z.strictObject({ cert: z.string().min(1), key: z.string().min(1) }).optional(),
  /** Serve plain HTTP beyond loopback anyway (a trusted network, or TLS ended by a proxy in front). */
  insecure: z.boolean().optional(),
});

const broker = z.strictObject({
  /** Absent: start the embedded broker and connect to it. */
  url: brokerUrl.optional(),
  embeddedPort: port,
  clientId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1-64 characters of A-Z a-z 0-9 . _ -'),
  protocolVersion: z.union([z.literal(4), z.literal(5)]),
  username: z.string().min(1).optional(),
  password: z.string().optional(),
  /** PEM files for mqtts:// */
  caFile: z.string().min(1).optional(),
  certFile: z.string().min(1).optional(),
  keyFile: z.string().min(1).optional(),
  /** The broker password read from this file (trailing newline ignored), so it is in neither argv nor env. */
  passwordFile: z.string().min(1).optional(),
  /** The name the broker's certificate must carry, when the URL's host is an address or another name. */
  servername: z.string().min(1).optional(),
  /** Only one site's devices, or every site on the broker. */
  siteFilter: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/)
    .optional(),
});

const db = z.strictObject({ path: z.string().min(1) });

const site = z.strictObject({ dir: z.string().min(1) });

/** Online backups of the database (SQLite backup API); `dir` defaults to `backups/` beside the database. */
const backup = z.strictObject({
  dir: z.string().min(1).optional(),
  /** 0: only on demand (watchfloor backup, POST /api/admin/backup). At most a week. */
  intervalHours: z.number().min(0).max(168),
  /** Scheduled backups kept; older ones are deleted after each new one. */
  keep: z.number().int().min(1).max(1000),
});

const simulator = z.strictObject({
  /** 'auto': on with the embedded broker, off with an external one. */
  enabled: z.union([z.boolean(), z.literal('auto')]),
  scenario: z.enum(SCENARIO_NAMES),
  seed: z.number().int(),
  speed: z.number().positive().max(1000),
});

export const consoleConfigSchema = z.strictObject({ http, broker, db, site, simulator, backup });
export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;

/** One source of settings (file, environment, flags): any subset, checked key by key. */
export const configLayerSchema = z.strictObject({
  http: http.partial().optional(),
  broker: broker.partial().optional(),
  db: db.partial().optional(),
  site: site.partial().optional(),
  simulator: simulator.partial().optional(),
  backup: backup.partial().optional(),
});
export type ConfigLayer = z.infer<typeof configLayerSchema>;
