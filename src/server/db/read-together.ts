/**
 * Independent reads, as fast as the connection allows. On the pool they go out at once, each on
 * a connection of its own (issue #11 item 4). Inside a transaction there is one connection, which
 * answers one query at a time: sending the next before the last answered only queues it, and
 * node-postgres warns that pg@9 will refuse it. There they run one after another.
 */
import { PgTransaction } from "drizzle-orm/pg-core";
import type { Db } from "./client.ts";

type Reads<T extends readonly unknown[]> = { readonly [K in keyof T]: () => PromiseLike<T[K]> };

export async function readTogether<T extends readonly unknown[]>(db: Db, reads: Reads<T>): Promise<T> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const out: unknown[] = [];
  for (const read of reads) out.push(await read());
  return out as unknown as T;
}
