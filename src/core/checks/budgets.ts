/**
 * e-Plan NACC's budget figures (spec §9.3): the action plan's amount is the planned budget the
 * official table prints; the development plan's amount stands in for it only when the sheet has no
 * action-plan column; the ordinance amount is never the planned budget.
 */
import { type Header, withColumns } from "../rows/columns";

/** The header with the development-plan column as the planned budget when there is no other. */
export function withDevelopmentPlanFallback(header: Header): Header {
  const { plannedBudget, developmentPlanBudget } = header.columns;
  // A planned budget in doubt between columns is asked about (spec §9.7), never replaced.
  if (plannedBudget !== undefined || developmentPlanBudget === undefined || header.ambiguous?.plannedBudget)
    return header;
  return withColumns(header, { plannedBudget: developmentPlanBudget });
}
