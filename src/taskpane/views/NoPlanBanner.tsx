/** The chosen table or sheet holds nothing that looks like a plan: say which headers are looked for. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { FIELD_NAMES, HEADER_SEARCH_ROWS, type Lang, REQUIRED_FIELDS } from "../../core";
import type { PaneStrings } from "../words/strings";

export interface NoPlanBannerProps {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  /** The host reads the plan again on request (Excel): the way out it names. */
  readonly rereads: boolean;
}

export function NoPlanBanner({ lang, strings, rereads }: NoPlanBannerProps): ReactElement {
  const fields = FIELD_NAMES[lang];
  const headers = [...REQUIRED_FIELDS, "status" as const].map((field) => fields[field]);
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.noPlanTitle}</MessageBarTitle>{" "}
        {strings.noPlanBody(HEADER_SEARCH_ROWS, headers, rereads)}
      </MessageBarBody>
    </MessageBar>
  );
}
