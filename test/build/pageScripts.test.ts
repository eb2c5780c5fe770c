/**
 * The pane's first load starts from the scripts its page names: the build's first-load budget and
 * `npm run bench` read them from taskpane.html, minified or not.
 */
import { localScripts } from "../../scripts/page-scripts.js";

describe("the scripts a page loads from its own folder", () => {
  it("reads src quoted either way and unquoted, as the minified page writes it", () => {
    const html =
      '<script src="webview-check.js"></script>' +
      "<script defer src='./vendors.js?v=2'></script>" +
      "<script defer src=taskpane.js></script>";
    expect(localScripts(html)).toEqual(["webview-check.js", "vendors.js", "taskpane.js"]);
  });

  it("leaves out other sites' scripts, inline scripts and a script named twice", () => {
    const html =
      "<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>" +
      '<script src="//cdn.example.org/x.js"></script>' +
      '<script>var src = "inline.js";</script>' +
      '<script type="module" src="taskpane.js"></script><script src="/taskpane.js"></script>';
    expect(localScripts(html)).toEqual(["taskpane.js"]);
  });
});
