/**
 * The manifest in the repository points at the dev server (https://localhost:3000). A production build
 * writes a copy that points at the hosting site instead, the way the yo office template does, so the
 * repository keeps one manifest and the shipped one never names localhost.
 *
 * The hosting site is a required input of the production build, from the ADDIN_PRODUCTION_URL
 * environment variable or webpack's --env addinUrl=…, e.g.
 *   ADDIN_PRODUCTION_URL=https://plans.example.go.th/integrity/ npm run build
 * Without it the build fails: a manifest pointing at a placeholder would install a blank add-in.
 */
"use strict";

const DEV_URL = "https://localhost:3000/";

/** The production base URL, always https and always ending with "/"; throws when none is given. */
function productionUrl(value = process.env.ADDIN_PRODUCTION_URL) {
  if (!value) {
    throw new Error(
      "The production build needs the address the add-in will be served from: " +
        "ADDIN_PRODUCTION_URL=https://your-server/integrity-plan/ npm run build " +
        "(or npm run build -- --env addinUrl=https://…). See README, “Deploy for your office”.",
    );
  }
  const url = new URL(value);
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_PRODUCTION_URL must be an https URL; got ${value}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Rewrites every dev-server URL in a manifest to the production base. An <AppDomain> holds only an
 * origin, so a bare "https://localhost:3000" becomes the production origin.
 */
function toProductionManifest(xml, base = productionUrl()) {
  const target = productionUrl(base);
  const origin = new URL(target).origin;
  return xml.split(DEV_URL).join(target).split(DEV_URL.slice(0, -1)).join(origin);
}

module.exports = { DEV_URL, productionUrl, toProductionManifest };
