/**
 * The data's vocabularies as const arrays, in a module of their own so that a widget needing a
 * list (the timeline's kinds) does not pull in the valibot schemas with it.
 */
export const COLLECTIONS = [
  'sources',
  'events',
  'organizations',
  'memberships',
  'figures',
  'quotes',
  'people',
  'places',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export const EVENT_KINDS = [
  'founding', 'treaty', 'agreement', 'summit', 'visit', 'speech', 'statement', 'accession',
  'withdrawal', 'election', 'protest', 'military', 'deployment', 'infrastructure', 'finance', 'deal',
  'renaming', 'policy', 'conflict', 'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const THEMES = [
  'eaeu', 'bri', 'sco', 'csto', 'cica', 'cis', 'energy', 'trade', 'security', 'infrastructure',
  'finance', 'politics', 'diplomacy', 'culture', 'society',
] as const;
export type Theme = (typeof THEMES)[number];

export const MEMBERSHIP_STATUSES = [
  'founding-member', 'member', 'observer', 'dialogue-partner', 'applicant', 'partner', 'suspended',
  'withdrawn',
] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const PLACE_KINDS = ['country', 'city', 'region', 'other'] as const;
export const ORGANIZATION_KINDS = [
  'organization', 'initiative', 'bank', 'fund', 'company', 'forum', 'agreement', 'other',
] as const;
export const SCALES = ['thousand', 'million', 'billion', 'trillion'] as const;
