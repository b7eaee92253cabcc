import type { FastifyBaseLogger } from "fastify";
import type { Actor } from "../../domain/roles.ts";
import type { Db } from "../db/client.ts";

export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };

/** What every service receives: plain values, no container. */
export type ServiceContext = {
  db: Db;
  actor: Actor;
  clock: Clock;
  logger: FastifyBaseLogger;
  requestId?: string;
  ip?: string;
};

/** A service context that may not have a signed-in actor (sign-in itself). */
export type AnonymousContext = Omit<ServiceContext, "actor"> & { actor: Actor | null };
