/**
 * Setup of the PostgreSQL integration tests: a query sent on a connection still busy with another
 * (Promise.all inside a transaction) fails the run. node-postgres only warns today; pg@9 refuses
 * it. Independent reads go through `readTogether` (src/server/db/read-together.ts).
 */
process.on("warning", (warning) => {
  if (warning.message.includes("already executing a query")) {
    throw new Error(
      `Hai truy vấn cùng lúc trên một kết nối (trong một giao dịch): dùng readTogether. ${warning.message}`,
    );
  }
});
