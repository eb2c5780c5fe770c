/**
 * A chooser for the plan and its columns: Fluent UI's Select, the browser's own drop-down list
 * (https://react.fluentui.dev/?path=/docs/components-select--docs). Its options are plain text, it is
 * read and operated the same way in every webview Office uses, and it needs no positioning library in
 * the pane's first load, as Dropdown would.
 */
import { Select } from "@fluentui/react-components";
import { type KeyboardEvent, type ReactElement, useRef, useState } from "react";

export interface Choice {
  readonly value: string;
  readonly text: string;
}

export interface ChoiceSelectProps {
  /** The chosen option's value; undefined shows the placeholder, which cannot be chosen back. */
  readonly value: string | undefined;
  readonly placeholder: string;
  readonly options: readonly Choice[];
  /** Called on a deliberate choice only (see ChoiceSelect), never while arrowing through the options. */
  readonly onChoose: (value: string) => void;
  readonly disabled?: boolean;
  readonly className?: string;
}

/**
 * A choice here re-reads the plan, so it is made deliberately. On a closed select, Chromium and Edge
 * change the value (and fire "change") on every arrow key, Home, End or typed letter
 * (https://developer.mozilla.org/en-US/docs/Web/HTML/Element/select, "change" on keyboard
 * navigation): a change that follows a key is only shown, and chosen on Enter or when the focus
 * leaves; Escape puts the chosen value back. A change made with the pointer, in the open list, is a
 * choice at once.
 */
export function ChoiceSelect({
  value,
  placeholder,
  options,
  onChoose,
  disabled,
  className,
}: ChoiceSelectProps): ReactElement {
  const [pending, setPending] = useState<string | undefined>(undefined);
  // Whether the last thing done on the select was a key (true) or the pointer (false).
  const byKey = useRef(false);
  const choose = (next: string) => {
    setPending(undefined);
    if (next !== "" && next !== value) onChoose(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLSelectElement>) => {
    if (event.key === "Enter" && pending !== undefined) {
      event.preventDefault();
      choose(pending);
    } else if (event.key === "Escape" && pending !== undefined) {
      // Only the shown value is undone; an Escape with nothing pending goes on to the pane.
      event.preventDefault();
      event.stopPropagation();
      setPending(undefined);
    } else byKey.current = true;
  };
  return (
    <Select
      className={className}
      value={pending ?? value ?? ""}
      disabled={disabled}
      onKeyDown={onKeyDown}
      onPointerDown={() => {
        byKey.current = false;
      }}
      onBlur={() => {
        if (pending !== undefined) choose(pending);
      }}
      onChange={(_event, data) => {
        if (data.value === "") return;
        if (byKey.current) setPending(data.value);
        else choose(data.value);
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
