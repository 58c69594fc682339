import type { components, paths } from "./openapi-types";

/**
 * The /v1 JSON shapes the browser works with, named from the OpenAPI document's component
 * schemas (never copied by hand): a changed field in the contract is a type error here.
 */
export type Schemas = components["schemas"];

export type BoardJson = Schemas["Board"];
export type ListJson = Schemas["List"];
export type CardJson = Schemas["Card"];
export type TagJson = Schemas["Tag"];
export type CustomFieldJson = Schemas["CustomField"];
export type CustomFieldOptionJson = Schemas["CustomFieldOption"];
export type CustomFieldType = CustomFieldJson["type"];
export type MilestoneJson = Schemas["Milestone"];
export type SprintJson = Schemas["Sprint"];
export type DependencyJson = Schemas["Dependency"];
export type MemberJson = Schemas["Member"];
export type InviteJson = Schemas["Invite"];
export type EventJson = Schemas["Event"];
export type CommentJson = Schemas["Comment"];
export type FileJson = Schemas["File"];
export type FileUsageJson = Schemas["FileUsage"];
export type ChecklistJson = Schemas["Checklist"];
export type ChecklistItemJson = Schemas["ChecklistItem"];
export type TimeEntryJson = Schemas["TimeEntry"];
export type TimeTotalsJson = Schemas["TimeTotals"];
export type TokenJson = Schemas["Token"];
export type SessionJson = Schemas["Session"];
export type CreatedTokenJson = Schemas["CreatedToken"];
export type WebhookJson = Schemas["Webhook"];
export type WebhookWithSecretJson = Schemas["WebhookWithSecret"];
export type DeliveryJson = Schemas["WebhookDelivery"];
export type DeliveryDetailJson = Schemas["WebhookDeliveryDetail"];
export type AttemptJson = DeliveryDetailJson["attempt_log"][number];
export type RecoverPreviewJson = Schemas["RecoverWebhookPreview"];
export type EventTypeJson = Schemas["EventType"];
export type EventTypeGroupJson = Schemas["EventTypeGroup"];
export type SavedFilterJson = Schemas["SavedFilter"];

export type Role = MemberJson["role"];
export type DeliveryStatus = DeliveryJson["status"];

export type CreateBoardInput = Schemas["CreateBoardInput"];
export type UpdateBoardInput = Schemas["UpdateBoardInput"];
export type UpdateListInput = Schemas["UpdateListInput"];
export type UpdateCardInput = Schemas["UpdateCardInput"];
export type CreateCustomFieldInput = Schemas["CreateCustomFieldInput"];
export type UpdateCustomFieldInput = Schemas["UpdateCustomFieldInput"];
export type CreateTokenInput = Schemas["CreateTokenInput"];
export type CreateWebhookInput = Schemas["CreateWebhookInput"];
export type UpdateWebhookInput = Schemas["UpdateWebhookInput"];
export type CreateTimeEntryInput = Schemas["CreateTimeEntryInput"];

/** The delivery log's filters, as GET /v1/webhooks/{id}/deliveries takes them. */
export type DeliveryFilters = Pick<NonNullable<paths["/v1/webhooks/{id}/deliveries"]["get"]["parameters"]["query"]>, "status" | "event">;
export type TimeReportJson = Schemas["TimeReport"];
export type TimeReportGroupJson = Schemas["TimeReportGroup"];
export type ImportJson = Schemas["Import"];
