import type { GraphQLClient } from './graphqlClient.js';
import { OPERATION_FIELDS } from './remoteBuilders.js';

/* Approval mode (REQUIRE_PROMOTION_APPROVAL): the target's held promotions and the source's view of them. */

const q = (client: GraphQLClient, query: string, variables?: Record<string, unknown>) =>
  client.data<Record<string, any>, unknown>(query, variables); // eslint-disable-line @typescript-eslint/no-explicit-any

export const INCOMING_FIELDS = `id status sourceRegistry { uuid name } sourceAddress exportedBy { uuid name } requestedBy { uuid name } requestedAt stage archiveSha256 objectCount counts { create replace ignore reject skip } stagedImportId decidedBy { uuid name } decidedAt reason importRecordId`;
export const APPROVAL_FIELDS = `approval { status incomingPromotionId decidedBy { uuid name } decidedAt reason importRecordId checkedAt }`;

export async function incomingPromotions(client: GraphQLClient, status?: string) {
  return (await q(client, `query($s: IncomingPromotionStatus) { incomingPromotions(status: $s) { ${INCOMING_FIELDS} } }`, { s: status ?? null })).incomingPromotions as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The held promotion's plan as `client`'s user would commit it. */
export async function incomingPreview(client: GraphQLClient, id: string) {
  return (await q(client, 'query($id: ID!) { incomingPromotion(id: $id) { preview { planDigest counts { create replace ignore reject skip } } } }', { id })).incomingPromotion?.preview as
    | { planDigest: string; counts: Record<string, number> }
    | null;
}

export function approvePromotion(client: GraphQLClient, id: string, expectedPlanDigest: string, wait = true) {
  return client.request<Record<string, any>, unknown>(`mutation($id: ID!, $d: String!, $w: Boolean!) { approvePromotion(id: $id, expectedPlanDigest: $d, wait: $w) { ${INCOMING_FIELDS} } }`, { id, d: expectedPlanDigest, w: wait }); // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function rejectPromotion(client: GraphQLClient, id: string, reason: string | null) {
  return client.request<Record<string, any>, unknown>(`mutation($id: ID!, $r: String) { rejectPromotion(id: $id, reason: $r) { ${INCOMING_FIELDS} } }`, { id, r: reason }); // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function refreshPromotionApproval(client: GraphQLClient, operationId: string) {
  return (await q(client, `mutation($id: ID!) { refreshPromotionApproval(operationId: $id) { ${OPERATION_FIELDS} ${APPROVAL_FIELDS} } }`, { id: operationId })).refreshPromotionApproval;
}

export function promoteHeld(client: GraphQLClient, objects: string[], stage: string) {
  return client.request<Record<string, any>, unknown>( // eslint-disable-line @typescript-eslint/no-explicit-any
    `mutation($i: PromoteObjectsInput!) { promoteObjects(input: $i) { ${OPERATION_FIELDS} ${APPROVAL_FIELDS} } }`,
    { i: { objects, stage, wait: true } },
  );
}
