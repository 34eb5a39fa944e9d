/** Signing in, users, roles, teams and notifications. */
export const peopleDescriptions: Record<string, string> = {
  "Mutation.login(input)":
    "Email, password and, when needed, the organisation; UNAUTHENTICATED for a wrong email or password (or an inactive user), BAD_USER_INPUT naming organizationSlug when the account exists in several organisations.",
  "Mutation.refreshSession(refreshToken)":
    "The refresh token of the last sign-in or renewal; UNAUTHENTICATED when unknown, expired (30 days by default) or already used. Presenting a used token again ends every session renewed from it.",
  "Mutation.logout(refreshToken)": "The session's refresh token; unknown tokens are ignored.",
  "LoginInput.email": "The sign-in email, any case.",
  "LoginInput.password": "The password, at most 1,024 characters.",
  "AuthPayload.user": "The signed-in user.",

  "User.organization": "The organisation the user belongs to.",
  "Role.OWNER": "The organisation's owner: every right an ADMIN has.",
  "Role.ADMIN":
    "Everything in the organisation: pipeline stages, scoring rules and settings, SLA settings, and all a MANAGER may do.",
  "Role.MANAGER":
    "Works every lead: assigns, merges, deletes, overrides scores; runs campaigns, forms, webhook sources and routing rules.",
  "Role.MEMBER":
    "Creates leads and works their own: moves them, logs activities, manages their own tasks, claims queued leads.",
  "Role.VIEWER": "Reads leads, the pipeline, tasks and settings; changes nothing (FORBIDDEN).",

  "Team.type": "What the team does (default INSIDE_SALES).",
  "TeamType.SALES_DEVELOPMENT": "SDRs: qualify new leads.",
  "TeamType.INSIDE_SALES": "Sell remotely (the default).",
  "TeamType.FIELD_SALES": "Sell in person.",
  "TeamType.ACCOUNT_MANAGEMENT": "Look after existing customers.",
  "TeamType.OTHER": "Anything else.",

  "Notification.id": "Identifier.",
  "Notification.type": "What the notification is about.",
  "Notification.title": "One line, naming the lead.",
  "Notification.body": "The details, in a sentence or two.",
  "Notification.createdAt": "When it was sent.",
  "NotificationType.LEAD_ASSIGNED":
    "A lead was given to the viewer (by routing, a manager or an escalation).",
  "NotificationType.LEAD_QUEUED": "A lead waits in the queue of a team the viewer manages.",
  "NotificationType.SLA_BREACHED":
    "A lead's first-contact deadline was missed (sent to the managers of its team).",
  "NotificationType.TASK_REMINDER": "One of the viewer's tasks is due soon.",
  "MarkNotificationsReadInput.ids":
    "The viewer's notifications to mark read, at most 500; others' ids are ignored.",
  "MarkNotificationsReadInput.all": "True: every unread notification of the viewer.",
  MarkNotificationsReadPayload: "The result of markNotificationsRead.",
  "Mutation.markNotificationsRead(input)":
    "Which notifications; BAD_USER_INPUT naming ids when neither ids nor all is given, or more than 500 ids.",
};
