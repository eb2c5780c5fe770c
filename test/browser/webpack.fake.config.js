/**
 * Bundles the fake Excel and the sample workbook into one classic script for the browser test's
 * page.addInitScript. No eval in the output: the pane's Content-Security-Policy forbids it.
 */
const path = require("path");

module.exports = {
  mode: "production",
  target: ["web", "es2020"],
  devtool: false,
  entry: { "excel-page": path.resolve(__dirname, "excel-page.ts") },
  // One script for page.addInitScript: an import() anywhere in what it bundles is bundled in, not split off.
  output: { filename: "[name].js", iife: true, asyncChunks: false },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: "ts-loader",
        exclude: /node_modules/,
        options: { transpileOnly: true, configFile: path.resolve(__dirname, "../../tsconfig.json") },
      },
    ],
  },
  optimization: { minimize: false },
  performance: { hints: false },
  stats: "errors-warnings",
};
