/** Fluent UI's focus manager (Tabster), held while this is mounted (see laterSteps.tsx, KeepFocusManager). */
import { useFocusFinders } from "@fluentui/react-components";

export function FocusManager(): null {
  useFocusFinders();
  return null;
}
