/**
 * Uploads on PGlite (issue #11 item 4): how long a 20 MB upload delays a concurrent read.
 * A reader signed in as Phường Ba Đình reads its conference in a loop (one request at a time);
 * first alone for `--seconds` (the floor: its median latency), then while the same unit uploads a
 * 20 MB MP4 clip to the conference's agenda (POST /api/conferences/:id/agenda/media). The delay
 * is the slowest read during the upload minus the floor's median. Goal: < 200 ms.
 *   node --import tsx bench/load/upload.ts [--mb=20] [--seconds=5] [--pg=postgres://…]
 */
import { getJson, signIn } from "./client.ts";
import { type Engine, startThidua } from "./server.ts";

export type UploadFigures = {
  engine: Engine;
  mb: number;
  uploadMs: number;
  status: number;
  floorMedianMs: number;
  duringMaxMs: number;
  delayMs: number;
  readsDuring: number;
  readErrors: number;
};

/** A body the content sniffing takes for MP4: an `ftyp` box with the isom brand, then filler. */
function mp4(bytes: number): Buffer {
  const buf = Buffer.alloc(bytes, 0x2a);
  buf.writeUInt32BE(24, 0);
  buf.write("ftypisom", 4, "latin1");
  buf.writeUInt32BE(0x200, 12);
  buf.write("isomiso2", 16, "latin1");
  return buf;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function runUpload(
  engine: Engine,
  pgUrl: string | undefined,
  opts: { mb: number; seconds: number },
): Promise<UploadFigures> {
  const server = await startThidua(engine, pgUrl, { UPLOAD_MAX_MB: String(Math.max(20, opts.mb + 1)) });
  try {
    const reader = await signIn(server.base, "badinh");
    const writer = await signIn(server.base, "badinh");
    const list = await getJson<{ items: { id: string }[] }>(server.base, reader, "/api/conferences?limit=5");
    const id = list.items[0]!.id;
    let readErrors = 0;
    const read = async () => {
      const t = performance.now();
      try {
        const res = await fetch(`${server.base}/api/conferences/${id}`, {
          headers: { cookie: reader.cookie },
          signal: AbortSignal.timeout(60_000),
        });
        await res.arrayBuffer();
        if (res.status !== 200) {
          readErrors++;
          console.log(`read answered ${res.status} after ${(performance.now() - t).toFixed(0)} ms`);
        }
      } catch (err) {
        readErrors++;
        console.log(
          `read failed after ${(performance.now() - t).toFixed(0)} ms: ${(err as Error).cause ?? err}`,
        );
      }
      return performance.now() - t;
    };
    const loop = async (stop: () => boolean) => {
      const out: number[] = [];
      while (!stop()) out.push(await read());
      return out;
    };
    for (let i = 0; i < 5; i++) await read(); // warm-up
    const floorUntil = performance.now() + opts.seconds * 1000;
    const floor = await loop(() => performance.now() > floorUntil);

    const form = new FormData();
    form.append(
      "file",
      new Blob([new Uint8Array(mp4(opts.mb * 1024 * 1024))], { type: "video/mp4" }),
      "clip.mp4",
    );
    let done = false;
    const during = loop(() => done);
    const t0 = performance.now();
    const res = await fetch(`${server.base}/api/conferences/${id}/agenda/media`, {
      method: "POST",
      headers: { cookie: writer.cookie, "x-csrf-token": writer.csrf },
      body: form,
      signal: AbortSignal.timeout(120_000),
    });
    await res.arrayBuffer();
    const uploadMs = performance.now() - t0;
    done = true;
    const reads = await during;
    const floorMedianMs = median(floor);
    const duringMaxMs = Math.max(...reads);
    return {
      engine,
      mb: opts.mb,
      uploadMs,
      status: res.status,
      floorMedianMs,
      duringMaxMs,
      delayMs: duringMaxMs - floorMedianMs,
      readsDuring: reads.length,
      readErrors,
    };
  } finally {
    await server.stop();
  }
}

export function printUpload(rows: UploadFigures[]) {
  console.log(
    "engine    MB  upload ms  status  read alone (median) ms  slowest read during ms  delay ms  reads during  read errors",
  );
  for (const r of rows) {
    console.log(
      `${r.engine.padEnd(8)} ${String(r.mb).padStart(3)}  ${r.uploadMs.toFixed(0).padStart(9)}  ${String(r.status).padStart(6)}  ${r.floorMedianMs.toFixed(0).padStart(22)}  ${r.duringMaxMs.toFixed(0).padStart(22)}  ${r.delayMs.toFixed(0).padStart(8)}  ${String(r.readsDuring).padStart(12)}  ${String(r.readErrors).padStart(11)}`,
    );
  }
  console.log();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const pgUrl = arg("pg");
  const opts = { mb: Number(arg("mb") ?? 20), seconds: Number(arg("seconds") ?? 5) };
  const rows = [await runUpload("pglite", undefined, opts)];
  if (pgUrl) rows.push(await runUpload("postgres", pgUrl, opts));
  printUpload(rows);
}
