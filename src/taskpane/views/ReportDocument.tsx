/**
 * The report document in the Memo step (spec §10): the details the plan does not hold (kept in the
 * workbook's settings when a document is made), a download, and a copy as formatted text that pastes
 * into Word wherever a download cannot be saved. Errors in the plan show beside the buttons.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type ReactElement, useRef, useState } from "react";
import type { Lang, PlanReport } from "../../core";
import type { PlanHost, PlanSettings } from "../../hosts/planHost";
import { DOCX_TYPE } from "../../hosts/saveFile";
import {
  type DocumentFiles,
  type MemoInput,
  documentBytes,
  documentForCopy,
  documentName,
} from "../state/reportDocument";
import { DOCUMENT_STRINGS, type DocumentStrings } from "../words/documentStrings";
import { copyFormatted } from "./clipboard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  file: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  preview: {
    maxHeight: "240px",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    // The document at 60 % of its size: enough to see what will be pasted.
    zoom: 0.6,
  },
});

export interface ReportDocumentProps {
  readonly report: PlanReport;
  readonly lang: Lang;
  /** The details as last kept in the workbook's settings. */
  readonly memo: PlanSettings["memo"];
  /** Keeps the details typed in the workbook's settings (on the user's own action only). */
  readonly onRemember: (memo: MemoInput) => void;
  readonly saveFile: PlanHost["saveFile"];
}

/** The details as saved, each only when it is text. */
function savedInput(saved: PlanSettings["memo"]): MemoInput {
  const memo = saved ?? {};
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const bag = (value: unknown): Record<string, unknown> =>
    typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const author = bag(memo.author);
  const proposals = Array.isArray(memo.proposals)
    ? memo.proposals.filter((item) => typeof item === "string")
    : [];
  return {
    department: text(memo.department),
    reference: text(memo.reference),
    date: text(memo.date),
    to: text(memo.to),
    author: { name: text(author.name), position: text(author.position) },
    divisionHead: { name: text(bag(memo.divisionHead).name) },
    deputy: { name: text(bag(memo.deputy).name) },
    executive: { name: text(bag(memo.executive).name) },
    ...(proposals.length > 0 ? { proposals } : {}),
  };
}

/** The comment blocks' signers and the proposals, as typed (each proposal on a line of its own). */
function SignerFields({
  input,
  set,
  words,
}: {
  readonly input: MemoInput;
  readonly set: (change: Partial<MemoInput>) => void;
  readonly words: DocumentStrings;
}): ReactElement {
  const signers = [
    ["divisionHead", words.divisionHead],
    ["deputy", words.deputy],
    ["executive", words.executive],
  ] as const;
  return (
    <>
      {signers.map(([key, label]) => (
        <Field key={key} label={label}>
          <Input
            value={input[key]?.name ?? ""}
            onChange={(_e, data) => set({ [key]: { name: data.value } })}
          />
        </Field>
      ))}
      <Field label={words.proposals} hint={words.proposalsHint}>
        <Textarea
          value={(input.proposals ?? []).join("\n")}
          rows={4}
          onChange={(_e, data) => {
            const lines = data.value.split("\n");
            set({ proposals: lines.some((line) => line.trim() !== "") ? lines : undefined });
          }}
        />
      </Field>
    </>
  );
}

const todayText = (today: Date) =>
  `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;

/** A picked file's bytes, through FileReader: older webviews have no Blob.arrayBuffer(). */
function bytesOf(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** The step's state and its two actions, apart from what it renders (Fluent UI's state-hook split). */
function useReportDocument({ report, lang, memo, onRemember, saveFile }: ReportDocumentProps) {
  const words = DOCUMENT_STRINGS[lang];
  const [input, setInput] = useState<MemoInput>(() => savedInput(memo));
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ readonly text: string; readonly failed?: boolean }>();
  const [preview, setPreview] = useState<string>();
  // Picked for the documents made while the pane is open; not kept in the workbook. A document made
  // while a picked file is still being read waits for it.
  const files = useRef<DocumentFiles>({});
  const reading = useRef<Promise<unknown>>(Promise.resolve());
  const previewRef = useRef<HTMLDivElement>(null);
  const today = new Date();

  const set = (change: Partial<MemoInput>) => {
    setInput((current) => ({ ...current, ...change }));
    setResult(undefined);
  };
  // Saved on the user's own action only, never in the background.
  const remember = () => onRemember(input);

  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    setResult(undefined);
    try {
      setResult({ text: await action() });
    } catch (error) {
      setResult({ text: words.failed((error as Error).message), failed: true });
    } finally {
      setBusy(false);
    }
  };

  const download = () =>
    act(async () => {
      remember();
      const name = documentName(report, lang);
      const saved = await saveFile(
        name,
        await reading.current.then(() => documentBytes(report, input, lang, today, files.current)),
        DOCX_TYPE,
      );
      return saved === "browser" ? words.inBrowser(name) : words.downloaded(name);
    });

  const copy = () =>
    act(async () => {
      remember();
      const { html, text } = await documentForCopy(report, input, lang, today);
      setPreview(html);
      if (await copyFormatted(html, text)) return words.copied;
      // Where the clipboard is refused, the preview is selected: Ctrl+C copies it formatted.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const region = previewRef.current;
      if (region) window.getSelection()?.selectAllChildren(region);
      return words.selectedToCopy;
    });

  const pick = (kind: keyof DocumentFiles, file: File | undefined) => {
    setResult(undefined);
    if (!file) {
      files.current = { ...files.current, [kind]: undefined };
      return;
    }
    reading.current = bytesOf(file).then((bytes) => (files.current = { ...files.current, [kind]: bytes }));
  };

  return { input, set, busy, result, preview, previewRef, download, copy, today, pick };
}

/** The details the plan does not hold, as typed. */
function DetailFields({
  input,
  set,
  words,
  today,
}: {
  readonly input: MemoInput;
  readonly set: (change: Partial<MemoInput>) => void;
  readonly words: DocumentStrings;
  readonly today: Date;
}): ReactElement {
  const author = input.author ?? {};
  return (
    <>
      <Field label={words.department}>
        <Input
          value={input.department ?? ""}
          placeholder={words.departmentPlaceholder}
          onChange={(_e, data) => set({ department: data.value })}
        />
      </Field>
      <Field label={words.reference}>
        <Input value={input.reference ?? ""} onChange={(_e, data) => set({ reference: data.value })} />
      </Field>
      <Field label={words.date}>
        <Input
          type="date"
          value={input.date ?? todayText(today)}
          onChange={(_e, data) => set({ date: data.value })}
        />
      </Field>
      <Field label={words.to}>
        <Input
          value={input.to ?? ""}
          placeholder={words.toPlaceholder}
          onChange={(_e, data) => set({ to: data.value })}
        />
      </Field>
      <Field label={words.authorName}>
        <Input
          value={author.name ?? ""}
          onChange={(_e, data) => set({ author: { ...author, name: data.value } })}
        />
      </Field>
      <Field label={words.authorPosition}>
        <Input
          value={author.position ?? ""}
          onChange={(_e, data) => set({ author: { ...author, position: data.value } })}
        />
      </Field>
      <SignerFields input={input} set={set} words={words} />
    </>
  );
}

/** The office's emblem and its own template, picked as files. */
function FileFields({
  words,
  pick,
  className,
}: {
  readonly words: DocumentStrings;
  readonly pick: (kind: keyof DocumentFiles, file: File | undefined) => void;
  readonly className: string;
}): ReactElement {
  return (
    <>
      <label className={className}>
        {words.emblem}
        <input
          type="file"
          accept=".png,.jpg,.jpeg,image/png,image/jpeg"
          onChange={(e) => pick("emblem", e.target.files?.[0])}
        />
      </label>
      <label className={className}>
        {words.template}
        <input type="file" accept=".docx" onChange={(e) => pick("template", e.target.files?.[0])} />
        <Text size={200}>{words.templateHint}</Text>
      </label>
    </>
  );
}

export function ReportDocument(props: ReportDocumentProps): ReactElement {
  const classes = useStyles();
  const words = DOCUMENT_STRINGS[props.lang];
  const { previewRef, ...state } = useReportDocument(props);
  const errors = props.report.issues.filter((issue) => issue.severity === "error").length;
  return (
    <section className={classes.root} aria-labelledby="report-document-heading">
      <Text as="h3" weight="semibold" id="report-document-heading">
        {words.heading}
      </Text>
      <Text className={classes.hint}>{words.hint}</Text>
      <DetailFields input={state.input} set={state.set} words={words} today={state.today} />
      <FileFields words={words} pick={state.pick} className={classes.file} />
      {errors > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{words.hasErrors(errors)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.row}>
        <Button appearance="primary" disabled={state.busy} onClick={() => void state.download()}>
          {words.download}
        </Button>
        <Button disabled={state.busy} onClick={() => void state.copy()}>
          {words.copy}
        </Button>
        {state.busy && <Spinner size="tiny" label={words.making} />}
      </div>
      {state.result && (
        <MessageBar intent={state.result.failed ? "error" : "success"} role="status">
          <MessageBarBody>{state.result.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.preview !== undefined && (
        <div
          ref={previewRef}
          className={classes.preview}
          role="document"
          aria-label={words.preview}
          // core's documentHtml escapes every text it holds: no markup from the sheet reaches the page.
          dangerouslySetInnerHTML={{ __html: state.preview }}
        />
      )}
    </section>
  );
}
