/**
 * Sign-in is public; sign-out, "who am I" and changing one's own password are open
 * to every signed-in person (N1). What the web may offer a person is its role's
 * capabilities (domain/access.ts), sent with /api/auth/me and the sign-in answer.
 */
import { type Capability, capabilitiesOf } from "../../../domain/access.ts";
import type { Role } from "../../../domain/roles.ts";

export const authPolicy = {
  capabilities: (role: Role): Capability[] => capabilitiesOf(role),
};
