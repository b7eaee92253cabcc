/** The signed-in person (N1): one query, shared by every page. */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Capability } from "../../domain/access.ts";
import type { Me } from "../../domain/auth.ts";
import { ApiError, api } from "./api.ts";

export const ME_KEY = ["me"] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>("/api/auth/me");
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

/** The signed-in person inside the app layout (which has already checked sign-in). */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error("useCurrentUser outside a signed-in page");
  return data;
}

export function useSignOut() {
  const qc = useQueryClient();
  return async () => {
    try {
      await api("/api/auth/logout", { method: "POST" });
    } finally {
      qc.clear();
      qc.setQueryData(ME_KEY, null);
    }
  };
}

/** Does the signed-in person's role have this capability (domain/access.ts, sent with /api/auth/me)? */
export const hasCapability = (me: Pick<Me, "capabilities">, capability: Capability) =>
  me.capabilities.includes(capability);

/** `may("units.manage")`: what the UI offers; the server enforces the same table. */
export function useMay(): (capability: Capability) => boolean {
  const me = useCurrentUser();
  return useCallback((capability: Capability) => hasCapability(me, capability), [me]);
}
