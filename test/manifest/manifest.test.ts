/** @jest-environment jsdom */
/*
 * Office's manifest validator needs the internet, so these checks run locally what would make Office
 * refuse the add-in or show it broken: element order, resource ids, URLs, requirement sets and icons.
 */
import * as fs from "fs";
import * as path from "path";
import { productionUrl, toProductionManifest } from "../../scripts/manifest-urls.js";

const EXAMPLE_URL = "https://addin.example.org/";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
/**
 * The sizes the Icon element takes for a ribbon group or button: 16, 32 and 80 required, 20, 24, 40, 48
 * and 64 supported, for scaled displays (https://learn.microsoft.com/javascript/api/manifest/icon,
 * https://learn.microsoft.com/javascript/api/manifest/image).
 */
const RIBBON_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const DEV_ORIGIN = "https://localhost:3000";

/** Element orders from the task pane add-in schemas (TaskPaneAppVersionOverridesV1_0 and OfficeApp). */
const ORDER: Record<string, readonly string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
  ],
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "EquivalentAddins",
    "VersionOverrides",
  ],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  Action: ["TaskpaneId", "SourceLocation", "Title"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};
const REQUIRED_IN_ROOT = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest is not well formed: ${error.textContent ?? ""}`);
  return doc;
}

const all = (root: Document | Element, name: string): Element[] =>
  Array.from(root.getElementsByTagNameNS("*", name));

function one(root: Document | Element, name: string): Element {
  const found = all(root, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
}

/** The one direct child of that name: several elements (Hosts, Description) also occur deeper. */
function child(parent: Element, name: string): Element {
  const found = Array.from(parent.children).filter((c) => c.localName === name);
  if (found.length !== 1)
    throw new Error(`expected one <${name}> in <${parent.localName}>, found ${found.length}`);
  return found[0];
}

const childNames = (element: Element): string[] => Array.from(element.children).map((c) => c.localName);

/** Children that are out of schema order or unknown to it, as "parent/child" strings. */
function orderProblems(doc: Document): string[] {
  const problems: string[] = [];
  for (const [parent, order] of Object.entries(ORDER)) {
    for (const element of all(doc, parent)) {
      let last = -1;
      for (const name of childNames(element)) {
        const index = order.indexOf(name);
        if (index < last || index === -1) problems.push(`${parent}/${name}`);
        // Repeats (several <Control>s) are allowed; going back to an earlier kind is not.
        last = Math.max(last, index);
      }
    }
  }
  return problems;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every URL the manifest holds: in attributes and as element text (AppDomain). */
function urls(doc: Document): string[] {
  const found: string[] = [];
  for (const element of all(doc, "*")) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^[a-z]+:\/\//i.test(attribute.value) && !attribute.name.startsWith("xmlns")) {
        found.push(attribute.value);
      }
    }
    if (element.children.length === 0 && /^[a-z]+:\/\//i.test(element.textContent?.trim() ?? "")) {
      found.push(element.textContent?.trim() ?? "");
    }
  }
  return found;
}

const doc = parse(MANIFEST);

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks", () => {
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(doc.documentElement.getAttributeNS(XSI, "type")).toBe("TaskPaneApp");
    expect(childNames(child(doc.documentElement, "Hosts"))).toEqual(["Host"]);
    expect(child(child(doc.documentElement, "Hosts"), "Host").getAttribute("Name")).toBe("Workbook");
    expect(one(doc, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("has every required top-level element, in schema order", () => {
    expect(childNames(doc.documentElement)).toEqual(expect.arrayContaining(REQUIRED_IN_ROOT));
    expect(orderProblems(doc)).toEqual([]);
  });

  it("would notice an element out of order", () => {
    const swapped = MANIFEST.replace(
      /(<Version>.*<\/Version>)(\s*)(<ProviderName>.*<\/ProviderName>)/,
      "$3$2$1",
    );
    expect(swapped).not.toBe(MANIFEST);
    expect(orderProblems(parse(swapped))).toEqual(["OfficeApp/Version"]);
  });

  it("has a GUID for its id and a four-part version", () => {
    expect(one(doc, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(one(doc, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("is Thai by default with English overrides for its name and description", () => {
    expect(one(doc, "DefaultLocale").textContent).toBe("th-TH");
    const displayName = child(doc.documentElement, "DisplayName");
    expect(displayName.getAttribute("DefaultValue")).toBe("รายงานผลแผนป้องกันการทุจริต");
    expect(one(displayName, "Override").getAttribute("Locale")).toBe("en-US");
    expect(one(displayName, "Override").getAttribute("Value")).toBe("Integrity Plan Report");
    const description = child(doc.documentElement, "Description");
    expect(description.getAttribute("DefaultValue")).toMatch(/[\u0E00-\u0E7F]/);
    expect(one(description, "Override").getAttribute("Locale")).toBe("en-US");
  });

  it("requires ExcelApi 1.7", () => {
    const sets = all(child(doc.documentElement, "Requirements"), "Set").map((s) => [
      s.getAttribute("Name"),
      s.getAttribute("MinVersion"),
    ]);
    expect(sets).toEqual([["ExcelApi", "1.7"]]);
  });

  it("defines every resource id it uses exactly once, and uses every one it defines", () => {
    const resources = one(doc, "Resources");
    const defined = all(resources, "*")
      .filter((e) => e.parentElement !== resources && e.hasAttribute("id"))
      .map((e) => e.getAttribute("id"));
    const used = new Set(
      all(doc, "*").flatMap((e) => (e.hasAttribute("resid") ? [e.getAttribute("resid")] : [])),
    );
    expect(used.size).toBeGreaterThan(0);
    expect(new Set(defined).size).toBe(defined.length);
    expect([...used].sort()).toEqual([...defined].sort());
  });

  it("gives every string resource Thai text and an English override", () => {
    const strings = [...all(one(doc, "ShortStrings"), "String"), ...all(one(doc, "LongStrings"), "String")];
    expect(strings.length).toBeGreaterThan(0);
    for (const string of strings) {
      expect(string.getAttribute("DefaultValue")).toMatch(/[\u0E00-\u0E7F]/);
      const override = one(string, "Override");
      expect(override.getAttribute("Locale")).toBe("en-US");
      expect(override.getAttribute("Value")).toMatch(/^[\x20-\x7E]+$/);
    }
  });

  it("uses only https URLs", () => {
    const found = urls(doc);
    expect(found.length).toBeGreaterThan(5);
    expect(found.filter((url) => !url.startsWith("https://"))).toEqual([]);
  });

  it("puts a button on the Home tab that shows the task pane", () => {
    const tab = all(doc, "OfficeTab").find((t) => t.getAttribute("id") === "TabHome");
    expect(tab).toBeDefined();
    const button = all(tab as Element, "Control").find((c) => c.getAttributeNS(XSI, "type") === "Button");
    expect(button).toBeDefined();
    const action = one(button as Element, "Action");
    expect(action.getAttributeNS(XSI, "type")).toBe("ShowTaskpane");
    const resid = one(action, "SourceLocation").getAttribute("resid");
    const url = all(doc, "Url").find((u) => u.getAttribute("id") === resid);
    const defaultPane = one(one(doc, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue");
    expect(url?.getAttribute("DefaultValue")).toBe(defaultPane);
    expect(defaultPane).toBe(`${DEV_ORIGIN}/taskpane.html`);
    const functionFile = all(doc, "Url").find(
      (u) => u.getAttribute("id") === one(doc, "FunctionFile").getAttribute("resid"),
    );
    expect(functionFile?.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}/commands.html`);
  });

  it("names only icons that exist in assets/ at the size it gives them", () => {
    const images = new Map(
      all(one(doc, "Images"), "Image").map((i) => [i.getAttribute("id"), i.getAttribute("DefaultValue")]),
    );
    const expected: Array<[string | null | undefined, number]> = [
      [one(doc, "IconUrl").getAttribute("DefaultValue"), 32],
      [one(doc, "HighResolutionIconUrl").getAttribute("DefaultValue"), 64],
    ];
    for (const icon of all(doc, "Icon")) {
      for (const image of all(icon, "Image")) {
        expected.push([images.get(image.getAttribute("resid")), Number(image.getAttribute("size"))]);
      }
    }
    expect(expected.length).toBeGreaterThan(2);
    for (const [url, size] of expected) {
      expect(url).toMatch(new RegExp(`^${DEV_ORIGIN}/assets/icon-\\d+\\.png$`));
      const file = path.join(ROOT, new URL(url as string).pathname);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("has every icon size the Office store and ribbon ask for", () => {
    for (const size of [...RIBBON_ICON_SIZES, 128]) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it("gives the group and the button an image of every size the ribbon takes, so none is scaled up blurred", () => {
    const icons = all(doc, "Icon");
    expect(icons.length).toBe(2);
    for (const icon of icons) {
      expect(all(icon, "Image").map((image) => Number(image.getAttribute("size")))).toEqual(
        RIBBON_ICON_SIZES,
      );
    }
  });
});

describe("the production manifest the build writes", () => {
  it("names no localhost URL, only the production site", () => {
    const production = toProductionManifest(MANIFEST, EXAMPLE_URL);
    expect(production).not.toMatch(/localhost/i);
    const found = urls(parse(production));
    expect(found.filter((url) => !url.startsWith(EXAMPLE_URL.slice(0, -1)))).toEqual([]);
    expect(one(parse(production), "AppDomain").textContent).toBe("https://addin.example.org");
  });

  it("is never built without the production address: the build fails and says how to give it", () => {
    const saved = process.env.ADDIN_PRODUCTION_URL;
    delete process.env.ADDIN_PRODUCTION_URL;
    try {
      expect(() => productionUrl()).toThrow(/ADDIN_PRODUCTION_URL=https:\/\/.*npm run build/);
      expect(() => toProductionManifest(MANIFEST)).toThrow(/Deploy for your office/);
      expect(() => productionUrl("http://plain.example.org/")).toThrow(/https/);
    } finally {
      if (saved !== undefined) process.env.ADDIN_PRODUCTION_URL = saved;
    }
  });

  it("keeps a path in the production URL, and gives AppDomain only its origin", () => {
    const production = parse(toProductionManifest(MANIFEST, "https://plans.example.go.th/integrity"));
    expect(one(one(production, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue")).toBe(
      "https://plans.example.go.th/integrity/taskpane.html",
    );
    expect(one(production, "AppDomain").textContent).toBe("https://plans.example.go.th");
  });

  it("changes nothing but the URLs", () => {
    const production = toProductionManifest(MANIFEST, "https://plans.example.go.th/");
    expect(production.split("\n").length).toBe(MANIFEST.split("\n").length);
    expect(production.replaceAll("https://plans.example.go.th", DEV_ORIGIN)).toBe(MANIFEST);
  });

  it("refuses a production URL that is not https", () => {
    expect(() => toProductionManifest(MANIFEST, "http://plans.example.go.th/")).toThrow(/https/);
  });
});
