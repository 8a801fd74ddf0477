import path from 'node:path';
import { parseKeyring } from '@xinglin/field-crypto';
import { z } from 'zod';

/**
 * The one place that reads process.env. Everything else receives a Config.
 * Defaults work on a fresh machine; a bad value stops start-up naming the variable.
 */
const onOff = z.enum(['on', 'off']);
const csv = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SIMULATORS: onOff.optional(),
  SEED_DEMO_DATA: onOff.default('on'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGINS: csv.default(['http://localhost:10086', 'http://127.0.0.1:10086', 'http://localhost:5173']),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Requests per minute of one signed-in session, or of one address without a session. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  /** Requests per minute of one client address whatever its sessions (many patients share a hospital's Wi-Fi). */
  RATE_LIMIT_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
  /**
   * Redis shared by every copy behind the load balancer, for the request rate limit's counters; unset (one copy, the
   * demo) keeps them in this process's memory.
   */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  /** Keys the HMAC of SMS codes; must be shared by every copy behind the load balancer. */
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).default(15 * 60),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(300).default(30 * 24 * 3600),
  SMS_PROVIDER: z.enum(['simulator', 'tencent']).optional(),
  TENCENT_SMS_SECRET_ID: z.string().optional(),
  TENCENT_SMS_SECRET_KEY: z.string().optional(),
  TENCENT_SMS_SDK_APP_ID: z.string().optional(),
  TENCENT_SMS_SIGN_NAME: z.string().default('杏林医院'),
  TENCENT_SMS_LOGIN_TEMPLATE_ID: z.string().default('1000001'),
  /** Field-encryption keys "id:base64[,id:base64…]"; never stored in the database. */
  FIELD_KEYS: z.string().min(1).optional(),
  FIELD_KEY_ACTIVE: z.string().min(1).optional(),
  /** HMAC key (base64, ≥ 32 bytes) for blind indexes: lookup by phone or ID number without decrypting. */
  BLIND_INDEX_KEY: z.string().min(1).optional(),
  STAFF_IDLE_TIMEOUT_SECONDS: z.coerce.number().int().min(60).default(30 * 60),
  STAFF_LOCKOUT_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  STAFF_LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(15),
  WECHAT_APP_ID: z.string().optional(),
  WECHAT_APP_SECRET: z.string().optional(),
  FACEID_SECRET_ID: z.string().optional(),
  FACEID_SECRET_KEY: z.string().optional(),
  FACEID_RULE_ID: z.string().default('1'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** HL7 v2 over MLLP (lab and imaging results); 2575 is the port registered for it, 0 turns the listener off. */
  MLLP_PORT: z.coerce.number().int().min(0).max(65535).default(2575),
  MLLP_MAX_FRAME_BYTES: z.coerce.number().int().min(1024).default(4 * 1024 * 1024),
  /** Bearer token of the hospital's interface systems (FHIR inbound); unset in production turns that endpoint off. */
  INTERFACE_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  REPORT_SHARE_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(72),
  /** The hospital PACS's DICOMweb service root (key images); unset with simulators on starts a simulator PACS. */
  PACS_DICOMWEB_URL: z.url().optional(),
  PACS_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  /** Payments: the public base URL the channels POST notifications to (…/api/v1/payments/{wechat,alipay}/notify). */
  PAYMENT_NOTIFY_BASE_URL: z.url().optional(),
  /** A `paying` order without a notification for this long is queried at the channel. */
  PAYMENT_QUERY_AFTER_SECONDS: z.coerce.number().int().min(10).default(120),
  /** Simulator mode: the gateways resend an unacknowledged notification after each of these waits (ms). */
  PAYMENT_SIM_NOTIFY_RETRY_MS: csv.default(['15000', '15000', '30000']),
  WECHATPAY_MCHID: z.string().optional(),
  WECHATPAY_APP_ID: z.string().optional(),
  WECHATPAY_SERIAL_NO: z.string().optional(),
  /** PEM of apiclient_key.pem; "\n" escapes are accepted. */
  WECHATPAY_PRIVATE_KEY: z.string().optional(),
  WECHATPAY_API_V3_KEY: z.string().length(32, 'must be 32 characters').optional(),
  /** The platform public key (PEM) and its id (PUB_KEY_ID_…). */
  WECHATPAY_PLATFORM_KEY_ID: z.string().optional(),
  WECHATPAY_PLATFORM_PUBLIC_KEY: z.string().optional(),
  ALIPAY_APP_ID: z.string().optional(),
  ALIPAY_PRIVATE_KEY: z.string().optional(),
  ALIPAY_PUBLIC_KEY: z.string().optional(),
  ALIPAY_GATEWAY: z.url().optional(),
});

const DEV_AUTH_SECRET = 'xinglin-development-secret-not-for-production';
const DEV_INTERFACE_TOKEN = 'xinglin-dev-interface-token-not-for-production';
// Published development keys: fine for demo data, refused in production (see loadConfig).
const DEV_FIELD_KEYS = 'dev1:eGluZ2xpbi1kZXYtZmllbGQta2V5LTAwMDAwMDAwMDE=';
const DEV_BLIND_INDEX_KEY = 'eGluZ2xpbi1kZXYtYmxpbmQtaW5kZXgta2V5LTAwMDE=';

function resolve(env: z.infer<typeof envSchema>) {
  const production = env.NODE_ENV === 'production';
  // Simulators never run in production, whatever the variable says.
  const simulators = production ? false : (env.SIMULATORS ?? 'on') === 'on';
  const smsProvider = env.SMS_PROVIDER ?? (simulators ? 'simulator' : 'tencent');
  return {
    env: env.NODE_ENV,
    production,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir: path.resolve(env.DATA_DIR),
    simulators,
    seedDemoData: env.SEED_DEMO_DATA === 'on',
    logLevel: env.LOG_LEVEL,
    corsOrigins: env.CORS_ORIGINS,
    trustProxy: env.TRUST_PROXY === 'true',
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    rateLimitPerIpPerMinute: env.RATE_LIMIT_PER_IP_PER_MINUTE,
    redisUrl: env.REDIS_URL,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    authSecret: env.AUTH_SECRET ?? DEV_AUTH_SECRET,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    mllp: { port: env.MLLP_PORT, maxFrameBytes: env.MLLP_MAX_FRAME_BYTES },
    imaging: { dicomwebUrl: env.PACS_DICOMWEB_URL, timeoutMs: env.PACS_TIMEOUT_MS },
    reports: { interfaceToken: env.INTERFACE_TOKEN ?? (production ? undefined : DEV_INTERFACE_TOKEN), shareTtlHours: env.REPORT_SHARE_TTL_HOURS },
    fieldKeys: env.FIELD_KEYS ?? DEV_FIELD_KEYS,
    fieldKeyActive: env.FIELD_KEY_ACTIVE ?? (env.FIELD_KEYS ? '' : 'dev1'),
    blindIndexKey: env.BLIND_INDEX_KEY ?? DEV_BLIND_INDEX_KEY,
    staff: {
      idleTimeoutSeconds: env.STAFF_IDLE_TIMEOUT_SECONDS,
      lockoutAttempts: env.STAFF_LOCKOUT_ATTEMPTS,
      lockoutMinutes: env.STAFF_LOCKOUT_MINUTES,
    },
    wechat: { appId: env.WECHAT_APP_ID, appSecret: env.WECHAT_APP_SECRET },
    payments: {
      notifyBaseUrl: (env.PAYMENT_NOTIFY_BASE_URL ?? `http://127.0.0.1:${env.PORT}`).replace(/\/+$/, ''),
      queryAfterSeconds: env.PAYMENT_QUERY_AFTER_SECONDS,
      simNotifyRetryMs: env.PAYMENT_SIM_NOTIFY_RETRY_MS.map(Number).filter((n) => Number.isFinite(n) && n >= 0),
      wechat: {
        mchid: env.WECHATPAY_MCHID,
        appId: env.WECHATPAY_APP_ID ?? env.WECHAT_APP_ID,
        serialNo: env.WECHATPAY_SERIAL_NO,
        privateKey: env.WECHATPAY_PRIVATE_KEY?.replace(/\\n/g, '\n'),
        apiV3Key: env.WECHATPAY_API_V3_KEY,
        platformKeyId: env.WECHATPAY_PLATFORM_KEY_ID,
        platformPublicKey: env.WECHATPAY_PLATFORM_PUBLIC_KEY?.replace(/\\n/g, '\n'),
      },
      alipay: {
        appId: env.ALIPAY_APP_ID,
        privateKey: env.ALIPAY_PRIVATE_KEY?.replace(/\\n/g, '\n'),
        alipayPublicKey: env.ALIPAY_PUBLIC_KEY?.replace(/\\n/g, '\n'),
        gateway: env.ALIPAY_GATEWAY,
      },
    },
    faceid: { secretId: env.FACEID_SECRET_ID, secretKey: env.FACEID_SECRET_KEY, ruleId: env.FACEID_RULE_ID },
    sms: {
      provider: smsProvider,
      tencent: {
        secretId: env.TENCENT_SMS_SECRET_ID,
        secretKey: env.TENCENT_SMS_SECRET_KEY,
        sdkAppId: env.TENCENT_SMS_SDK_APP_ID,
        signName: env.TENCENT_SMS_SIGN_NAME,
        loginTemplateId: env.TENCENT_SMS_LOGIN_TEMPLATE_ID,
      },
    },
  };
}

export type Config = ReturnType<typeof resolve>;

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = resolve(parsed.data);
  if (config.production) {
    const missing = (['AUTH_SECRET', 'FIELD_KEYS', 'FIELD_KEY_ACTIVE', 'BLIND_INDEX_KEY'] as const).filter((k) => !parsed.data[k]);
    if (missing.length) throw new ConfigError(`Invalid configuration:\n${missing.map((k) => `  ${k}: required when NODE_ENV=production`).join('\n')}`);
  }
  if (parsed.data.FIELD_KEYS && !parsed.data.FIELD_KEY_ACTIVE) {
    throw new ConfigError('Invalid configuration:\n  FIELD_KEY_ACTIVE: required when FIELD_KEYS is set');
  }
  try {
    parseKeyring(config.fieldKeys, config.fieldKeyActive);
  } catch (err) {
    throw new ConfigError(`Invalid configuration:\n  FIELD_KEYS / FIELD_KEY_ACTIVE: ${(err as Error).message}`);
  }
  if (Buffer.from(config.blindIndexKey, 'base64').length < 32) {
    throw new ConfigError('Invalid configuration:\n  BLIND_INDEX_KEY: must be base64 of at least 32 bytes');
  }
  if (config.sms.provider === 'tencent' && !(config.sms.tencent.secretId && config.sms.tencent.secretKey && config.sms.tencent.sdkAppId)) {
    throw new ConfigError(
      'Invalid configuration:\n  TENCENT_SMS_SECRET_ID / TENCENT_SMS_SECRET_KEY / TENCENT_SMS_SDK_APP_ID: required when SMS_PROVIDER=tencent',
    );
  }
  return config;
}

/** Config for tests: defaults plus overrides; of the caller's environment only DATABASE_URL counts. */
export function testConfig(overrides: Record<string, string | undefined> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    RATE_LIMIT_PER_IP_PER_MINUTE: '1000000',
    // Tests start the MLLP listener themselves, on an ephemeral port.
    MLLP_PORT: '0',
    // Tests run on PGlite unless the runner points them at a real server (CI does).
    DATABASE_URL: process.env.DATABASE_URL,
    ...overrides,
  });
}
