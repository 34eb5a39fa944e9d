import { LockMode } from "@mikro-orm/core";
import { validate as isUuid } from "uuid";
import type { Connection } from "../../graphql/connection.js";
import { newestFirstPage } from "../../graphql/newest-first-page.js";
import type { PageArgs } from "../../graphql/offset-page.js";
import { badInput, conflict, notFound } from "../../graphql/errors.js";
import type { EntityManager } from "../../db/orm.js";
import { Topic, type LeadlinePubSub } from "../../realtime/pubsub.js";
import type { Viewer } from "../auth/viewer.js";
import { Lead } from "../leads/lead.entity.js";
import { User } from "../users/user.entity.js";
import { newCampaignToken } from "./campaign-token.js";
import { validateCampaignFields, validateCampaignName } from "./campaign-validation.js";
import { Campaign } from "./campaign.entity.js";
import type {
  CreateCampaignInput,
  RotateCampaignTokenInput,
  UpdateCampaignInput,
} from "./campaign.inputs.js";

const DEFAULT_GRACE_HOURS = 24;
const MAX_GRACE_HOURS = 168;

/** Campaign administration for one viewer (the resolver admits MANAGER and above); scoped to the organisation. */
export class CampaignService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly pubSub: LeadlinePubSub,
  ) {}

  list(args: PageArgs): Promise<Connection<Campaign>> {
    return newestFirstPage(this.em, Campaign, { organization: this.viewer.organizationId }, args);
  }

  async find(id: string): Promise<Campaign | null> {
    return isUuid(id) ? this.em.findOne(Campaign, { id, organization: this.viewer.organizationId }) : null;
  }

  async create(input: CreateCampaignInput): Promise<Campaign> {
    const campaign = this.em.create(Campaign, {
      ...validateCampaignFields(input),
      name: validateCampaignName(input.name),
      organization: this.viewer.organizationId,
      autoAssignTo: input.autoAssignToId ? await this.assignee(input.autoAssignToId) : null,
      publicToken: newCampaignToken(),
    });
    await this.em.persist(campaign).flush();
    return campaign;
  }

  async update(input: UpdateCampaignInput): Promise<Campaign> {
    const campaign = await this.findOrFail(input.id);
    const { id: _id, name, ...fields } = input;
    const changes = validateCampaignFields(fields);
    if (changes.startDate === undefined && changes.endDate !== undefined && changes.endDate !== null)
      if (campaign.startDate && (changes.endDate as string) < campaign.startDate)
        throw badInput("endDate", "must not be before startDate");
    this.em.assign(campaign, changes);
    if (name !== undefined && name !== null) campaign.name = validateCampaignName(name);
    if (input.autoAssignToId !== undefined)
      campaign.autoAssignTo = input.autoAssignToId ? await this.assignee(input.autoAssignToId) : null;
    await this.em.flush();
    this.published(campaign.id);
    return campaign;
  }

  /** A new public token; the old one keeps working for the grace period, so live pages can be updated. */
  async rotateToken(input: RotateCampaignTokenInput): Promise<Campaign> {
    const hours = input.gracePeriodHours ?? DEFAULT_GRACE_HOURS;
    if (!Number.isInteger(hours) || hours < 0 || hours > MAX_GRACE_HOURS)
      throw badInput("gracePeriodHours", `must be from 0 to ${MAX_GRACE_HOURS}`);
    const campaign = await this.findOrFail(input.id);
    campaign.previousToken = hours > 0 ? campaign.publicToken : null;
    campaign.previousTokenExpiresAt = hours > 0 ? new Date(Date.now() + hours * 3_600_000) : null;
    campaign.publicToken = newCampaignToken();
    await this.em.flush();
    this.published(campaign.id);
    return campaign;
  }

  /** Tells every instance's capture channels to forget what they remember of the campaign. */
  private published(campaignId: string): void {
    this.pubSub.publish(Topic.CAMPAIGN_CHANGED, {
      campaignId,
      organizationId: this.viewer.organizationId,
    });
  }

  /**
   * Deletes a campaign that never brought in a lead, with its forms, webhook sources and idempotency
   * keys (the capture log keeps its entries, unlinked). A campaign with leads is refused with CONFLICT:
   * archive it instead (status ARCHIVED), so its leads keep their campaign and its reports stay.
   */
  async delete(id: string): Promise<void> {
    await this.em.transactional(async (tx) => {
      // The row lock waits for captures inserting a lead of this campaign (their foreign-key check
      // holds a share lock on it) and holds back new ones, so the count below cannot go stale.
      const campaign = isUuid(id)
        ? await tx.findOne(
            Campaign,
            { id, organization: this.viewer.organizationId },
            { lockMode: LockMode.PESSIMISTIC_WRITE },
          )
        : null;
      if (!campaign) throw notFound("Campaign");
      // Live leads first (a partial index answers); then soft-deleted (merged) ones, since undoing a
      // merge brings them back with their campaign (that look scans, as the delete's own SET NULL would).
      const leads =
        (await tx.count(Lead, { sourceCampaign: campaign.id, deletedAt: null })) ||
        (await tx.count(Lead, { sourceCampaign: campaign.id }));
      if (leads > 0)
        throw conflict(
          `Campaign "${campaign.name}" has ${leads} lead${leads === 1 ? "" : "s"}: archive it instead (status ARCHIVED) to keep them linked`,
        );
      tx.remove(campaign);
    });
    this.published(id);
  }

  private async findOrFail(id: string): Promise<Campaign> {
    return (await this.find(id)) ?? Promise.reject(notFound("Campaign"));
  }

  private async assignee(userId: string): Promise<User> {
    const user = isUuid(userId)
      ? await this.em.findOne(User, { id: userId, organization: this.viewer.organizationId, active: true })
      : null;
    if (!user) throw badInput("autoAssignToId", "is not an active user of your organisation");
    return user;
  }
}
