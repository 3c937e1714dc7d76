import { z } from 'zod';

export const SCENARIO_NAMES = ['normal-day', 'night-intrusion', 'alarm-flood', 'camera-outage'] as const;

const port = z.number().int().min(0).max(65_535);
const brokerUrl = z
  .string()
  .url()
  .refine((url) => /^(mqtts?|wss?):\/\//.test(url), 'must be an mqtt://, mqtts://, ws:// or wss:// URL');

const http = z.strictObject({
  host: z.string().min(1),
  port,
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
  /** Only one site's devices, or every site on the broker. */
  siteFilter: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/)
    .optional(),
});

const db = z.strictObject({ path: z.string().min(1) });

const site = z.strictObject({ dir: z.string().min(1) });

const simulator = z.strictObject({
  /** 'auto': on with the embedded broker, off with an external one. */
  enabled: z.union([z.boolean(), z.literal('auto')]),
  scenario: z.enum(SCENARIO_NAMES),
  seed: z.number().int(),
  speed: z.number().positive().max(1000),
});

export const consoleConfigSchema = z.strictObject({ http, broker, db, site, simulator });
export type ConsoleConfig = z.infer<typeof consoleConfigSchema>;

/** One source of settings (file, environment, flags): any subset, checked key by key. */
export const configLayerSchema = z.strictObject({
  http: http.partial().optional(),
  broker: broker.partial().optional(),
  db: db.partial().optional(),
  site: site.partial().optional(),
  simulator: simulator.partial().optional(),
});
export type ConfigLayer = z.infer<typeof configLayerSchema>;
