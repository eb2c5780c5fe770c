/** Entry: inside Excel the pane works on the workbook; anywhere else, on the sample plan. */
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../excel";
import { App } from "./App";
import { OutsideExcel } from "./OpenFile";
import type { PlanHost } from "../host";
import { createPreviewHost } from "./previewHost";

function show(host: PlanHost): void {
  const container =
    document.getElementById("container") ?? document.body.appendChild(document.createElement("div"));
  // Outside Excel the user may open a file of their own instead of the sample.
  createRoot(container).render(
    host.kind === "preview" ? <OutsideExcel preview={host} /> : <App host={host} />,
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
} else if (typeof Office === "undefined") show(createPreviewHost());
else
  Office.onReady((info) =>
    show(info.host === Office.HostType.Excel ? createExcelHost() : createPreviewHost()),
  );
