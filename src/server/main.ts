/**
 * `npm start`: validates configuration, opens the database (PGlite under
 * DATA_DIR, or PostgreSQL with DATABASE_URL), applies migrations, loads the
 * demo data on an empty database, serves the app and prints how to sign in.
 * SIGTERM/SIGINT drain the server and close the database (issue #12 item 5).
 */
import { buildApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { seedDemo } from "./db/seed/seed.ts";
import { openAppDatabase } from "./db/startup.ts";
import { systemClock } from "./http/context.ts";
import { drainAndClose } from "./http/shutdown.ts";

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }

  const step = (text: string) => console.log(`• ${text}`);
  step(
    config.databaseUrl
      ? "Đang kết nối PostgreSQL…"
      : `Đang mở cơ sở dữ liệu nhúng PGlite (${config.dataDir}); lần đầu mất vài giây…`,
  );
  step("Đang cập nhật cấu trúc cơ sở dữ liệu (migration)…");
  const database = await openAppDatabase(config);
  step("Đang kiểm tra dữ liệu mẫu…");
  const seed = await seedDemo(database.db, { password: config.demoPassword, clock: systemClock });
  step("Đang khởi động máy chủ web…");
  const app = await buildApp({ config, database });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    // A last resort if closing the database itself hangs: the grace period and a little more.
    setTimeout(() => process.exit(1), config.shutdownGraceMs + 10_000).unref();
    const code = await drainAndClose({ app, database, graceMs: config.shutdownGraceMs, signal });
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  await app.listen({ port: config.port, host: config.host });
  const shownHost = config.host === "0.0.0.0" ? "127.0.0.1" : config.host;
  const lines = [
    "",
    `thidua đang chạy tại http://${shownHost}:${config.port}`,
    `Cơ sở dữ liệu: ${database.driver === "pglite" ? `PGlite (${config.dataDir})` : "PostgreSQL"}`,
  ];
  if (seed.seeded) {
    lines.push(
      "Đã nạp dữ liệu mẫu: kế hoạch của UBND thị xã Bỉm Sơn và các đơn vị.",
      "Đăng nhập lần đầu: tên đăng nhập vanphong (Thường trực HĐ TĐKT – Phòng Nội vụ)",
      // A password set in the environment is never printed (issue #12 item 8): logs outlive it.
      seed.generated
        ? `Mật khẩu chung của mọi tài khoản mẫu: ${seed.password}\n(Mật khẩu được tạo ngẫu nhiên và chỉ in ra lần này — hãy ghi lại. Đặt THIDUA_DEMO_PASSWORD để tự chọn.)`
        : "Mật khẩu chung của mọi tài khoản mẫu: mật khẩu trong biến THIDUA_DEMO_PASSWORD (không in ra).",
      "Các tài khoản khác: chutich, hoidong, vanhoa, taichinh, và mỗi đơn vị một tài khoản (ví dụ badinh) — xem README.",
    );
  } else {
    lines.push("Đăng nhập bằng tài khoản đã có (ví dụ vanphong).");
  }
  if (config.mfaRequiredRoles.length > 0) {
    lines.push(
      `Xác thực hai lớp bắt buộc với: ${config.mfaRequiredRoles.join(", ")} (MFA_REQUIRED_ROLES). Lần đăng nhập đầu, vanphong được đưa tới trang "Bảo mật tài khoản": cài ứng dụng xác thực (Google/Microsoft Authenticator…), quét mã QR, nhập mã 6 chữ số và lưu các mã khôi phục.`,
      "Mất điện thoại: Phòng Nội vụ đặt lại ở trang Tài khoản, hoặc người quản trị chạy npm run user:mfa-reset -- <tên đăng nhập>.",
    );
  }
  console.log(lines.join("\n"));
}

main().catch((err) => {
  console.error("Không khởi động được thidua:", err);
  process.exit(1);
});
