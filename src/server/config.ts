/**
 * The only reader of process.env (DEVELOPERS.md). Validated at start: a bad
 * value stops the process with a clear message naming the variable.
 */
import path from "node:path";
import { z } from "zod";
import { ROLES, type Role } from "../domain/roles.ts";

const boolish = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//u, "phải bắt đầu bằng postgres:// hoặc postgresql://")
    .optional(),
  /**
   * The tables' owner, who applies migrations and grants the app its rights (issue #12 item 6,
   * ADR 0007); default DATABASE_URL.
   */
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//u, "phải bắt đầu bằng postgres:// hoặc postgresql://")
    .optional(),
  /** The role the app acts as on PostgreSQL (SET ROLE after connecting); it owns nothing. */
  DATABASE_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/u, "chỉ gồm chữ thường không dấu, chữ số và _ (ví dụ thidua_app)")
    .default("thidua_app"),
  /** A statement running longer is cancelled by PostgreSQL (0: no limit). */
  DB_STATEMENT_TIMEOUT_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  THIDUA_DEMO_PASSWORD: z.string().min(10, "cần ít nhất 10 ký tự").optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: boolish.optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(200).default(20),
  /** A request (headers and body) must arrive within this many seconds (issue #12 item 5). */
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  /** On SIGTERM/SIGINT, requests in flight get this long to finish (issue #12 item 5). */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  /** Above this mean event-loop delay new requests get 503 + Retry-After (0: never; default 1000, off in tests). */
  EVENT_LOOP_MAX_DELAY_MS: z.coerce.number().int().min(0).max(60_000).optional(),
  /** Backups are encrypted with this passphrase (AES-256-GCM, key from scrypt; issue #12 item 8). */
  BACKUP_PASSPHRASE: z.string().min(12, "cần ít nhất 12 ký tự").optional(),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  /** Sign-in attempts a minute per address and user name before 429 (a burst guard; the load bench raises it). */
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(10),
  TRUST_PROXY: boolish.default(false),
  /** E-mail (K4): off unless set, e.g. smtp://user:pass@mail.example.vn:587 */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//u, "phải bắt đầu bằng smtp:// hoặc smtps://")
    .optional(),
  SMTP_FROM: z.string().min(3).default("thidua <no-reply@localhost>"),
  /** Reminder run and outbox sender on an interval; default on, except in tests. */
  BACKGROUND_JOBS: boolish.optional(),
  REMINDER_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  OUTBOX_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(3600).default(30),
  /**
   * Roles that must sign in with a second factor (issue #12 item 3), comma-separated;
   * "none" for no role (tests only — see README). Default: the office and the chairman.
   */
  MFA_REQUIRED_ROLES: z
    .string()
    .default("office,chairman")
    .transform((s) =>
      s.trim() === "none"
        ? []
        : s
            .split(",")
            .map((r) => r.trim())
            .filter(Boolean),
    )
    .pipe(z.array(z.enum(ROLES, `phải là "none" hoặc các vai trò ${ROLES.join(", ")}`))),
  /** Encrypts TOTP secrets at rest; unset: a random key kept in DATA_DIR/mfa.key. */
  MFA_ENCRYPTION_KEY: z.string().min(32, "cần ít nhất 32 ký tự").optional(),
  /** The security log (issue #12 item 7): an alert at THRESHOLD denials in WINDOW minutes. */
  SECURITY_ALERT_THRESHOLD: z.coerce.number().int().min(2).max(10_000).default(10),
  SECURITY_ALERT_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(5),
  SECURITY_EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /**
   * Days after a plan closed before its people are anonymised (issue #12 item 8); default 5 years.
   * A plan's own `personal_data_retention_days` wins.
   */
  PERSONAL_DATA_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(1826),
});

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Where migrations run (the tables' owner); DATABASE_URL unless set. */
  migrationDatabaseUrl: string | undefined;
  databaseAppRole: string;
  statementTimeoutMs: number;
  shutdownGraceMs: number;
  eventLoopMaxDelayMs: number;
  backupPassphrase: string | undefined;
  demoPassword: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** undefined: decided per request (secure only when the request came over https). */
  cookieSecure: boolean | undefined;
  logLevel: string;
  uploadMaxBytes: number;
  requestTimeoutMs: number;
  loginMaxFailures: number;
  loginRateLimitPerMinute: number;
  trustProxy: boolean;
  webDistDir: string;
  smtpUrl: string | undefined;
  smtpFrom: string;
  backgroundJobs: boolean;
  reminderIntervalMinutes: number;
  outboxIntervalSeconds: number;
  mfaRequiredRoles: Role[];
  /** undefined: a random key kept under DATA_DIR (`mfaKey` in the auth module). */
  mfaEncryptionKey: string | undefined;
  securityAlertThreshold: number;
  securityAlertWindowMinutes: number;
  securityEventRetentionDays: number;
  personalDataRetentionDays: number;
};

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ (biến môi trường):\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    migrationDatabaseUrl: e.MIGRATION_DATABASE_URL ?? e.DATABASE_URL,
    databaseAppRole: e.DATABASE_APP_ROLE,
    statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_SECONDS * 1000,
    shutdownGraceMs: e.SHUTDOWN_GRACE_SECONDS * 1000,
    eventLoopMaxDelayMs: e.EVENT_LOOP_MAX_DELAY_MS ?? (e.NODE_ENV === "test" ? 0 : 1000),
    backupPassphrase: e.BACKUP_PASSPHRASE,
    demoPassword: e.THIDUA_DEMO_PASSWORD,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    cookieSecure: e.COOKIE_SECURE,
    logLevel: e.LOG_LEVEL,
    uploadMaxBytes: e.UPLOAD_MAX_MB * 1024 * 1024,
    requestTimeoutMs: e.REQUEST_TIMEOUT_SECONDS * 1000,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    webDistDir: path.resolve("dist/web"),
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    backgroundJobs: e.BACKGROUND_JOBS ?? e.NODE_ENV !== "test",
    reminderIntervalMinutes: e.REMINDER_INTERVAL_MINUTES,
    outboxIntervalSeconds: e.OUTBOX_INTERVAL_SECONDS,
    mfaRequiredRoles: e.MFA_REQUIRED_ROLES,
    mfaEncryptionKey: e.MFA_ENCRYPTION_KEY,
    securityAlertThreshold: e.SECURITY_ALERT_THRESHOLD,
    securityAlertWindowMinutes: e.SECURITY_ALERT_WINDOW_MINUTES,
    securityEventRetentionDays: e.SECURITY_EVENT_RETENTION_DAYS,
    personalDataRetentionDays: e.PERSONAL_DATA_RETENTION_DAYS,
  };
}

/** Test-only settings, read here so that config.ts stays the only reader of env. */
export function testDatabaseUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const url = env.TEST_DATABASE_URL;
  return url && /^postgres(ql)?:\/\//u.test(url) ? url : undefined;
}

/**
 * Tests sign in as the office and the chairman in hundreds of places: they run with no role
 * required to use a second factor and a fixed key, except the MFA tests, which pass
 * `mfaRequiredRoles` (tests/security/mfa*.test.ts, tests/e2e/mfa.e2e.test.ts). Production
 * and `npm start` keep the default (office and chairman must use it).
 */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      DATA_DIR: "./data/test",
      MFA_REQUIRED_ROLES: "none",
      MFA_ENCRYPTION_KEY: "test-only-mfa-key-0123456789abcdef",
    }),
    ...overrides,
  };
}
