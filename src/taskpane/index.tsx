/**
 * Entry: inside Excel the pane works on the workbook; anywhere else, on the sample plan. Each host's
 * code comes as a chunk of its own, loaded once Office has said where the pane runs, so Excel never
 * loads the preview and the preview never loads the Excel adapter. The chunk names are the ones
 * webpack.config.js counts in the pane's first load.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { type Root, createRoot } from "react-dom/client";
import { App } from "./views/App";
import { ErrorBanner } from "./views/ErrorBanner";
import { toFailure } from "./state/planState";
import { loadLanguage, paneStrings } from "./words/strings";
import type { Lang } from "../core";
import type { PlanHost } from "../hosts/planHost";

let root: Root | undefined;

function show(pane: ReactElement): void {
  root ??= createRoot(
    document.getElementById("container") ?? document.body.appendChild(document.createElement("div")),
  );
  root.render(pane);
}

async function inExcel(): Promise<ReactElement> {
  const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../hosts/officejs");
  const host = createExcelHost();
  // The workbook may ask for the pane in English: its words are fetched before the pane shows.
  await loadLanguage(savedLanguage(host));
  return <App host={host} />;
}

/** The language the workbook's settings keep; Thai where they say none or cannot be read (App says why). */
function savedLanguage(host: PlanHost): Lang {
  try {
    return host.loadSettings().lang ?? "th";
  } catch {
    return "th";
  }
}

/** Outside Excel the user may open a file of their own instead of the sample. */
async function outsideExcel(): Promise<ReactElement> {
  const [{ OutsideExcel }, { createPreviewHost }] = await Promise.all([
    import(/* webpackChunkName: "preview-host" */ "./views/OpenFile"),
    import(/* webpackChunkName: "preview-host" */ "../hosts/previewHost"),
  ]);
  return <OutsideExcel preview={createPreviewHost()} />;
}

/**
 * Shows the pane, or, when its host's chunk cannot be fetched (a dropped connection), says so with a
 * way to try again rather than leaving the pane blank.
 */
function start(load: () => Promise<ReactElement>): void {
  load().then(
    (pane) => show(pane),
    (error: unknown) =>
      show(
        <FluentProvider theme={webLightTheme} lang="th">
          <ErrorBanner failure={toFailure(error)} strings={paneStrings("th")} onDismiss={() => start(load)} />
        </FluentProvider>,
      ),
  );
}

declare global {
  interface Window {
    /** Set by webview-check.js in Trident and EdgeHTML, where the page shows a message instead. */
    integrityPlanUnsupported?: boolean;
  }
}

// In an old webview nothing starts; otherwise, when office.js failed to load, the pane still opens,
// on the sample.
if (window.integrityPlanUnsupported === true) {
  // The page's own message stands instead of the pane.
} else if (typeof Office === "undefined") start(outsideExcel);
else Office.onReady((info) => start(info.host === Office.HostType.Excel ? inExcel : outsideExcel));
