/**
 * `npm run audit:verify` (issue #12 item 6, ADR 0007): recomputes the audit trail's hash chain.
 * Prints "OK n rows" and exits 0, or names the first broken row and exits 1.
 */
import { ConfigError, loadConfig } from "../config.ts";
import { openAppDatabase } from "../db/startup.ts";
import { verifyAuditChain } from "../modules/audit/index.ts";

try {
  const config = loadConfig();
  // Reading a long trail may take a while: no statement timeout here.
  const database = await openAppDatabase(config, { statementTimeout: false });
  try {
    const report = await verifyAuditChain(database.db);
    if (report.ok) {
      console.log(`OK ${report.rows} rows — nhật ký thay đổi nguyên vẹn.`);
    } else {
      console.error(
        `HỎNG tại dòng số ${report.seq} của chuỗi${report.id === null ? "" : ` (id ${report.id})`}: ${report.reason}. ` +
          `${report.rows} dòng trước đó nguyên vẹn.`,
      );
      process.exitCode = 1;
    }
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
