/**
 * What the walk reads from a page, run inside the browser by `page.evaluate(inspectInPage)`:
 * it must stay one self-contained function (no imports, no helpers outside it).
 * The accessible name follows the usual order: aria-labelledby, aria-label, an associated
 * <label>, the text inside (or an image's alt), then title — enough for Mantine's controls.
 */
import type { PageFacts } from "./walk-checks.ts";

export function inspectInPage(): Omit<PageFacts, "consoleErrors"> {
  const squash = (s: string | null | undefined) => (s ?? "").replace(/\s+/gu, " ").trim();
  const shown = (el: Element) => {
    if (el.closest("[aria-hidden='true'], [hidden], [inert]")) return false;
    const r = el.getBoundingClientRect();
    const st = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && st.visibility !== "hidden" && st.display !== "none";
  };
  const describe = (el: Element) => {
    const html = el.outerHTML.replace(/\s+/gu, " ");
    const text = squash(el.textContent).slice(0, 40);
    return `${html.slice(0, 140)}${html.length > 140 ? "…" : ""}${text ? ` «${text}»` : ""}`;
  };
  const nameOf = (el: HTMLElement): string => {
    const by = el.getAttribute("aria-labelledby");
    if (by) {
      const t = squash(
        by
          .split(/\s+/u)
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" "),
      );
      if (t) return t;
    }
    const aria = squash(el.getAttribute("aria-label"));
    if (aria) return aria;
    if (
      el instanceof HTMLInputElement ||
      el instanceof HTMLSelectElement ||
      el instanceof HTMLTextAreaElement
    ) {
      const labels = squash([...(el.labels ?? [])].map((l) => l.textContent).join(" "));
      if (labels) return labels;
      if (el instanceof HTMLInputElement && ["button", "submit", "reset"].includes(el.type) && el.value) {
        return el.value;
      }
    } else {
      const text = squash(el.textContent);
      if (text) return text;
      const alt = squash(el.querySelector("img[alt]")?.getAttribute("alt"));
      if (alt) return alt;
    }
    return squash(el.getAttribute("title"));
  };

  const CONTROLS =
    "button, a[href], input:not([type='hidden']), select, textarea, [role='button'], [role='link'], " +
    "[role='tab'], [role='checkbox'], [role='radio'], [role='switch'], [role='combobox'], [role='menuitem']";
  const unnamed: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>(CONTROLS)) {
    // Mantine's radio/checkbox inputs are see-through over their label: shown as the label.
    const target =
      el instanceof HTMLInputElement && getComputedStyle(el).opacity === "0" ? el.parentElement : el;
    if (!target || !shown(target)) continue;
    if (!nameOf(el)) unnamed.push(describe(el));
  }

  const root = document.documentElement;
  const clientWidth = root.clientWidth;
  const scrollWidth = Math.max(root.scrollWidth, document.body.scrollWidth);
  const overflowing: string[] = [];
  if (scrollWidth > clientWidth + 1) {
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== "visible") return true;
      }
      return false;
    };
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > clientWidth + 1;
    for (const el of document.body.querySelectorAll("*")) {
      if (overflowing.length >= 3) break;
      if (!sticksOut(el) || (el.parentElement && sticksOut(el.parentElement)) || clipped(el) || !shown(el)) {
        continue;
      }
      const right = Math.round(el.getBoundingClientRect().right);
      overflowing.push(`${describe(el).slice(0, 160)} (đến ${right} px)`);
    }
  }
  return {
    text: document.body.innerText,
    title: document.title,
    scrollWidth,
    clientWidth,
    overflowing,
    unnamed: [...new Set(unnamed)].slice(0, 10),
  };
}
