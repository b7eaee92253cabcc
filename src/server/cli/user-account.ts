/**
 * `npm run user:unlock -- <username>`, `npm run user:reset-password -- <username>`
 * (issue #12 item 1) and `npm run user:mfa-reset -- <username>` (item 3): the operator's
 * way back in when no office account can sign in (or its phone is lost).
 * On PGlite stop the server first (one process owns the data directory).
 */
import pino from "pino";
import { ConfigError, loadConfig } from "../config.ts";
import { openAppDatabase } from "../db/startup.ts";
import { systemClock } from "../http/context.ts";
import { AppError } from "../http/errors.ts";
import { operatorResetMfa, operatorResetPassword, operatorUnlock } from "../modules/users/index.ts";

const [command, username] = process.argv.slice(2);
if ((command !== "unlock" && command !== "reset-password" && command !== "mfa-reset") || !username) {
  console.error(
    "Cách dùng: npm run user:unlock -- <tên đăng nhập>  |  npm run user:reset-password -- <tên đăng nhập>  |  npm run user:mfa-reset -- <tên đăng nhập>",
  );
  process.exit(2);
}

try {
  const config = loadConfig();
  const database = await openAppDatabase(config);
  const ctx = { db: database.db, actor: null, clock: systemClock, logger: pino({ level: "warn" }) };
  try {
    if (command === "unlock") {
      await operatorUnlock(ctx, username);
      console.log(`Đã mở khóa đăng nhập cho tài khoản "${username}".`);
    } else if (command === "mfa-reset") {
      const was = await operatorResetMfa(ctx, username);
      console.log(
        was
          ? `Đã đặt lại xác thực hai lớp của "${username}": lần đăng nhập tới người dùng quét mã QR mới.`
          : `Tài khoản "${username}" chưa bật xác thực hai lớp; đã xóa mọi đăng ký dở dang.`,
      );
    } else {
      const password = await operatorResetPassword(ctx, username);
      console.log(`Mật khẩu tạm thời của "${username}": ${password}`);
      console.log("Người dùng phải đổi mật khẩu này ngay khi đăng nhập. Mật khẩu chỉ in ra một lần.");
    }
  } finally {
    await database.close();
  }
} catch (err) {
  if (err instanceof ConfigError || err instanceof AppError) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}
