/** @jest-environment jsdom */
import "./setup";
import { render, screen } from "@testing-library/react";
import { createExcelHost } from "../../src/hosts/officejs";
import { ErrorBanner } from "../../src/taskpane/views/ErrorBanner";
import { toFailure } from "../../src/taskpane/state/usePlan";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import { installFakeExcel } from "../fakes/excel";
import { sampleLayout, sampleSheet } from "../excel/fixtures";

/** The failure the Excel host gives for a rewrite of its summary once the user protected that sheet. */
async function protectedSummaryFailure() {
  const fake = installFakeExcel({ sheets: [sampleSheet()] });
  const host = createExcelHost();
  const how = { automatic: false, incomplete: "…", printSetupFailed: "!" };
  const name = await host.writeSummary(sampleLayout(), how);
  fake.sheet(name).isProtected = true;
  return toFailure(await host.writeSummary(sampleLayout(), how).catch((error: unknown) => error));
}

describe("a write Excel refused for protection", () => {
  test("names the protected sheet and says how to unprotect it, keeping Excel's code under the details", async () => {
    const failure = await protectedSummaryFailure();
    render(<ErrorBanner failure={failure} strings={STRINGS.th} onDismiss={() => undefined} />);

    const title = screen.getByText("แก้ไขแผ่นงานหรือไฟล์นี้ไม่ได้");
    const bar = title.parentElement;
    const advice = (bar?.textContent ?? "").replace(bar?.querySelector("details")?.textContent ?? "", "");
    expect(advice).toContain('แผ่นงาน "สรุปผล" ถูกป้องกันอยู่');
    expect(advice).toContain('"รีวิว" > "ยกเลิกการป้องกันแผ่นงาน"');
    expect(advice).not.toContain("AccessDenied");
    expect(bar?.querySelector("details")?.textContent).toContain("AccessDenied");
  });

  test("in English too", async () => {
    const failure = await protectedSummaryFailure();
    render(<ErrorBanner failure={failure} strings={STRINGS.en} onDismiss={() => undefined} />);

    expect(screen.getByText("This sheet or file cannot be changed").parentElement?.textContent).toContain(
      'The sheet "สรุปผล" is protected: choose Review > Unprotect Sheet',
    );
  });

  test("without a sheet named (a read-only or view-only file), says what to do for both", () => {
    const failure = {
      kind: "protected" as const,
      message: "AccessDenied: You cannot perform the requested operation.",
    };
    render(
      <ErrorBanner
        failure={failure}
        strings={STRINGS.th}
        onDismiss={() => undefined}
        onRetry={() => undefined}
      />,
    );

    const text = screen.getByText("แก้ไขแผ่นงานหรือไฟล์นี้ไม่ได้").parentElement?.textContent ?? "";
    expect(text).toContain("ยกเลิกการป้องกันแผ่นงาน");
    expect(text).toContain("บันทึกสำเนา");
    expect(text).toContain("ขอสิทธิ์แก้ไข");
    // Nothing the user could undo by waiting: no "try again" button.
    expect(screen.queryByRole("button", { name: "ลองอีกครั้ง" })).toBeNull();
  });
});
