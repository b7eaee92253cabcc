/**
 * Checking the audit hash chain (issue #12 item 6, ADR 0007). The insert trigger of migration
 * 0020 sets, for each row, chain_seq (1, 2, 3 … in commit order), prev_hash (the row before's
 * hash, 64 zeros for the first) and hash = sha256(prev_hash || audit_event_canonical(row)).
 * Here the hash is recomputed in Node from the row as it is now, in pages by chain_seq, so any
 * row changed, removed or inserted behind the app's back breaks the chain at that row; the head
 * (last seq and hash) shows rows cut off at the end.
 */
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";

export const GENESIS_HASH = "0".repeat(64);
const PAGE = 5000;

export type ChainReport =
  | { ok: true; rows: number }
  | { ok: false; rows: number; seq: number; id: number | null; reason: string };

type ChainRow = { id: number; seq: number; prev: string; hash: string; canonical: string };

async function select<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const [head] = await select<{ seq: string; hash: string }>(
    db,
    sql`select seq::text as seq, hash from audit_chain_head where id`,
  );
  let prevHash = GENESIS_HASH;
  let expected = 1;
  let checked = 0;
  const broken = (seq: number, id: number | null, reason: string): ChainReport => ({
    ok: false,
    rows: checked,
    seq,
    id,
    reason,
  });
  for (;;) {
    const page = await select<ChainRow>(
      db,
      sql`select e.id::int as id, e.chain_seq::int as seq, e.prev_hash as prev, e.hash,
                 audit_event_canonical(e) as canonical
          from audit_events e where e.chain_seq >= ${expected}
          order by e.chain_seq limit ${PAGE}`,
    );
    for (const r of page) {
      if (r.seq !== expected) return broken(expected, null, `thiếu dòng số ${expected} của chuỗi`);
      if (r.prev !== prevHash) return broken(r.seq, r.id, "mã băm của dòng trước không khớp");
      const hash = createHash("sha256")
        .update(r.prev + r.canonical, "utf8")
        .digest("hex");
      if (hash !== r.hash) return broken(r.seq, r.id, "nội dung dòng đã bị sửa (mã băm không khớp)");
      prevHash = r.hash;
      expected += 1;
      checked += 1;
    }
    if (page.length < PAGE) break;
  }
  const [{ n } = { n: "0" }] = await select<{ n: string }>(
    db,
    sql`select count(*)::text as n from audit_events`,
  );
  if (Number(n) !== checked)
    return broken(
      expected,
      null,
      `có ${Number(n) - checked} dòng nằm ngoài chuỗi (số thứ tự trùng hoặc sai)`,
    );
  if (!head) return broken(expected, null, "không có đầu chuỗi (audit_chain_head)");
  if (Number(head.seq) !== checked || head.hash !== prevHash)
    return broken(
      checked + 1,
      null,
      `đầu chuỗi ghi ${head.seq} dòng, chuỗi chỉ có ${checked}: dòng cuối đã bị xóa`,
    );
  return { ok: true, rows: checked };
}
