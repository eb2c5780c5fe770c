/**
 * A chooser for the plan and its columns: Fluent UI's Select, the browser's own drop-down list
 * (https://react.fluentui.dev/?path=/docs/components-select--docs). Its options are plain text, it is
 * read and operated the same way in every webview Office uses, and it needs no positioning library in
 * the pane's first load, as Dropdown would.
 */
import { Select } from "@fluentui/react-components";
import type { ReactElement } from "react";

export interface Choice {
  readonly value: string;
  readonly text: string;
}

export interface ChoiceSelectProps {
  /** The chosen option's value; undefined shows the placeholder, which cannot be chosen back. */
  readonly value: string | undefined;
  readonly placeholder: string;
  readonly options: readonly Choice[];
  readonly onChoose: (value: string) => void;
  readonly disabled?: boolean;
  readonly className?: string;
}

export function ChoiceSelect({
  value,
  placeholder,
  options,
  onChoose,
  disabled,
  className,
}: ChoiceSelectProps): ReactElement {
  return (
    <Select
      className={className}
      value={value ?? ""}
      disabled={disabled}
      onChange={(_event, data) => {
        if (data.value !== "") onChoose(data.value);
      }}
    >
      {value === undefined && (
        <option value="" disabled>
          {placeholder}
        </option>
      )}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.text}
        </option>
      ))}
    </Select>
  );
}
