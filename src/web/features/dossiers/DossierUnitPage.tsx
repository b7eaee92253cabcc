/** One unit's dossier opened from the office's overview (G3): accept or return each item. */
import { Anchor } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useDocumentTitle } from "../../lib/useDocumentTitle.ts";
import { PATHS } from "../../paths.ts";
import { DossierView } from "./DossierView.tsx";

export function DossierUnitPage() {
  const { unitId } = useParams();
  useDocumentTitle("Hồ sơ của đơn vị");
  return (
    <>
      <Anchor component={Link} to={PATHS.dossiers} size="sm" mb="sm" display="inline-block">
        ← Hồ sơ của các đơn vị
      </Anchor>
      <DossierView unitId={unitId ?? ""} />
    </>
  );
}
