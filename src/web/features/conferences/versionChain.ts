/**
 * N2 without tripping over one's own saves: a draft remembers the version it was
 * started from; saves made from this page record "version n → n + 1", so a draft
 * started at n is still current at n + 1 when that step was ours, and stale when
 * it was somebody else's.
 */
import { useMemo, useRef } from "react";

export type VersionChain = { record: (newVersion: number) => void; resolve: (base: number) => number };

export function useVersionChain(): VersionChain {
  const ref = useRef(new Map<number, number>());
  return useMemo(
    () => ({
      record: (v) => {
        ref.current.set(v - 1, v);
      },
      resolve: (base) => {
        let v = base;
        for (let i = 0; i < 10_000 && ref.current.has(v); i++) v = ref.current.get(v)!;
        return v;
      },
    }),
    [],
  );
}
