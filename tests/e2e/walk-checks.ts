/**
 * What the walk test (issue #13 item 1) checks on every page, as functions over a Playwright page:
 * the page itself does not scroll sideways, no UUID or English identifier of the code is visible,
 * every control has an accessible name (Chromium's own accessibility tree), the title is
 * Vietnamese. The identifiers are harvested from `src/domain/` itself, so a new status or
 * field another feature adds is caught without editing this file.
 */
import type { CDPSession, Page } from "playwright-core";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/iu;

/** Lower-case code words that are also plain words a Vietnamese page may show. */
const LEGITIMATE = new Set(["email", "thidua", "tcvn3", "vni"]);

const IDENTIFIER = /^[a-z][A-Za-z0-9_.]*$/u;

/** Every closed list (`[...] as const`, z.enum options) and every `*_LABELS` key in `src/domain/`. */
export function codeIdentifiers(): string[] {
  const modules = import.meta.glob<Record<string, unknown>>(
    ["../../src/domain/**/*.ts", "!../../src/domain/**/*.test.ts"],
    { eager: true },
  );
  const words = new Set<string>();
  const add = (w: unknown) => {
    if (typeof w === "string" && IDENTIFIER.test(w) && w.length >= 3 && !LEGITIMATE.has(w)) words.add(w);
  };
  for (const mod of Object.values(modules)) {
    for (const [name, value] of Object.entries(mod)) {
      if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string")) {
        if (value.every((v) => IDENTIFIER.test(v))) value.forEach(add);
      } else if (value && typeof value === "object" && /LABELS$/u.test(name)) {
        Object.keys(value).forEach(add);
      } else if (value && typeof value === "object" && "options" in value && Array.isArray(value.options)) {
        (value.options as unknown[]).forEach(add);
      }
    }
  }
  return [...words].sort();
}

export function englishFinder(words: readonly string[]): ((text: string) => string[]) & { size: number } {
  const escaped = words.map((w) => w.replace(/[.]/gu, "\\."));
  const re = new RegExp(`(?<![\\p{L}\\p{N}_.@/-])(${escaped.join("|")})(?![\\p{L}\\p{N}_-])`, "gu");
  const find = (text: string) => [...new Set([...text.matchAll(re)].map((m) => m[1]!))];
  return Object.assign(find, { size: words.length });
}

/** Roles a user operates; each needs a name to be announced. */
const INTERACTIVE = new Set([
  "button",
  "link",
  "textbox",
  "searchbox",
  "combobox",
  "listbox",
  "checkbox",
  "radio",
  "switch",
  "tab",
  "menuitem",
  "menuitemcheckbox",
  "menuitemradio",
  "option",
  "slider",
  "spinbutton",
]);

type AXNode = {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
};

/** Controls without an accessible name, per Chromium's computed accessibility tree. */
export async function unnamedControls(cdp: CDPSession): Promise<string[]> {
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as unknown as { nodes: AXNode[] };
  const out: string[] = [];
  for (const n of nodes) {
    const role = n.role?.value ?? "";
    if (n.ignored || !INTERACTIVE.has(role) || (n.name?.value ?? "").trim() !== "") continue;
    let html = "";
    if (n.backendDOMNodeId !== undefined) {
      const r = (await cdp.send("DOM.getOuterHTML", { backendNodeId: n.backendDOMNodeId })) as {
        outerHTML: string;
      };
      html = r.outerHTML.slice(0, 160);
    }
    out.push(`${role} ${html}`);
  }
  return out;
}

export type PageFacts = { overflow: number; text: string; title: string; cutHeaders: string[] };

export async function pageFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    // Typed text a user reads; not the hidden values of radios and checkboxes (SegmentedControl).
    const values = [...document.querySelectorAll("input, textarea")]
      .filter((i) => (i as HTMLElement).offsetParent !== null)
      .filter((i) => !["hidden", "radio", "checkbox", "file"].includes((i as HTMLInputElement).type))
      .map((i) => (i as HTMLInputElement).value);
    // Table headers on one line at desktop width (issue #13 item 2): a header whose words sit on
    // more than one line. Headers made of several lines on purpose (<br>, blocks) are not counted.
    const cutHeaders = [...document.querySelectorAll("th")]
      .filter(
        (th) => th.offsetParent !== null && th.textContent?.trim() && th.querySelector("br, div, p") === null,
      )
      .filter((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
        // A second line starts a line below; a smaller sort mark beside the words does not count.
        return Math.max(...tops) - Math.min(...tops) > Number.parseFloat(getComputedStyle(th).fontSize);
      })
      .map((th) => th.textContent ?? "");
    return {
      overflow: el.scrollWidth - window.innerWidth,
      text: `${document.body.innerText}\n${values.join("\n")}`,
      title: document.title,
      cutHeaders,
    };
  });
}

export const hasUuid = (text: string) => UUID.exec(text)?.[0];

/** Vietnamese: letters with Vietnamese marks, and not the app's default title. */
export const DEFAULT_TITLE = "thidua – Hội nghị điển hình tiên tiến các cấp";
export const isVietnameseTitle = (title: string) =>
  title !== DEFAULT_TITLE &&
  /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu.test(title);
