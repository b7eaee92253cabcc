/**
 * `npm run data:anonymise` (issue #12 item 8): the operator runs the personal data retention rule
 * now, as the server's job does every six hours: the people of plans closed more than
 * PERSONAL_DATA_RETENTION_DAYS ago (or the plan's own number of days) are anonymised, report
 * counts kept. Idempotent. On PGlite stop the server first (one process owns the data directory).
 */
import pino from "pino";
import { ConfigError, loadConfig } from "../config.ts";
import { openAppDatabase } from "../db/startup.ts";
import { systemClock } from "../http/context.ts";
import { runRetention } from "../modules/retention/index.ts";

try {
  const config = loadConfig();
  const database = await openAppDatabase(config, { statementTimeout: false });
  try {
    const r = await runRetention(
      { db: database.db, clock: systemClock, logger: pino({ level: "warn" }) },
      config.personalDataRetentionDays,
    );
    console.log(
      r.people === 0
        ? `Không có ai cần ẩn danh (thời hạn lưu giữ ${config.personalDataRetentionDays} ngày sau khi kế hoạch kết thúc).`
        : `Đã ẩn danh ${r.people} người của ${r.plans} kế hoạch đã kết thúc quá ${config.personalDataRetentionDays} ngày; đã xóa ${r.files} tệp hồ sơ cá nhân.`,
    );
  } finally {
    await database.close();
  }
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}
