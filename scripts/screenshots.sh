#!/usr/bin/env bash
# Regenerates docs/images/*.png with headless Chromium: one screenshot (1400 x 1000) of the HTML report of every
# docs/examples/*.json and of the sample maps, and the service blueprint of every example at its full size
# (*-blueprint.png), and the analytics and monitoring pages (*-analytics.png, *-monitoring.png, analytics-breakdown-cohorts.png),
# taken by the browser tests that also check them.
# Needs Chromium (Debian: apt-get install chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null 2>&1 || { echo "chromium not found: apt-get install chromium" >&2; exit 2; }
JOURNEYKIT_SCREENSHOTS=1 dotnet test tests/JourneyKit.Cli.Tests --filter "FullyQualifiedName~BrowserRenderingTests.HtmlReport_OfEveryExample_RendersInChromium|FullyQualifiedName~BlueprintBrowserTests|FullyQualifiedName~ReportBrowserTests.ReportPages_OfTheExamples_RenderInChromium"
ls -l docs/images/*.png
