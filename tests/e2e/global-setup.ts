/** Builds the web app once before the browser tests, and prepares the seeded database dump. */
import { build } from "vite";
import type { TestProject } from "vitest/node";
import dbSetup from "../helpers/global-setup.ts";

export default async function setup(project: TestProject) {
  await build({ logLevel: "warn", configFile: "vite.config.ts" });
  return dbSetup(project);
}
