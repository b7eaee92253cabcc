/** What the conference page places: the import modal and the export buttons (E3, E4). */
export { ExportButtons } from "./ExportButtons.tsx";
export { ImportDelegatesModal, type ImportDelegatesModalProps } from "./ImportDelegatesModal.tsx";
