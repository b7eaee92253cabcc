/** Where the document settings page lives; every signed-in role may open it (SPEC L1). */
export const DOCUMENT_SETTINGS_PATH = "/thiet-lap-van-ban";
