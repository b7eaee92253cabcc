/**
 * The two legacy Vietnamese encodings offices still type lists in (issue #10 item 1;
 * SPEC E3, "Vietnamese text, exactly"): TCVN3 (ABC, fonts .VnTime, .VnArial …, and
 * their capitals-only "H" fonts .VnTimeH …) and VNI-Windows (fonts VNI-Times …).
 * In an .xlsx their bytes arrive as Windows-1252 letters ("NguyÔn V¨n An",
 * "Nguyeãn Vaên An"); these tables turn them into Unicode NFC, and back (for tests
 * and round trips). No npm package kept up to date covers both, hence the tables.
 * Pure: no I/O.
 */

export type LegacyEncoding = "tcvn3" | "vni";

export const LEGACY_ENCODING_LABELS: Readonly<Record<LegacyEncoding, string>> = {
  tcvn3: "TCVN3 (ABC)",
  vni: "VNI-Windows",
};

const BASES = "aăâeêioôơuưy";
const TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]; // none, huyền, hỏi, ngã, sắc, nặng

/** TCVN3: each lower-case letter (with its tone: none, huyền, hỏi, ngã, sắc, nặng) is one byte. */
const TCVN3_ROWS: Record<string, string> = {
  a: "a\u00b5\u00b6\u00b7\u00b8\u00b9",
  ă: "\u00a8\u00bb\u00bc\u00bd\u00be\u00c6",
  â: "\u00a9\u00c7\u00c8\u00c9\u00ca\u00cb",
  e: "e\u00cc\u00ce\u00cf\u00d0\u00d1",
  ê: "\u00aa\u00d2\u00d3\u00d4\u00d5\u00d6",
  i: "i\u00d7\u00d8\u00dc\u00dd\u00de",
  o: "o\u00df\u00e1\u00e2\u00e3\u00e4",
  ô: "\u00ab\u00e5\u00e6\u00e7\u00e8\u00e9",
  ơ: "\u00ac\u00ea\u00eb\u00ec\u00ed\u00ee",
  u: "u\u00ef\u00f1\u00f2\u00f3\u00f4",
  ư: "\u00ad\u00f5\u00f6\u00f7\u00f8\u00f9",
  y: "y\u00fa\u00fb\u00fc\u00fd\u00fe",
};
/** TCVN3's only capitals (the others need an "H" font, which draws lower-case bytes as capitals). */
const TCVN3_CAPITALS: Record<string, string> = {
  Ă: "\u00a1",
  Â: "\u00a2",
  Ê: "\u00a3",
  Ô: "\u00a4",
  Ơ: "\u00a5",
  Ư: "\u00a6",
  Đ: "\u00a7",
  đ: "\u00ae",
};

/** VNI: a base letter then a mark character; tones on â/ê/ô and ă have their own characters. */
const VNI_TONE = ["", "ø", "û", "õ", "ù", "ï"];
const VNI_CIRCUMFLEX_TONE = ["â", "à", "å", "ã", "á", "ä"];
const VNI_BREVE_TONE = ["ê", "è", "ú", "ü", "é", "ë"];
const VNI_I = ["i", "ì", "æ", "ó", "í", "ò"];

function vniLower(base: string, tone: number): string {
  switch (base) {
    case "ă":
      return `a${VNI_BREVE_TONE[tone]}`;
    case "â":
      return `a${VNI_CIRCUMFLEX_TONE[tone]}`;
    case "ê":
      return `e${VNI_CIRCUMFLEX_TONE[tone]}`;
    case "ô":
      return `o${VNI_CIRCUMFLEX_TONE[tone]}`;
    case "ơ":
      return `ô${VNI_TONE[tone]}`;
    case "ư":
      return `ö${VNI_TONE[tone]}`;
    case "i":
      return VNI_I[tone]!;
    case "y":
      return tone === 5 ? "î" : `y${VNI_TONE[tone]}`;
    default:
      return `${base}${VNI_TONE[tone]}`;
  }
}

type Table = {
  toUnicode: Map<string, string>;
  fromUnicode: Map<string, string>;
  longest: number;
  /** Every non-ASCII character the encoding writes (also those that read as themselves, like VNI "í"). */
  chars: Set<string>;
};

function table(pairs: Array<[unicode: string, legacy: string]>): Table {
  const toUnicode = new Map<string, string>();
  const fromUnicode = new Map<string, string>();
  const chars = new Set<string>();
  for (const [u, l] of pairs) {
    for (const c of l) if (c.charCodeAt(0) >= 0x80) chars.add(c);
    if (u === l) continue;
    if (!toUnicode.has(l)) toUnicode.set(l, u);
    if (!fromUnicode.has(u)) fromUnicode.set(u, l);
  }
  const longest = Math.max(...[...toUnicode.keys()].map((k) => k.length));
  return { toUnicode, fromUnicode, longest, chars };
}

function letter(base: string, tone: number): string {
  return `${base}${TONES[tone]}`.normalize("NFC");
}

const TCVN3 = table([
  ...Object.entries(TCVN3_ROWS).flatMap(([base, row]) =>
    [...row].map((ch, tone) => [letter(base, tone), ch] as [string, string]),
  ),
  ...Object.entries(TCVN3_CAPITALS),
]);

const upperVni = (s: string) => s.toUpperCase();
const VNI = table(
  BASES.split("")
    .flatMap((base) =>
      TONES.flatMap((_, tone) => {
        const lower = vniLower(base, tone);
        const u = letter(base, tone);
        return [
          [u, lower],
          [u.toUpperCase(), upperVni(lower)],
        ] as Array<[string, string]>;
      }),
    )
    .concat([
      ["đ", "ñ"],
      ["Đ", "Ñ"],
    ]),
);

function convert(text: string, t: Table, map: "toUnicode" | "fromUnicode"): string {
  const m = t[map];
  let out = "";
  let i = 0;
  while (i < text.length) {
    let hit = false;
    for (let len = t.longest; len >= 1; len--) {
      const piece = text.slice(i, i + len);
      const found = piece.length === len ? m.get(piece) : undefined;
      if (found !== undefined) {
        out += found;
        i += len;
        hit = true;
        break;
      }
    }
    if (!hit) out += text[i++];
  }
  return out;
}

/** Legacy text → Unicode NFC. `capitals`: the text was drawn in an "H" font (.VnTimeH). */
export function legacyToUnicode(text: string, encoding: LegacyEncoding, capitals = false): string {
  const t = encoding === "tcvn3" ? TCVN3 : VNI;
  const out = convert(text, t, "toUnicode").normalize("NFC");
  return capitals ? out.toLocaleUpperCase("vi") : out;
}

/** Unicode → legacy text (TCVN3 capitals other than ĂÂÊÔƠƯĐ become lower case, as typed in an H font). */
export function unicodeToLegacy(text: string, encoding: LegacyEncoding): string {
  const nfc = text.normalize("NFC");
  if (encoding === "vni") return convert(nfc, VNI, "fromUnicode");
  let out = "";
  for (const ch of nfc) {
    const direct = TCVN3.fromUnicode.get(ch);
    if (direct !== undefined) out += direct;
    else {
      const lower = ch.toLocaleLowerCase("vi");
      const viaLower = lower !== ch ? TCVN3.fromUnicode.get(lower) : undefined;
      out += viaLower ?? ch;
    }
  }
  return out;
}

/** The legacy encoding a font name says ("…VnTime", ".VnTimeH", "VNI-Times"), and whether it draws capitals. */
export function encodingOfFont(
  font: string | undefined,
): { encoding: LegacyEncoding; capitals: boolean } | null {
  if (!font) return null;
  const f = font.trim();
  if (/^vni[-\s]/iu.test(f)) return { encoding: "vni", capitals: false };
  if (/^\.?vn[a-z0-9]/iu.test(f) && !/^vni/iu.test(f)) return { encoding: "tcvn3", capitals: /H$/u.test(f) };
  return null;
}

const VIETNAMESE_LETTERS = new Set(
  [...BASES]
    .flatMap((b) => TONES.map((_, t) => letter(b, t)))
    .concat(["đ"])
    .flatMap((l) => [l, l.toUpperCase()]),
);
function isVietnameseOrAscii(ch: string): boolean {
  return ch.charCodeAt(0) < 0x80 || VIETNAMESE_LETTERS.has(ch);
}

const TCVN3_CHARS = TCVN3.chars;
const VNI_CHARS = VNI.chars;

/** VNI pairs that no Unicode Vietnamese word holds: "aê" (ă), "aâ"/"eâ"/"oâ" (â ê ô), a tone after "e"/"a". */
const VNI_PAIR =
  /[aA][âêàåãäèúüëÂÊÀÅÃÄÈÚÜË]|[eEoO][âåäÂÅÄ]|[aAeEyY][øùûõïØÙÛÕÏ]|[uU][øûïØÛÏ]|[ôöÔÖ][øùûõïØÙÛÕÏ]/u;

/**
 * What the characters alone say: votes for each encoding. A letter outside Vietnamese
 * that only one table has is a vote for it; VNI's letter pairs that Unicode never
 * writes count for VNI. Unicode Vietnamese gets no votes.
 */
export function legacyVotes(text: string): { tcvn3: number; vni: number } {
  let tcvn3 = 0;
  let vni = 0;
  for (const ch of text) {
    if (isVietnameseOrAscii(ch)) continue;
    // A soft hyphen is TCVN3's "ư", and also a stray invisible character: a weak vote.
    if (ch === "\u00ad") {
      tcvn3++;
      continue;
    }
    const t = TCVN3_CHARS.has(ch);
    const v = VNI_CHARS.has(ch);
    if (t && !v) tcvn3 += 2;
    else if (v && !t) vni += 2;
    else if (t && v) {
      tcvn3++;
      vni++;
    }
  }
  if (VNI_PAIR.test(text)) vni += 2;
  return { tcvn3, vni };
}

/** True when every non-ASCII character of the text belongs to the encoding's table. */
export function fitsEncoding(text: string, encoding: LegacyEncoding): boolean {
  const chars = encoding === "tcvn3" ? TCVN3_CHARS : VNI_CHARS;
  let legacy = false;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (!chars.has(ch)) return false;
    legacy = true;
  }
  return legacy;
}
