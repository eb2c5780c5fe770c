/*
 * Runs before the pane's bundle, in ES5 so that every webview can read it. Office 2019 and older show
 * add-ins in Internet Explorer 11 ("Trident") or Edge Legacy ("EdgeHTML"), which cannot run the pane;
 * they are told by their user agent, as Microsoft shows in "Support older Microsoft webviews and Office
 * versions" (https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11). There the page says
 * what to use instead, in Thai and English, and the pane is not started (index.tsx reads the flag).
 */
(function () {
  var agent = window.navigator.userAgent;
  // Edge Legacy says "Edge/"; the Chromium-based Edge says "Edg/" and runs the pane.
  if (agent.indexOf("Trident") === -1 && agent.indexOf("Edge/") === -1) return;
  window.integrityPlanUnsupported = true;
  document.addEventListener("DOMContentLoaded", function () {
    var message = document.getElementById("unsupported");
    var container = document.getElementById("container");
    if (container) container.parentNode.removeChild(container);
    if (message) message.removeAttribute("hidden");
  });
})();
