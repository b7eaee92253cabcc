/**
 * `npm run dev`: the API with reload on change (port 3000) and Vite's dev
 * server with hot reload (port 5173, proxying /api to the API).
 */
import { spawn } from "node:child_process";

const children = [
  spawn("node", ["--import", "tsx", "--watch", "src/server/main.ts"], { stdio: "inherit" }),
  spawn("npx", ["vite", "--port", "5173", "--strictPort"], { stdio: "inherit" }),
];
console.log("Giao diện phát triển: http://127.0.0.1:5173 (API: http://127.0.0.1:3000)");
const stop = () => {
  for (const c of children) c.kill("SIGTERM");
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const c of children) c.on("exit", (code) => code && stop());
