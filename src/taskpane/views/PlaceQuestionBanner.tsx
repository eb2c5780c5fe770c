/**
 * No plan remembered and none evidently the plan (spec §4.3): the places looked at and what each
 * holds, and what to do; never the first of them opened in silence.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { Lang } from "../../core";
import { loadedEngine } from "../state/engine";
import type { PlaceQuestion } from "../state/findPlan";
import type { PaneStrings } from "../words/strings";

export interface PlaceQuestionBannerProps {
  readonly question: PlaceQuestion;
  readonly lang: Lang;
  readonly strings: PaneStrings;
}

export function PlaceQuestionBanner({ question, lang, strings }: PlaceQuestionBannerProps): ReactElement {
  // A question comes from the engine's choice of the plan, so the engine is here whenever one is.
  const text = loadedEngine()?.placeQuestionText(question, lang, strings.rollup.heading) ?? "";
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.plan.question[question.kind]}</MessageBarTitle> {text}
      </MessageBarBody>
    </MessageBar>
  );
}
