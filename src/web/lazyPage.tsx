import type { ComponentType } from "react";
import type { Capability } from "../domain/access.ts";
import { RequireRole } from "./components/RequireRole.tsx";

/**
 * A route's page, loaded when it is first opened (issue #11 item 2: code split by route, so the
 * sign-in page does not carry every screen). `name` is the module's exported component; with a
 * capability the page is wrapped in RequireRole (the server refuses the others anyway).
 */
export function page<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M & string,
  capability?: Capability,
): () => Promise<{ Component: ComponentType }> {
  return async () => {
    const mod = await load();
    const Page = mod[name] as ComponentType;
    if (!capability) return { Component: Page };
    return {
      Component: () => (
        <RequireRole capability={capability}>
          <Page />
        </RequireRole>
      ),
    };
  };
}
