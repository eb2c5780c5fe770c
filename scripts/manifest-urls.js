/**
 * The manifest in the repository points at the dev server (https://localhost:3000). A production build
 * writes a copy that points at the hosting site instead, the way the yo office template does, so the
 * repository keeps one manifest and the shipped one never names localhost.
 *
 * The hosting site comes from the ADDIN_PRODUCTION_URL environment variable at build time, e.g.
 *   ADDIN_PRODUCTION_URL=https://plans.example.go.th/integrity/ npm run build
 * and is https://integrity-plan.example/ (a placeholder) when the variable is unset.
 */
"use strict";

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PRODUCTION_URL = "https://integrity-plan.example/";

/** The production base URL, always https and always ending with "/". */
function productionUrl(value = process.env.ADDIN_PRODUCTION_URL || DEFAULT_PRODUCTION_URL) {
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

module.exports = { DEV_URL, DEFAULT_PRODUCTION_URL, productionUrl, toProductionManifest };
