/**
 * Outside Excel: the pane on the user's own file. The file is read in the browser with the command
 * line's reader, loaded only when a file is opened (a chunk of its own, so the add-in's first load does
 * not carry ExcelJS); the steps then run on it, and the workbook with its summary sheet can be
 * downloaded. Nothing is sent anywhere: the page's CSP allows no connection but to itself.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  typographyStyles,
  webLightTheme,
} from "@fluentui/react-components";
import { type ChangeEvent, type DragEvent, type ReactElement, useMemo, useRef, useState } from "react";
import type { Lang } from "../../core";
import type { PlanHost, PlanSettings } from "../../hosts/planHost";
import type { FileHost } from "../../hosts/exceljs/fileHost";
import { App } from "./App";
import { OPEN_FILE_STRINGS } from "../words/openFileStrings";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  dropping: { outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  hidden: { display: "none" },
  note: { ...typographyStyles.caption1, margin: 0 },
  strong: { ...typographyStyles.caption1Strong, margin: 0 },
});

/**
 * The host with its language changes and summary writes reported, so the bar above the pane speaks the
 * pane's language and says what a download gives.
 */
function following<H extends PlanHost>(host: H, onLang: (lang: Lang) => void, onWritten: () => void): H {
  return {
    ...host,
    async saveSettings(settings: PlanSettings) {
      onLang(settings.lang ?? "th");
      await host.saveSettings(settings);
    },
    async writeSummary(layout, how) {
      const sheet = await host.writeSummary(layout, how);
      onWritten();
      return sheet;
    },
  };
}

interface Problem {
  readonly kind: string;
  readonly line?: number;
}

/** The file problem the shared reader names, if the failure is one. */
function problemOf(error: unknown): Problem {
  const problem = (error as { problem?: Problem } | undefined)?.problem;
  return problem && typeof problem.kind === "string" ? problem : { kind: "failed" };
}

export interface OutsideExcelProps {
  /** The pane's host until a file is opened: the built-in sample. */
  readonly preview: PlanHost;
}

/** The file opened (each a new pane), whether one is being opened, and why the last could not be. */
function useOpenedFile(lang: Lang) {
  const [opened, setOpened] = useState<{ readonly host: FileHost; readonly id: number } | undefined>();
  const [opening, setOpening] = useState(false);
  const [failure, setFailure] = useState<{ readonly file: string; readonly problem: Problem } | undefined>();
  const open = async (file: File): Promise<void> => {
    setOpening(true);
    setFailure(undefined);
    try {
      const [{ openFileHost }, bytes] = await Promise.all([
        import(/* webpackChunkName: "workbook" */ "../../hosts/exceljs/fileHost"),
        file.arrayBuffer(),
      ]);
      const next = await openFileHost(file.name, new Uint8Array(bytes));
      await next.saveSettings({ lang });
      setOpened((previous) => ({ host: next, id: (previous?.id ?? 0) + 1 }));
    } catch (error) {
      setFailure({ file: file.name, problem: problemOf(error) });
    } finally {
      setOpening(false);
    }
  };
  return { opened, opening, failure, open };
}

/** The pane outside Excel: the file bar above it, and the pane on the sample or on the opened file. */
export function OutsideExcel({ preview }: OutsideExcelProps): ReactElement {
  const classes = useStyles();
  const [lang, setLang] = useState<Lang>(preview.loadSettings().lang ?? "th");
  const { opened, opening, failure, open } = useOpenedFile(lang);
  const [dropping, setDropping] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const words = OPEN_FILE_STRINGS[lang];
  // A new host is a new pane: keyed by the file opened, App starts afresh on it.
  // Which opened file has its summary written: the download gives that file with it.
  const [writtenFor, setWrittenFor] = useState<number | undefined>(undefined);
  const host = useMemo(
    () => following(opened?.host ?? preview, setLang, () => setWrittenFor(opened?.id)),
    [opened, preview],
  );

  const picked = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // The same file may be picked again after editing it.
    event.target.value = "";
    if (file) void open(file);
  };

  const dropped = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDropping(false);
    const file = event.dataTransfer.files[0];
    if (file) void open(file);
  };

  return (
    <div
      className={dropping ? classes.dropping : undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={dropped}
    >
      <FluentProvider theme={webLightTheme} lang={lang}>
        <section className={classes.bar} aria-label={words.open}>
          <div className={classes.row}>
            <Button appearance="primary" disabled={opening} onClick={() => input.current?.click()}>
              {words.open}
            </Button>
            <input
              ref={input}
              className={classes.hidden}
              type="file"
              accept=".xlsx,.csv"
              aria-label={words.open}
              onChange={picked}
            />
            {opened && <Button onClick={() => void opened.host.downloadWorkbook()}>{words.download}</Button>}
          </div>
          <p className={classes.note}>
            {opening
              ? words.opening
              : opened
                ? words.opened(opened.host.file, opened.host.format)
                : words.drop}
          </p>
          {opened && <p className={classes.note}>{words.downloadHint(writtenFor === opened.id)}</p>}
          <p className={classes.strong}>{words.privacy}</p>
          {failure && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{words.problemTitle}</MessageBarTitle>
                {words.problem(failure.problem.kind, failure.file, failure.problem.line)}
              </MessageBarBody>
            </MessageBar>
          )}
        </section>
      </FluentProvider>
      <App key={opened?.id ?? 0} host={host} />
    </div>
  );
}
