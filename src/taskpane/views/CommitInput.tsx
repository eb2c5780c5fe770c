/**
 * A labelled text box that hands its value on when the user leaves it (or presses Enter), so the
 * workbook's settings are saved once per edit rather than on every key.
 */
import { Field, Input, type InputProps } from "@fluentui/react-components";
import { type ReactElement, useState } from "react";

export interface CommitInputProps {
  readonly label: string;
  readonly value: string;
  readonly hint?: string;
  readonly placeholder?: string;
  readonly inputMode?: InputProps["inputMode"];
  /** The message to show while the text cannot be used, else undefined. */
  readonly validate: (text: string) => string | undefined;
  readonly onCommit: (text: string) => void;
}

export function CommitInput({
  label,
  value,
  hint,
  placeholder,
  inputMode,
  validate,
  onCommit,
}: CommitInputProps): ReactElement {
  const [text, setText] = useState(value);
  // A new value from outside (another plan read, the sheet's title) replaces what is shown.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const problem = validate(text);
  const commit = () => {
    if (problem === undefined && text !== value) onCommit(text);
  };
  return (
    <Field label={label} hint={hint} validationMessage={problem} validationState={problem ? "error" : "none"}>
      <Input
        value={text}
        placeholder={placeholder}
        inputMode={inputMode}
        onChange={(_event, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
        }}
      />
    </Field>
  );
}
