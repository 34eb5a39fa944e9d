/** Roles, from most to least powerful. The order matters: see `roleAtLeast`. */
export const Role = {
  OWNER: "OWNER",
  ADMIN: "ADMIN",
  MANAGER: "MANAGER",
  MEMBER: "MEMBER",
  VIEWER: "VIEWER",
} as const;
export type Role = (typeof Role)[keyof typeof Role];

const roleRank: Record<Role, number> = { OWNER: 5, ADMIN: 4, MANAGER: 3, MEMBER: 2, VIEWER: 1 };

/** True when `role` carries at least the rights of `minimum` (OWNER > ADMIN > MANAGER > MEMBER > VIEWER). */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return roleRank[role] >= roleRank[minimum];
}

export const LeadStatus = {
  NEW: "NEW",
  CONTACTED: "CONTACTED",
  QUALIFIED: "QUALIFIED",
  LOST: "LOST",
  CONVERTED: "CONVERTED",
} as const;
export type LeadStatus = (typeof LeadStatus)[keyof typeof LeadStatus];

export const ContactMethod = { EMAIL: "EMAIL", PHONE: "PHONE", SMS: "SMS", ANY: "ANY" } as const;
export type ContactMethod = (typeof ContactMethod)[keyof typeof ContactMethod];

export const LeadEventType = { CREATED: "CREATED", UPDATED: "UPDATED", DELETED: "DELETED" } as const;
export type LeadEventType = (typeof LeadEventType)[keyof typeof LeadEventType];
