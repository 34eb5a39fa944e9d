/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query ViewerRole {\n    me {\n      id\n      role\n    }\n  }\n": typeof types.ViewerRoleDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      campaign {\n        id\n      }\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      campaign {\n        id\n      }\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation DeleteCampaign($input: DeleteCampaignInput!) {\n    deleteCampaign(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteCampaignDocument,
    "\n  mutation ArchiveCampaign($id: ID!) {\n    updateCampaign(input: { id: $id, status: ARCHIVED }) {\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ArchiveCampaignDocument,
    "\n  query CaptureLogPage {\n    captureEvents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          channel\n          outcome\n          reason\n          sourceKey\n          leadId\n          payload\n        }\n      }\n    }\n  }\n": typeof types.CaptureLogPageDocument,
    "\n  mutation UpdateForm($input: UpdateFormInput!) {\n    updateForm(input: $input) {\n      form {\n        id\n      }\n    }\n  }\n": typeof types.UpdateFormDocument,
    "\n  mutation CreateForm($input: CreateFormInput!) {\n    createForm(input: $input) {\n      form {\n        id\n      }\n    }\n  }\n": typeof types.CreateFormDocument,
    "\n  query FormsPage {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n          allowedOrigins\n        }\n      }\n    }\n    forms(first: 50) {\n      edges {\n        node {\n          id\n          name\n          embedPath\n          campaignId\n          fields {\n            name\n            label\n            type\n            required\n          }\n          thankYouUrl\n          honeypotField\n          allowedOrigins\n          updatedAt\n        }\n      }\n    }\n    webhookSources(first: 100) {\n      edges {\n        node {\n          id\n          name\n          key\n          active\n          fieldMapping\n          verifyToken\n        }\n      }\n    }\n  }\n": typeof types.FormsPageDocument,
    "\n  mutation DeleteForm($input: DeleteFormInput!) {\n    deleteForm(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteFormDocument,
    "\n  mutation CreateWebhookSource($input: CreateWebhookSourceInput!) {\n    createWebhookSource(input: $input) {\n      secret\n      source {\n        id\n        key\n      }\n    }\n  }\n": typeof types.CreateWebhookSourceDocument,
    "\n  mutation UpdateWebhookSource($input: UpdateWebhookSourceInput!) {\n    updateWebhookSource(input: $input) {\n      secret\n      source {\n        id\n      }\n    }\n  }\n": typeof types.UpdateWebhookSourceDocument,
    "\n  mutation DeleteWebhookSource($input: DeleteWebhookSourceInput!) {\n    deleteWebhookSource(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteWebhookSourceDocument,
    "\n  query DuplicatesPage {\n    duplicateClusters(first: 50) {\n      totalCount\n      uncheckedLeads\n      edges {\n        node {\n          id\n          reasons\n          leads {\n            id\n            fullName\n            firstName\n            lastName\n            email\n            phone\n            company\n            jobTitle\n            source\n            updatedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.DuplicatesPageDocument,
    "\n  query FindDuplicates($input: FindDuplicatesInput!) {\n    findDuplicates(input: $input) {\n      reason\n      similarity\n      lead {\n        id\n        fullName\n        email\n        company\n      }\n    }\n  }\n": typeof types.FindDuplicatesDocument,
    "\n  mutation MergeLeads($input: MergeLeadsInput!) {\n    mergeLeads(input: $input) {\n      merge {\n        id\n        undoableUntil\n      }\n      master {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.MergeLeadsDocument,
    "\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      merge {\n        id\n        undoneAt\n      }\n    }\n  }\n": typeof types.UndoMergeDocument,
    "\n  query ExportLeads($filter: LeadFilter) {\n    exportLeads(filter: $filter, bom: true) {\n      url\n    }\n  }\n": typeof types.ExportLeadsDocument,
    "\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      job {\n        id\n        status\n      }\n    }\n  }\n": typeof types.StartImportDocument,
    "\n  query ImportMapping($jobId: ID!) {\n    suggestImportMapping(jobId: $jobId) {\n      index\n      header\n      target\n      confidence\n      samples\n    }\n  }\n": typeof types.ImportMappingDocument,
    "\n  query ImportPreview($jobId: ID!, $mapping: [ColumnMappingInput!]!, $policy: ImportDuplicatePolicy) {\n    previewImport(jobId: $jobId, mapping: $mapping, duplicatePolicy: $policy) {\n      rowsExamined\n      create\n      update\n      skip\n      reject\n      junk\n      rows {\n        line\n        action\n        values\n      }\n      errors {\n        line\n        field\n        value\n        message\n      }\n    }\n  }\n": typeof types.ImportPreviewDocument,
    "\n  fragment ImportProgress_job on ImportJob {\n    id\n    status\n    fileName\n    processed\n    created\n    updated\n    skipped\n    failed\n    progress\n    rowsPerSecond\n    etaSeconds\n    errorReportUrl\n    error\n  }\n": typeof types.ImportProgress_JobFragmentDoc,
    "\n  query ImportJobProgress($id: ID!) {\n    importJob(id: $id) {\n      ...ImportProgress_job @unmask\n    }\n  }\n": typeof types.ImportJobProgressDocument,
    "\n  subscription ImportProgressUpdates($jobId: ID!) {\n    importProgress(jobId: $jobId) {\n      ...ImportProgress_job @unmask\n    }\n  }\n": typeof types.ImportProgressUpdatesDocument,
    "\n  mutation CancelImport($input: ImportJobInput!) {\n    cancelImport(input: $input) {\n      job {\n        ...ImportProgress_job @unmask\n      }\n    }\n  }\n": typeof types.CancelImportDocument,
    "\n  mutation UndoImport($input: ImportJobInput!) {\n    undoImport(input: $input) {\n      deleted\n      job {\n        ...ImportProgress_job @unmask\n      }\n    }\n  }\n": typeof types.UndoImportDocument,
    "\n  query RecentImports {\n    importJobs(first: 10) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          createdAt\n          created\n          updated\n          skipped\n          failed\n          errorReportUrl\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecentImportsDocument,
    "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          hint\n          createdAt\n          expiresAt\n          revokedAt\n          lastUsedAt\n          lastUsedIp\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          event\n          status\n          attempts\n          responseCode\n          latencyMs\n          lastError\n          nextAttemptAt\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(input: { deliveryId: $deliveryId }) {\n      delivery {\n        id\n      }\n    }\n  }\n": typeof types.RedeliverWebhookDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 20) {\n      edges {\n        node {\n          id\n          url\n          description\n          events\n          active\n        }\n      }\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        active\n        events\n      }\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(input: { id: $id }) {\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation TestWebhookEndpoint($id: ID!) {\n    testWebhookEndpoint(input: { id: $id }) {\n      delivery {\n        id\n        status\n        responseCode\n        lastError\n      }\n    }\n  }\n": typeof types.TestWebhookEndpointDocument,
    "\n  fragment LeadAssignment_lead on Lead {\n    id\n    fullName\n    slaDueAt\n    firstContactedAt\n    assignedTo {\n      id\n      name\n    }\n    queueTeam {\n      id\n      name\n    }\n    assignmentHistory(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          reason\n          createdAt\n          fromUser {\n            id\n            name\n          }\n          toUser {\n            id\n            name\n          }\n          assignedBy {\n            id\n            name\n          }\n          rule {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.LeadAssignment_LeadFragmentDoc,
    "\n  fragment LeadHeader_lead on Lead {\n    fullName\n    company\n    jobTitle\n    status\n    email\n    phone\n    source\n    createdAt\n    score\n    grade\n    assignedTo {\n      id\n      name\n    }\n  }\n": typeof types.LeadHeader_LeadFragmentDoc,
    "\n  query LeadPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    lead(id: $id) {\n      id\n      ...LeadHeader_lead\n      ...ScoreBreakdown_lead\n      ...ScoreHistory_lead\n      ...LeadAssignment_lead\n    }\n  }\n": typeof types.LeadPageDocument,
    "\n  query LeadTasks($id: ID!) {\n    lead(id: $id) {\n      id\n      tasks(first: 50) {\n        edges {\n          node {\n            id\n            title\n            type\n            priority\n            dueAt\n            overdue\n          }\n        }\n      }\n    }\n  }\n": typeof types.LeadTasksDocument,
    "\n  mutation CreateLeadTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n": typeof types.CreateLeadTaskDocument,
    "\n  query LeadTimeline($id: ID!, $after: String) {\n    lead(id: $id) {\n      id\n      timeline(first: 20, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            type\n            subject\n            body\n            outcome\n            occurredAt\n            actor {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.LeadTimelineDocument,
    "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activity {\n        id\n      }\n      lead {\n        id\n        activitiesCount\n        lastActivityAt\n        score\n      }\n    }\n  }\n": typeof types.LogActivityDocument,
    "\n  query ReassignUsers {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n          active\n        }\n      }\n    }\n  }\n": typeof types.ReassignUsersDocument,
    "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      lead {\n        id\n        assignedTo {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AssignLeadDocument,
    "\n  fragment ScoreBreakdown_lead on Lead {\n    score\n    scoreBreakdown {\n      ruleId\n      name\n      category\n      points\n      field\n      operator\n      matchedValue\n    }\n  }\n": typeof types.ScoreBreakdown_LeadFragmentDoc,
    "\n  fragment ScoreHistory_lead on Lead {\n    scoreHistory(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          score\n          previousScore\n          delta\n          reason\n          grade\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ScoreHistory_LeadFragmentDoc,
    "\n  query LeadStage($id: ID!) {\n    lead(id: $id) {\n      id\n      fullName\n      daysInStage\n      lostReason\n      stage {\n        id\n      }\n    }\n  }\n": typeof types.LeadStageDocument,
    "\n  subscription LeadPageEvents {\n    leadEvents {\n      type\n      lead {\n        id\n      }\n    }\n  }\n": typeof types.LeadPageEventsDocument,
    "\n  fragment LeadRow_lead on Lead {\n    id\n    fullName\n    company\n    email\n    status\n    score\n    grade\n    source\n    createdAt\n    assignedTo {\n      id\n      name\n    }\n  }\n": typeof types.LeadRow_LeadFragmentDoc,
    "\n  query LeadsPage($filter: LeadFilter, $search: String, $orderBy: LeadOrder, $first: Int, $after: String) {\n    leads(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          ...LeadRow_lead\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LeadsPageDocument,
    "\n  mutation NewLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      outcome\n      lead {\n        id\n      }\n      duplicates {\n        reason\n        similarity\n        lead {\n          id\n          fullName\n          email\n          company\n        }\n      }\n    }\n  }\n": typeof types.NewLeadDocument,
    "\n  query OwnerFilter {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OwnerFilterDocument,
    "\n  subscription LeadEvents {\n    leadEvents {\n      type\n      lead {\n        id\n      }\n    }\n  }\n": typeof types.LeadEventsDocument,
    "\n  query NotificationBell {\n    unreadNotificationCount\n    notifications(first: 15) {\n      edges {\n        node {\n          id\n          type\n          title\n          body\n          readAt\n          createdAt\n          lead {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationBellDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      title\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query PipelineColumnPage($filter: LeadFilter!, $search: String, $after: String) {\n    leads(\n      filter: $filter\n      search: $search\n      orderBy: { field: SCORE, direction: DESC }\n      first: 25\n      after: $after\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          company\n          score\n          daysInStage\n          assignedTo {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PipelineColumnPageDocument,
    "\n  query PipelineInsights {\n    pipelineStats {\n      from\n      to\n      stages {\n        stage {\n          id\n          name\n          color\n          category\n          retiredAt\n        }\n        leadCount\n        totalValue\n        entered\n        advanced\n        conversionRate\n        averageDaysInStage\n      }\n    }\n  }\n": typeof types.PipelineInsightsDocument,
    "\n  mutation CreatePipelineStage($input: CreatePipelineStageInput!) {\n    createPipelineStage(input: $input) {\n      stage {\n        id\n      }\n    }\n  }\n": typeof types.CreatePipelineStageDocument,
    "\n  mutation UpdatePipelineStage($input: UpdatePipelineStageInput!) {\n    updatePipelineStage(input: $input) {\n      stage {\n        id\n        name\n        color\n      }\n    }\n  }\n": typeof types.UpdatePipelineStageDocument,
    "\n  mutation ReorderPipelineStages($input: ReorderPipelineStagesInput!) {\n    reorderPipelineStages(input: $input) {\n      stages {\n        id\n        position\n      }\n    }\n  }\n": typeof types.ReorderPipelineStagesDocument,
    "\n  mutation RetirePipelineStage($input: PipelineStageIdInput!) {\n    retirePipelineStage(input: $input) {\n      stage {\n        id\n        retiredAt\n      }\n    }\n  }\n": typeof types.RetirePipelineStageDocument,
    "\n  query PipelineStages {\n    pipelineStages {\n      id\n      name\n      color\n      position\n      category\n      status\n    }\n  }\n": typeof types.PipelineStagesDocument,
    "\n  subscription PipelineBoardEvents {\n    pipelineEvents {\n      type\n      stageId\n      previousStageId\n      lead {\n        id\n      }\n    }\n  }\n": typeof types.PipelineBoardEventsDocument,
    "\n  mutation MoveLead($input: MoveLeadInput!) {\n    moveLead(input: $input) {\n      lead {\n        id\n        status\n        daysInStage\n        stage {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MoveLeadDocument,
    "\n  query MyQueueViewer {\n    me {\n      id\n      role\n      teams {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyQueueViewerDocument,
    "\n  query MyQueue($ownerIds: [ID!]!, $queueTeamIds: [ID]) {\n    myLeads: leads(\n      first: 100\n      filter: { assignedToIds: $ownerIds, status: [NEW, CONTACTED, QUALIFIED] }\n      orderBy: { field: SCORE, direction: DESC }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...QueueLeadRow_lead\n        }\n      }\n    }\n    teamQueue: leads(\n      first: 25\n      filter: { unassigned: true, queueTeamIds: $queueTeamIds, status: [NEW, CONTACTED, QUALIFIED] }\n      orderBy: { field: SCORE, direction: DESC }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          queueTeam {\n            id\n            name\n          }\n          ...QueueLeadRow_lead\n        }\n      }\n    }\n  }\n": typeof types.MyQueueDocument,
    "\n  fragment QueueLeadRow_lead on Lead {\n    id\n    fullName\n    company\n    status\n    score\n    grade\n    createdAt\n  }\n": typeof types.QueueLeadRow_LeadFragmentDoc,
    "\n  query RoutingAdmin {\n    me {\n      id\n      role\n    }\n    assignmentRules(first: 100) {\n      edges {\n        node {\n          id\n          name\n          strategy\n          priority\n          active\n          conditionMatch\n          respectWorkingHours\n          conditions {\n            field\n            operator\n            value\n          }\n          team {\n            id\n            name\n          }\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n    territories(first: 100) {\n      edges {\n        node {\n          id\n          name\n          priority\n          active\n          criteriaMatch\n          distribution\n          criteria {\n            field\n            operator\n            value\n          }\n          team {\n            id\n            name\n          }\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n    teams(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n": typeof types.RoutingAdminDocument,
    "\n  query TestAssignment($input: TestAssignmentInput!) {\n    testAssignment(input: $input) {\n      type\n      reason\n      rule {\n        id\n        name\n      }\n      user {\n        id\n        name\n      }\n      queueTeam {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TestAssignmentDocument,
    "\n  query WorkloadTeams {\n    teams(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.WorkloadTeamsDocument,
    "\n  fragment TeamWorkloadFields on TeamWorkload {\n    queued\n    team {\n      id\n      name\n    }\n    reps {\n      openLeads\n      assignedToday\n      capacity\n      available\n      working\n      slaMetPercent\n      slaBreaches\n      medianFirstContactMinutes\n      averageFirstContactMinutes\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TeamWorkloadFieldsFragmentDoc,
    "\n  query TeamWorkload($teamId: ID!) {\n    teamWorkload(teamId: $teamId) {\n      ...TeamWorkloadFields @unmask\n    }\n  }\n": typeof types.TeamWorkloadDocument,
    "\n  subscription WorkloadChanged($teamId: ID!) {\n    workloadChanged(teamId: $teamId) {\n      ...TeamWorkloadFields @unmask\n    }\n  }\n": typeof types.WorkloadChangedDocument,
    "\n  mutation ClaimLead($input: ClaimLeadInput!) {\n    claimLead(input: $input) {\n      lead {\n        id\n        assignedTo {\n          id\n          name\n        }\n        queueTeam {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ClaimLeadDocument,
    "\n  mutation UpdateAvailability($input: UpdateSalesProfileInput!) {\n    updateSalesProfile(input: $input) {\n      profile {\n        available\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.UpdateAvailabilityDocument,
    "\n  mutation CreateAssignmentRule($input: CreateAssignmentRuleInput!) {\n    createAssignmentRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": typeof types.CreateAssignmentRuleDocument,
    "\n  mutation UpdateAssignmentRule($input: UpdateAssignmentRuleInput!) {\n    updateAssignmentRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": typeof types.UpdateAssignmentRuleDocument,
    "\n  mutation DeleteAssignmentRule($input: DeleteAssignmentRuleInput!) {\n    deleteAssignmentRule(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteAssignmentRuleDocument,
    "\n  mutation ReorderAssignmentRules($input: ReorderAssignmentRulesInput!) {\n    reorderAssignmentRules(input: $input) {\n      rules {\n        id\n        priority\n      }\n    }\n  }\n": typeof types.ReorderAssignmentRulesDocument,
    "\n  mutation CreateTerritory($input: CreateTerritoryInput!) {\n    createTerritory(input: $input) {\n      territory {\n        id\n      }\n    }\n  }\n": typeof types.CreateTerritoryDocument,
    "\n  mutation UpdateTerritory($input: UpdateTerritoryInput!) {\n    updateTerritory(input: $input) {\n      territory {\n        id\n      }\n    }\n  }\n": typeof types.UpdateTerritoryDocument,
    "\n  mutation DeleteTerritory($input: DeleteTerritoryInput!) {\n    deleteTerritory(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteTerritoryDocument,
    "\n  subscription MyLeadAssigned {\n    leadAssigned(toMe: true) {\n      type\n      lead {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.MyLeadAssignedDocument,
    "\n  mutation DeleteScoringRule($input: DeleteScoringRuleInput!) {\n    deleteScoringRule(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteScoringRuleDocument,
    "\n  fragment ScoringRunFields on ScoringRun {\n    id\n    status\n    reason\n    total\n    processed\n    changed\n    progress\n    error\n    finishedAt\n  }\n": typeof types.ScoringRunFieldsFragmentDoc,
    "\n  query LatestScoringRun {\n    scoringRuns(first: 1) {\n      edges {\n        node {\n          ...ScoringRunFields @unmask\n        }\n      }\n    }\n  }\n": typeof types.LatestScoringRunDocument,
    "\n  subscription ScoringRunUpdated {\n    scoringRunUpdated {\n      ...ScoringRunFields @unmask\n    }\n  }\n": typeof types.ScoringRunUpdatedDocument,
    "\n  mutation RescoreAllLeads {\n    rescoreLeads(input: {}) {\n      run {\n        ...ScoringRunFields @unmask\n      }\n    }\n  }\n": typeof types.RescoreAllLeadsDocument,
    "\n  mutation CreateScoringRule($input: CreateScoringRuleInput!) {\n    createScoringRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": typeof types.CreateScoringRuleDocument,
    "\n  mutation UpdateScoringRule($input: UpdateScoringRuleInput!) {\n    updateScoringRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": typeof types.UpdateScoringRuleDocument,
    "\n  query ScoringImpact($input: ScoringImpactInput!) {\n    scoringImpact(input: $input) {\n      leadsEvaluated\n      scoresChanged\n      gradesChanged\n      gradeTransitions {\n        from\n        to\n        count\n      }\n      before {\n        average\n      }\n      after {\n        average\n      }\n    }\n  }\n": typeof types.ScoringImpactDocument,
    "\n  query RulePreviewLeads {\n    leads(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          fullName\n          score\n          firstName\n          lastName\n          email\n          phone\n          jobTitle\n          company\n          industry\n          companySize\n          employees\n          annualRevenue\n          website\n          street\n          city\n          state\n          postalCode\n          country\n          source\n          campaign\n          utmSource\n          utmMedium\n          utmCampaign\n          utmTerm\n          utmContent\n          status\n          tags\n          emailOpens\n          emailClicks\n          websiteVisits\n          formSubmissions\n          lastEngagementAt\n          doNotCall\n          doNotEmail\n          preferredContactMethod\n          customFields\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.RulePreviewLeadsDocument,
    "\n  mutation SetScoringRuleActive($input: UpdateScoringRuleInput!) {\n    updateScoringRule(input: $input) {\n      rule {\n        id\n        active\n      }\n    }\n  }\n": typeof types.SetScoringRuleActiveDocument,
    "\n  query ScoringPage {\n    me {\n      id\n      role\n    }\n    scoreDistribution {\n      total\n      average\n      buckets {\n        from\n        to\n        count\n      }\n      grades {\n        grade\n        count\n      }\n    }\n    scoringSettings {\n      decayPointsPerWeek\n      categoryCaps {\n        category\n        cap\n      }\n      gradeThresholds {\n        A\n        B\n        C\n      }\n    }\n    scoringRules(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          category\n          field\n          operator\n          value\n          points\n          priority\n          exclusiveGroup\n          active\n        }\n      }\n    }\n  }\n": typeof types.ScoringPageDocument,
    "\n  query AppShell {\n    me {\n      id\n      role\n      organization {\n        id\n        name\n      }\n      ...UserMenu_user\n    }\n  }\n": typeof types.AppShellDocument,
    "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    role\n  }\n": typeof types.UserMenu_UserFragmentDoc,
    "\n  query MyTasks {\n    myTasks(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          type\n          priority\n          dueAt\n          overdue\n          lead {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  subscription TaskReminders {\n    taskReminders {\n      task {\n        id\n        title\n        dueAt\n        lead {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.TaskRemindersDocument,
};
const documents: Documents = {
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.LoginDocument,
    "\n  query ViewerRole {\n    me {\n      id\n      role\n    }\n  }\n": types.ViewerRoleDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      campaign {\n        id\n      }\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      campaign {\n        id\n      }\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation DeleteCampaign($input: DeleteCampaignInput!) {\n    deleteCampaign(input: $input) {\n      id\n    }\n  }\n": types.DeleteCampaignDocument,
    "\n  mutation ArchiveCampaign($id: ID!) {\n    updateCampaign(input: { id: $id, status: ARCHIVED }) {\n      campaign {\n        id\n        status\n      }\n    }\n  }\n": types.ArchiveCampaignDocument,
    "\n  query CaptureLogPage {\n    captureEvents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          channel\n          outcome\n          reason\n          sourceKey\n          leadId\n          payload\n        }\n      }\n    }\n  }\n": types.CaptureLogPageDocument,
    "\n  mutation UpdateForm($input: UpdateFormInput!) {\n    updateForm(input: $input) {\n      form {\n        id\n      }\n    }\n  }\n": types.UpdateFormDocument,
    "\n  mutation CreateForm($input: CreateFormInput!) {\n    createForm(input: $input) {\n      form {\n        id\n      }\n    }\n  }\n": types.CreateFormDocument,
    "\n  query FormsPage {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n          allowedOrigins\n        }\n      }\n    }\n    forms(first: 50) {\n      edges {\n        node {\n          id\n          name\n          embedPath\n          campaignId\n          fields {\n            name\n            label\n            type\n            required\n          }\n          thankYouUrl\n          honeypotField\n          allowedOrigins\n          updatedAt\n        }\n      }\n    }\n    webhookSources(first: 100) {\n      edges {\n        node {\n          id\n          name\n          key\n          active\n          fieldMapping\n          verifyToken\n        }\n      }\n    }\n  }\n": types.FormsPageDocument,
    "\n  mutation DeleteForm($input: DeleteFormInput!) {\n    deleteForm(input: $input) {\n      id\n    }\n  }\n": types.DeleteFormDocument,
    "\n  mutation CreateWebhookSource($input: CreateWebhookSourceInput!) {\n    createWebhookSource(input: $input) {\n      secret\n      source {\n        id\n        key\n      }\n    }\n  }\n": types.CreateWebhookSourceDocument,
    "\n  mutation UpdateWebhookSource($input: UpdateWebhookSourceInput!) {\n    updateWebhookSource(input: $input) {\n      secret\n      source {\n        id\n      }\n    }\n  }\n": types.UpdateWebhookSourceDocument,
    "\n  mutation DeleteWebhookSource($input: DeleteWebhookSourceInput!) {\n    deleteWebhookSource(input: $input) {\n      id\n    }\n  }\n": types.DeleteWebhookSourceDocument,
    "\n  query DuplicatesPage {\n    duplicateClusters(first: 50) {\n      totalCount\n      uncheckedLeads\n      edges {\n        node {\n          id\n          reasons\n          leads {\n            id\n            fullName\n            firstName\n            lastName\n            email\n            phone\n            company\n            jobTitle\n            source\n            updatedAt\n          }\n        }\n      }\n    }\n  }\n": types.DuplicatesPageDocument,
    "\n  query FindDuplicates($input: FindDuplicatesInput!) {\n    findDuplicates(input: $input) {\n      reason\n      similarity\n      lead {\n        id\n        fullName\n        email\n        company\n      }\n    }\n  }\n": types.FindDuplicatesDocument,
    "\n  mutation MergeLeads($input: MergeLeadsInput!) {\n    mergeLeads(input: $input) {\n      merge {\n        id\n        undoableUntil\n      }\n      master {\n        id\n        fullName\n      }\n    }\n  }\n": types.MergeLeadsDocument,
    "\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      merge {\n        id\n        undoneAt\n      }\n    }\n  }\n": types.UndoMergeDocument,
    "\n  query ExportLeads($filter: LeadFilter) {\n    exportLeads(filter: $filter, bom: true) {\n      url\n    }\n  }\n": types.ExportLeadsDocument,
    "\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      job {\n        id\n        status\n      }\n    }\n  }\n": types.StartImportDocument,
    "\n  query ImportMapping($jobId: ID!) {\n    suggestImportMapping(jobId: $jobId) {\n      index\n      header\n      target\n      confidence\n      samples\n    }\n  }\n": types.ImportMappingDocument,
    "\n  query ImportPreview($jobId: ID!, $mapping: [ColumnMappingInput!]!, $policy: ImportDuplicatePolicy) {\n    previewImport(jobId: $jobId, mapping: $mapping, duplicatePolicy: $policy) {\n      rowsExamined\n      create\n      update\n      skip\n      reject\n      junk\n      rows {\n        line\n        action\n        values\n      }\n      errors {\n        line\n        field\n        value\n        message\n      }\n    }\n  }\n": types.ImportPreviewDocument,
    "\n  fragment ImportProgress_job on ImportJob {\n    id\n    status\n    fileName\n    processed\n    created\n    updated\n    skipped\n    failed\n    progress\n    rowsPerSecond\n    etaSeconds\n    errorReportUrl\n    error\n  }\n": types.ImportProgress_JobFragmentDoc,
    "\n  query ImportJobProgress($id: ID!) {\n    importJob(id: $id) {\n      ...ImportProgress_job @unmask\n    }\n  }\n": types.ImportJobProgressDocument,
    "\n  subscription ImportProgressUpdates($jobId: ID!) {\n    importProgress(jobId: $jobId) {\n      ...ImportProgress_job @unmask\n    }\n  }\n": types.ImportProgressUpdatesDocument,
    "\n  mutation CancelImport($input: ImportJobInput!) {\n    cancelImport(input: $input) {\n      job {\n        ...ImportProgress_job @unmask\n      }\n    }\n  }\n": types.CancelImportDocument,
    "\n  mutation UndoImport($input: ImportJobInput!) {\n    undoImport(input: $input) {\n      deleted\n      job {\n        ...ImportProgress_job @unmask\n      }\n    }\n  }\n": types.UndoImportDocument,
    "\n  query RecentImports {\n    importJobs(first: 10) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          createdAt\n          created\n          updated\n          skipped\n          failed\n          errorReportUrl\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.RecentImportsDocument,
    "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          hint\n          createdAt\n          expiresAt\n          revokedAt\n          lastUsedAt\n          lastUsedIp\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          event\n          status\n          attempts\n          responseCode\n          latencyMs\n          lastError\n          nextAttemptAt\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(input: { deliveryId: $deliveryId }) {\n      delivery {\n        id\n      }\n    }\n  }\n": types.RedeliverWebhookDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 20) {\n      edges {\n        node {\n          id\n          url\n          description\n          events\n          active\n        }\n      }\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        active\n        events\n      }\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(input: { id: $id }) {\n      endpoint {\n        id\n      }\n    }\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation TestWebhookEndpoint($id: ID!) {\n    testWebhookEndpoint(input: { id: $id }) {\n      delivery {\n        id\n        status\n        responseCode\n        lastError\n      }\n    }\n  }\n": types.TestWebhookEndpointDocument,
    "\n  fragment LeadAssignment_lead on Lead {\n    id\n    fullName\n    slaDueAt\n    firstContactedAt\n    assignedTo {\n      id\n      name\n    }\n    queueTeam {\n      id\n      name\n    }\n    assignmentHistory(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          reason\n          createdAt\n          fromUser {\n            id\n            name\n          }\n          toUser {\n            id\n            name\n          }\n          assignedBy {\n            id\n            name\n          }\n          rule {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.LeadAssignment_LeadFragmentDoc,
    "\n  fragment LeadHeader_lead on Lead {\n    fullName\n    company\n    jobTitle\n    status\n    email\n    phone\n    source\n    createdAt\n    score\n    grade\n    assignedTo {\n      id\n      name\n    }\n  }\n": types.LeadHeader_LeadFragmentDoc,
    "\n  query LeadPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    lead(id: $id) {\n      id\n      ...LeadHeader_lead\n      ...ScoreBreakdown_lead\n      ...ScoreHistory_lead\n      ...LeadAssignment_lead\n    }\n  }\n": types.LeadPageDocument,
    "\n  query LeadTasks($id: ID!) {\n    lead(id: $id) {\n      id\n      tasks(first: 50) {\n        edges {\n          node {\n            id\n            title\n            type\n            priority\n            dueAt\n            overdue\n          }\n        }\n      }\n    }\n  }\n": types.LeadTasksDocument,
    "\n  mutation CreateLeadTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n": types.CreateLeadTaskDocument,
    "\n  query LeadTimeline($id: ID!, $after: String) {\n    lead(id: $id) {\n      id\n      timeline(first: 20, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            type\n            subject\n            body\n            outcome\n            occurredAt\n            actor {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.LeadTimelineDocument,
    "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activity {\n        id\n      }\n      lead {\n        id\n        activitiesCount\n        lastActivityAt\n        score\n      }\n    }\n  }\n": types.LogActivityDocument,
    "\n  query ReassignUsers {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n          active\n        }\n      }\n    }\n  }\n": types.ReassignUsersDocument,
    "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      lead {\n        id\n        assignedTo {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AssignLeadDocument,
    "\n  fragment ScoreBreakdown_lead on Lead {\n    score\n    scoreBreakdown {\n      ruleId\n      name\n      category\n      points\n      field\n      operator\n      matchedValue\n    }\n  }\n": types.ScoreBreakdown_LeadFragmentDoc,
    "\n  fragment ScoreHistory_lead on Lead {\n    scoreHistory(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          score\n          previousScore\n          delta\n          reason\n          grade\n          createdAt\n        }\n      }\n    }\n  }\n": types.ScoreHistory_LeadFragmentDoc,
    "\n  query LeadStage($id: ID!) {\n    lead(id: $id) {\n      id\n      fullName\n      daysInStage\n      lostReason\n      stage {\n        id\n      }\n    }\n  }\n": types.LeadStageDocument,
    "\n  subscription LeadPageEvents {\n    leadEvents {\n      type\n      lead {\n        id\n      }\n    }\n  }\n": types.LeadPageEventsDocument,
    "\n  fragment LeadRow_lead on Lead {\n    id\n    fullName\n    company\n    email\n    status\n    score\n    grade\n    source\n    createdAt\n    assignedTo {\n      id\n      name\n    }\n  }\n": types.LeadRow_LeadFragmentDoc,
    "\n  query LeadsPage($filter: LeadFilter, $search: String, $orderBy: LeadOrder, $first: Int, $after: String) {\n    leads(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          ...LeadRow_lead\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LeadsPageDocument,
    "\n  mutation NewLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      outcome\n      lead {\n        id\n      }\n      duplicates {\n        reason\n        similarity\n        lead {\n          id\n          fullName\n          email\n          company\n        }\n      }\n    }\n  }\n": types.NewLeadDocument,
    "\n  query OwnerFilter {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OwnerFilterDocument,
    "\n  subscription LeadEvents {\n    leadEvents {\n      type\n      lead {\n        id\n      }\n    }\n  }\n": types.LeadEventsDocument,
    "\n  query NotificationBell {\n    unreadNotificationCount\n    notifications(first: 15) {\n      edges {\n        node {\n          id\n          type\n          title\n          body\n          readAt\n          createdAt\n          lead {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.NotificationBellDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      title\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query PipelineColumnPage($filter: LeadFilter!, $search: String, $after: String) {\n    leads(\n      filter: $filter\n      search: $search\n      orderBy: { field: SCORE, direction: DESC }\n      first: 25\n      after: $after\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          company\n          score\n          daysInStage\n          assignedTo {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PipelineColumnPageDocument,
    "\n  query PipelineInsights {\n    pipelineStats {\n      from\n      to\n      stages {\n        stage {\n          id\n          name\n          color\n          category\n          retiredAt\n        }\n        leadCount\n        totalValue\n        entered\n        advanced\n        conversionRate\n        averageDaysInStage\n      }\n    }\n  }\n": types.PipelineInsightsDocument,
    "\n  mutation CreatePipelineStage($input: CreatePipelineStageInput!) {\n    createPipelineStage(input: $input) {\n      stage {\n        id\n      }\n    }\n  }\n": types.CreatePipelineStageDocument,
    "\n  mutation UpdatePipelineStage($input: UpdatePipelineStageInput!) {\n    updatePipelineStage(input: $input) {\n      stage {\n        id\n        name\n        color\n      }\n    }\n  }\n": types.UpdatePipelineStageDocument,
    "\n  mutation ReorderPipelineStages($input: ReorderPipelineStagesInput!) {\n    reorderPipelineStages(input: $input) {\n      stages {\n        id\n        position\n      }\n    }\n  }\n": types.ReorderPipelineStagesDocument,
    "\n  mutation RetirePipelineStage($input: PipelineStageIdInput!) {\n    retirePipelineStage(input: $input) {\n      stage {\n        id\n        retiredAt\n      }\n    }\n  }\n": types.RetirePipelineStageDocument,
    "\n  query PipelineStages {\n    pipelineStages {\n      id\n      name\n      color\n      position\n      category\n      status\n    }\n  }\n": types.PipelineStagesDocument,
    "\n  subscription PipelineBoardEvents {\n    pipelineEvents {\n      type\n      stageId\n      previousStageId\n      lead {\n        id\n      }\n    }\n  }\n": types.PipelineBoardEventsDocument,
    "\n  mutation MoveLead($input: MoveLeadInput!) {\n    moveLead(input: $input) {\n      lead {\n        id\n        status\n        daysInStage\n        stage {\n          id\n        }\n      }\n    }\n  }\n": types.MoveLeadDocument,
    "\n  query MyQueueViewer {\n    me {\n      id\n      role\n      teams {\n        id\n        name\n      }\n    }\n  }\n": types.MyQueueViewerDocument,
    "\n  query MyQueue($ownerIds: [ID!]!, $queueTeamIds: [ID]) {\n    myLeads: leads(\n      first: 100\n      filter: { assignedToIds: $ownerIds, status: [NEW, CONTACTED, QUALIFIED] }\n      orderBy: { field: SCORE, direction: DESC }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...QueueLeadRow_lead\n        }\n      }\n    }\n    teamQueue: leads(\n      first: 25\n      filter: { unassigned: true, queueTeamIds: $queueTeamIds, status: [NEW, CONTACTED, QUALIFIED] }\n      orderBy: { field: SCORE, direction: DESC }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          queueTeam {\n            id\n            name\n          }\n          ...QueueLeadRow_lead\n        }\n      }\n    }\n  }\n": types.MyQueueDocument,
    "\n  fragment QueueLeadRow_lead on Lead {\n    id\n    fullName\n    company\n    status\n    score\n    grade\n    createdAt\n  }\n": types.QueueLeadRow_LeadFragmentDoc,
    "\n  query RoutingAdmin {\n    me {\n      id\n      role\n    }\n    assignmentRules(first: 100) {\n      edges {\n        node {\n          id\n          name\n          strategy\n          priority\n          active\n          conditionMatch\n          respectWorkingHours\n          conditions {\n            field\n            operator\n            value\n          }\n          team {\n            id\n            name\n          }\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n    territories(first: 100) {\n      edges {\n        node {\n          id\n          name\n          priority\n          active\n          criteriaMatch\n          distribution\n          criteria {\n            field\n            operator\n            value\n          }\n          team {\n            id\n            name\n          }\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n    teams(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n": types.RoutingAdminDocument,
    "\n  query TestAssignment($input: TestAssignmentInput!) {\n    testAssignment(input: $input) {\n      type\n      reason\n      rule {\n        id\n        name\n      }\n      user {\n        id\n        name\n      }\n      queueTeam {\n        id\n        name\n      }\n    }\n  }\n": types.TestAssignmentDocument,
    "\n  query WorkloadTeams {\n    teams(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.WorkloadTeamsDocument,
    "\n  fragment TeamWorkloadFields on TeamWorkload {\n    queued\n    team {\n      id\n      name\n    }\n    reps {\n      openLeads\n      assignedToday\n      capacity\n      available\n      working\n      slaMetPercent\n      slaBreaches\n      medianFirstContactMinutes\n      averageFirstContactMinutes\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.TeamWorkloadFieldsFragmentDoc,
    "\n  query TeamWorkload($teamId: ID!) {\n    teamWorkload(teamId: $teamId) {\n      ...TeamWorkloadFields @unmask\n    }\n  }\n": types.TeamWorkloadDocument,
    "\n  subscription WorkloadChanged($teamId: ID!) {\n    workloadChanged(teamId: $teamId) {\n      ...TeamWorkloadFields @unmask\n    }\n  }\n": types.WorkloadChangedDocument,
    "\n  mutation ClaimLead($input: ClaimLeadInput!) {\n    claimLead(input: $input) {\n      lead {\n        id\n        assignedTo {\n          id\n          name\n        }\n        queueTeam {\n          id\n        }\n      }\n    }\n  }\n": types.ClaimLeadDocument,
    "\n  mutation UpdateAvailability($input: UpdateSalesProfileInput!) {\n    updateSalesProfile(input: $input) {\n      profile {\n        available\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.UpdateAvailabilityDocument,
    "\n  mutation CreateAssignmentRule($input: CreateAssignmentRuleInput!) {\n    createAssignmentRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": types.CreateAssignmentRuleDocument,
    "\n  mutation UpdateAssignmentRule($input: UpdateAssignmentRuleInput!) {\n    updateAssignmentRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": types.UpdateAssignmentRuleDocument,
    "\n  mutation DeleteAssignmentRule($input: DeleteAssignmentRuleInput!) {\n    deleteAssignmentRule(input: $input) {\n      id\n    }\n  }\n": types.DeleteAssignmentRuleDocument,
    "\n  mutation ReorderAssignmentRules($input: ReorderAssignmentRulesInput!) {\n    reorderAssignmentRules(input: $input) {\n      rules {\n        id\n        priority\n      }\n    }\n  }\n": types.ReorderAssignmentRulesDocument,
    "\n  mutation CreateTerritory($input: CreateTerritoryInput!) {\n    createTerritory(input: $input) {\n      territory {\n        id\n      }\n    }\n  }\n": types.CreateTerritoryDocument,
    "\n  mutation UpdateTerritory($input: UpdateTerritoryInput!) {\n    updateTerritory(input: $input) {\n      territory {\n        id\n      }\n    }\n  }\n": types.UpdateTerritoryDocument,
    "\n  mutation DeleteTerritory($input: DeleteTerritoryInput!) {\n    deleteTerritory(input: $input) {\n      id\n    }\n  }\n": types.DeleteTerritoryDocument,
    "\n  subscription MyLeadAssigned {\n    leadAssigned(toMe: true) {\n      type\n      lead {\n        id\n        fullName\n      }\n    }\n  }\n": types.MyLeadAssignedDocument,
    "\n  mutation DeleteScoringRule($input: DeleteScoringRuleInput!) {\n    deleteScoringRule(input: $input) {\n      id\n    }\n  }\n": types.DeleteScoringRuleDocument,
    "\n  fragment ScoringRunFields on ScoringRun {\n    id\n    status\n    reason\n    total\n    processed\n    changed\n    progress\n    error\n    finishedAt\n  }\n": types.ScoringRunFieldsFragmentDoc,
    "\n  query LatestScoringRun {\n    scoringRuns(first: 1) {\n      edges {\n        node {\n          ...ScoringRunFields @unmask\n        }\n      }\n    }\n  }\n": types.LatestScoringRunDocument,
    "\n  subscription ScoringRunUpdated {\n    scoringRunUpdated {\n      ...ScoringRunFields @unmask\n    }\n  }\n": types.ScoringRunUpdatedDocument,
    "\n  mutation RescoreAllLeads {\n    rescoreLeads(input: {}) {\n      run {\n        ...ScoringRunFields @unmask\n      }\n    }\n  }\n": types.RescoreAllLeadsDocument,
    "\n  mutation CreateScoringRule($input: CreateScoringRuleInput!) {\n    createScoringRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": types.CreateScoringRuleDocument,
    "\n  mutation UpdateScoringRule($input: UpdateScoringRuleInput!) {\n    updateScoringRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": types.UpdateScoringRuleDocument,
    "\n  query ScoringImpact($input: ScoringImpactInput!) {\n    scoringImpact(input: $input) {\n      leadsEvaluated\n      scoresChanged\n      gradesChanged\n      gradeTransitions {\n        from\n        to\n        count\n      }\n      before {\n        average\n      }\n      after {\n        average\n      }\n    }\n  }\n": types.ScoringImpactDocument,
    "\n  query RulePreviewLeads {\n    leads(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          fullName\n          score\n          firstName\n          lastName\n          email\n          phone\n          jobTitle\n          company\n          industry\n          companySize\n          employees\n          annualRevenue\n          website\n          street\n          city\n          state\n          postalCode\n          country\n          source\n          campaign\n          utmSource\n          utmMedium\n          utmCampaign\n          utmTerm\n          utmContent\n          status\n          tags\n          emailOpens\n          emailClicks\n          websiteVisits\n          formSubmissions\n          lastEngagementAt\n          doNotCall\n          doNotEmail\n          preferredContactMethod\n          customFields\n          createdAt\n        }\n      }\n    }\n  }\n": types.RulePreviewLeadsDocument,
    "\n  mutation SetScoringRuleActive($input: UpdateScoringRuleInput!) {\n    updateScoringRule(input: $input) {\n      rule {\n        id\n        active\n      }\n    }\n  }\n": types.SetScoringRuleActiveDocument,
    "\n  query ScoringPage {\n    me {\n      id\n      role\n    }\n    scoreDistribution {\n      total\n      average\n      buckets {\n        from\n        to\n        count\n      }\n      grades {\n        grade\n        count\n      }\n    }\n    scoringSettings {\n      decayPointsPerWeek\n      categoryCaps {\n        category\n        cap\n      }\n      gradeThresholds {\n        A\n        B\n        C\n      }\n    }\n    scoringRules(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          category\n          field\n          operator\n          value\n          points\n          priority\n          exclusiveGroup\n          active\n        }\n      }\n    }\n  }\n": types.ScoringPageDocument,
    "\n  query AppShell {\n    me {\n      id\n      role\n      organization {\n        id\n        name\n      }\n      ...UserMenu_user\n    }\n  }\n": types.AppShellDocument,
    "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    role\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  query MyTasks {\n    myTasks(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          type\n          priority\n          dueAt\n          overdue\n          lead {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        id\n        status\n      }\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  subscription TaskReminders {\n    taskReminders {\n      task {\n        id\n        title\n        dueAt\n        lead {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.TaskRemindersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerRole {\n    me {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query ViewerRole {\n    me {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      campaign {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      campaign {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      campaign {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      campaign {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCampaign($input: DeleteCampaignInput!) {\n    deleteCampaign(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCampaign($input: DeleteCampaignInput!) {\n    deleteCampaign(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCampaign($id: ID!) {\n    updateCampaign(input: { id: $id, status: ARCHIVED }) {\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCampaign($id: ID!) {\n    updateCampaign(input: { id: $id, status: ARCHIVED }) {\n      campaign {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaptureLogPage {\n    captureEvents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          channel\n          outcome\n          reason\n          sourceKey\n          leadId\n          payload\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaptureLogPage {\n    captureEvents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          channel\n          outcome\n          reason\n          sourceKey\n          leadId\n          payload\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateForm($input: UpdateFormInput!) {\n    updateForm(input: $input) {\n      form {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateForm($input: UpdateFormInput!) {\n    updateForm(input: $input) {\n      form {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForm($input: CreateFormInput!) {\n    createForm(input: $input) {\n      form {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForm($input: CreateFormInput!) {\n    createForm(input: $input) {\n      form {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormsPage {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n          allowedOrigins\n        }\n      }\n    }\n    forms(first: 50) {\n      edges {\n        node {\n          id\n          name\n          embedPath\n          campaignId\n          fields {\n            name\n            label\n            type\n            required\n          }\n          thankYouUrl\n          honeypotField\n          allowedOrigins\n          updatedAt\n        }\n      }\n    }\n    webhookSources(first: 100) {\n      edges {\n        node {\n          id\n          name\n          key\n          active\n          fieldMapping\n          verifyToken\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FormsPage {\n    campaigns(first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n          allowedOrigins\n        }\n      }\n    }\n    forms(first: 50) {\n      edges {\n        node {\n          id\n          name\n          embedPath\n          campaignId\n          fields {\n            name\n            label\n            type\n            required\n          }\n          thankYouUrl\n          honeypotField\n          allowedOrigins\n          updatedAt\n        }\n      }\n    }\n    webhookSources(first: 100) {\n      edges {\n        node {\n          id\n          name\n          key\n          active\n          fieldMapping\n          verifyToken\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteForm($input: DeleteFormInput!) {\n    deleteForm(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteForm($input: DeleteFormInput!) {\n    deleteForm(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookSource($input: CreateWebhookSourceInput!) {\n    createWebhookSource(input: $input) {\n      secret\n      source {\n        id\n        key\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookSource($input: CreateWebhookSourceInput!) {\n    createWebhookSource(input: $input) {\n      secret\n      source {\n        id\n        key\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookSource($input: UpdateWebhookSourceInput!) {\n    updateWebhookSource(input: $input) {\n      secret\n      source {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookSource($input: UpdateWebhookSourceInput!) {\n    updateWebhookSource(input: $input) {\n      secret\n      source {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookSource($input: DeleteWebhookSourceInput!) {\n    deleteWebhookSource(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookSource($input: DeleteWebhookSourceInput!) {\n    deleteWebhookSource(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicatesPage {\n    duplicateClusters(first: 50) {\n      totalCount\n      uncheckedLeads\n      edges {\n        node {\n          id\n          reasons\n          leads {\n            id\n            fullName\n            firstName\n            lastName\n            email\n            phone\n            company\n            jobTitle\n            source\n            updatedAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DuplicatesPage {\n    duplicateClusters(first: 50) {\n      totalCount\n      uncheckedLeads\n      edges {\n        node {\n          id\n          reasons\n          leads {\n            id\n            fullName\n            firstName\n            lastName\n            email\n            phone\n            company\n            jobTitle\n            source\n            updatedAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindDuplicates($input: FindDuplicatesInput!) {\n    findDuplicates(input: $input) {\n      reason\n      similarity\n      lead {\n        id\n        fullName\n        email\n        company\n      }\n    }\n  }\n"): (typeof documents)["\n  query FindDuplicates($input: FindDuplicatesInput!) {\n    findDuplicates(input: $input) {\n      reason\n      similarity\n      lead {\n        id\n        fullName\n        email\n        company\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeLeads($input: MergeLeadsInput!) {\n    mergeLeads(input: $input) {\n      merge {\n        id\n        undoableUntil\n      }\n      master {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeLeads($input: MergeLeadsInput!) {\n    mergeLeads(input: $input) {\n      merge {\n        id\n        undoableUntil\n      }\n      master {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      merge {\n        id\n        undoneAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      merge {\n        id\n        undoneAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportLeads($filter: LeadFilter) {\n    exportLeads(filter: $filter, bom: true) {\n      url\n    }\n  }\n"): (typeof documents)["\n  query ExportLeads($filter: LeadFilter) {\n    exportLeads(filter: $filter, bom: true) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      job {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartImport($input: StartImportInput!) {\n    startImport(input: $input) {\n      job {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportMapping($jobId: ID!) {\n    suggestImportMapping(jobId: $jobId) {\n      index\n      header\n      target\n      confidence\n      samples\n    }\n  }\n"): (typeof documents)["\n  query ImportMapping($jobId: ID!) {\n    suggestImportMapping(jobId: $jobId) {\n      index\n      header\n      target\n      confidence\n      samples\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPreview($jobId: ID!, $mapping: [ColumnMappingInput!]!, $policy: ImportDuplicatePolicy) {\n    previewImport(jobId: $jobId, mapping: $mapping, duplicatePolicy: $policy) {\n      rowsExamined\n      create\n      update\n      skip\n      reject\n      junk\n      rows {\n        line\n        action\n        values\n      }\n      errors {\n        line\n        field\n        value\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportPreview($jobId: ID!, $mapping: [ColumnMappingInput!]!, $policy: ImportDuplicatePolicy) {\n    previewImport(jobId: $jobId, mapping: $mapping, duplicatePolicy: $policy) {\n      rowsExamined\n      create\n      update\n      skip\n      reject\n      junk\n      rows {\n        line\n        action\n        values\n      }\n      errors {\n        line\n        field\n        value\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportProgress_job on ImportJob {\n    id\n    status\n    fileName\n    processed\n    created\n    updated\n    skipped\n    failed\n    progress\n    rowsPerSecond\n    etaSeconds\n    errorReportUrl\n    error\n  }\n"): (typeof documents)["\n  fragment ImportProgress_job on ImportJob {\n    id\n    status\n    fileName\n    processed\n    created\n    updated\n    skipped\n    failed\n    progress\n    rowsPerSecond\n    etaSeconds\n    errorReportUrl\n    error\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJobProgress($id: ID!) {\n    importJob(id: $id) {\n      ...ImportProgress_job @unmask\n    }\n  }\n"): (typeof documents)["\n  query ImportJobProgress($id: ID!) {\n    importJob(id: $id) {\n      ...ImportProgress_job @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ImportProgressUpdates($jobId: ID!) {\n    importProgress(jobId: $jobId) {\n      ...ImportProgress_job @unmask\n    }\n  }\n"): (typeof documents)["\n  subscription ImportProgressUpdates($jobId: ID!) {\n    importProgress(jobId: $jobId) {\n      ...ImportProgress_job @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelImport($input: ImportJobInput!) {\n    cancelImport(input: $input) {\n      job {\n        ...ImportProgress_job @unmask\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelImport($input: ImportJobInput!) {\n    cancelImport(input: $input) {\n      job {\n        ...ImportProgress_job @unmask\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoImport($input: ImportJobInput!) {\n    undoImport(input: $input) {\n      deleted\n      job {\n        ...ImportProgress_job @unmask\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UndoImport($input: ImportJobInput!) {\n    undoImport(input: $input) {\n      deleted\n      job {\n        ...ImportProgress_job @unmask\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentImports {\n    importJobs(first: 10) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          createdAt\n          created\n          updated\n          skipped\n          failed\n          errorReportUrl\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentImports {\n    importJobs(first: 10) {\n      edges {\n        node {\n          id\n          fileName\n          status\n          createdAt\n          created\n          updated\n          skipped\n          failed\n          errorReportUrl\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          hint\n          createdAt\n          expiresAt\n          revokedAt\n          lastUsedAt\n          lastUsedIp\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys(first: 100) {\n      edges {\n        node {\n          id\n          name\n          role\n          hint\n          createdAt\n          expiresAt\n          revokedAt\n          lastUsedAt\n          lastUsedIp\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          event\n          status\n          attempts\n          responseCode\n          latencyMs\n          lastError\n          nextAttemptAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          event\n          status\n          attempts\n          responseCode\n          latencyMs\n          lastError\n          nextAttemptAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(input: { deliveryId: $deliveryId }) {\n      delivery {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverWebhook($deliveryId: ID!) {\n    redeliverWebhook(input: { deliveryId: $deliveryId }) {\n      delivery {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 20) {\n      edges {\n        node {\n          id\n          url\n          description\n          events\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints {\n    webhookEndpoints(first: 20) {\n      edges {\n        node {\n          id\n          url\n          description\n          events\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        active\n        events\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        id\n        active\n        events\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(input: { id: $id }) {\n      endpoint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(input: { id: $id }) {\n      endpoint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestWebhookEndpoint($id: ID!) {\n    testWebhookEndpoint(input: { id: $id }) {\n      delivery {\n        id\n        status\n        responseCode\n        lastError\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestWebhookEndpoint($id: ID!) {\n    testWebhookEndpoint(input: { id: $id }) {\n      delivery {\n        id\n        status\n        responseCode\n        lastError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadAssignment_lead on Lead {\n    id\n    fullName\n    slaDueAt\n    firstContactedAt\n    assignedTo {\n      id\n      name\n    }\n    queueTeam {\n      id\n      name\n    }\n    assignmentHistory(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          reason\n          createdAt\n          fromUser {\n            id\n            name\n          }\n          toUser {\n            id\n            name\n          }\n          assignedBy {\n            id\n            name\n          }\n          rule {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LeadAssignment_lead on Lead {\n    id\n    fullName\n    slaDueAt\n    firstContactedAt\n    assignedTo {\n      id\n      name\n    }\n    queueTeam {\n      id\n      name\n    }\n    assignmentHistory(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          reason\n          createdAt\n          fromUser {\n            id\n            name\n          }\n          toUser {\n            id\n            name\n          }\n          assignedBy {\n            id\n            name\n          }\n          rule {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadHeader_lead on Lead {\n    fullName\n    company\n    jobTitle\n    status\n    email\n    phone\n    source\n    createdAt\n    score\n    grade\n    assignedTo {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LeadHeader_lead on Lead {\n    fullName\n    company\n    jobTitle\n    status\n    email\n    phone\n    source\n    createdAt\n    score\n    grade\n    assignedTo {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    lead(id: $id) {\n      id\n      ...LeadHeader_lead\n      ...ScoreBreakdown_lead\n      ...ScoreHistory_lead\n      ...LeadAssignment_lead\n    }\n  }\n"): (typeof documents)["\n  query LeadPage($id: ID!) {\n    me {\n      id\n      role\n    }\n    lead(id: $id) {\n      id\n      ...LeadHeader_lead\n      ...ScoreBreakdown_lead\n      ...ScoreHistory_lead\n      ...LeadAssignment_lead\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadTasks($id: ID!) {\n    lead(id: $id) {\n      id\n      tasks(first: 50) {\n        edges {\n          node {\n            id\n            title\n            type\n            priority\n            dueAt\n            overdue\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadTasks($id: ID!) {\n    lead(id: $id) {\n      id\n      tasks(first: 50) {\n        edges {\n          node {\n            id\n            title\n            type\n            priority\n            dueAt\n            overdue\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLeadTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLeadTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadTimeline($id: ID!, $after: String) {\n    lead(id: $id) {\n      id\n      timeline(first: 20, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            type\n            subject\n            body\n            outcome\n            occurredAt\n            actor {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadTimeline($id: ID!, $after: String) {\n    lead(id: $id) {\n      id\n      timeline(first: 20, after: $after) {\n        totalCount\n        edges {\n          node {\n            id\n            type\n            subject\n            body\n            outcome\n            occurredAt\n            actor {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activity {\n        id\n      }\n      lead {\n        id\n        activitiesCount\n        lastActivityAt\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activity {\n        id\n      }\n      lead {\n        id\n        activitiesCount\n        lastActivityAt\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReassignUsers {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReassignUsers {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          email\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      lead {\n        id\n        assignedTo {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignLead($input: AssignLeadInput!) {\n    assignLead(input: $input) {\n      lead {\n        id\n        assignedTo {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreBreakdown_lead on Lead {\n    score\n    scoreBreakdown {\n      ruleId\n      name\n      category\n      points\n      field\n      operator\n      matchedValue\n    }\n  }\n"): (typeof documents)["\n  fragment ScoreBreakdown_lead on Lead {\n    score\n    scoreBreakdown {\n      ruleId\n      name\n      category\n      points\n      field\n      operator\n      matchedValue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreHistory_lead on Lead {\n    scoreHistory(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          score\n          previousScore\n          delta\n          reason\n          grade\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ScoreHistory_lead on Lead {\n    scoreHistory(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          score\n          previousScore\n          delta\n          reason\n          grade\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadStage($id: ID!) {\n    lead(id: $id) {\n      id\n      fullName\n      daysInStage\n      lostReason\n      stage {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadStage($id: ID!) {\n    lead(id: $id) {\n      id\n      fullName\n      daysInStage\n      lostReason\n      stage {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LeadPageEvents {\n    leadEvents {\n      type\n      lead {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LeadPageEvents {\n    leadEvents {\n      type\n      lead {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadRow_lead on Lead {\n    id\n    fullName\n    company\n    email\n    status\n    score\n    grade\n    source\n    createdAt\n    assignedTo {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LeadRow_lead on Lead {\n    id\n    fullName\n    company\n    email\n    status\n    score\n    grade\n    source\n    createdAt\n    assignedTo {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadsPage($filter: LeadFilter, $search: String, $orderBy: LeadOrder, $first: Int, $after: String) {\n    leads(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          ...LeadRow_lead\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadsPage($filter: LeadFilter, $search: String, $orderBy: LeadOrder, $first: Int, $after: String) {\n    leads(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          ...LeadRow_lead\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      outcome\n      lead {\n        id\n      }\n      duplicates {\n        reason\n        similarity\n        lead {\n          id\n          fullName\n          email\n          company\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NewLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      outcome\n      lead {\n        id\n      }\n      duplicates {\n        reason\n        similarity\n        lead {\n          id\n          fullName\n          email\n          company\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnerFilter {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnerFilter {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LeadEvents {\n    leadEvents {\n      type\n      lead {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LeadEvents {\n    leadEvents {\n      type\n      lead {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBell {\n    unreadNotificationCount\n    notifications(first: 15) {\n      edges {\n        node {\n          id\n          type\n          title\n          body\n          readAt\n          createdAt\n          lead {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationBell {\n    unreadNotificationCount\n    notifications(first: 15) {\n      edges {\n        node {\n          id\n          type\n          title\n          body\n          readAt\n          createdAt\n          lead {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      marked\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineColumnPage($filter: LeadFilter!, $search: String, $after: String) {\n    leads(\n      filter: $filter\n      search: $search\n      orderBy: { field: SCORE, direction: DESC }\n      first: 25\n      after: $after\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          company\n          score\n          daysInStage\n          assignedTo {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineColumnPage($filter: LeadFilter!, $search: String, $after: String) {\n    leads(\n      filter: $filter\n      search: $search\n      orderBy: { field: SCORE, direction: DESC }\n      first: 25\n      after: $after\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          company\n          score\n          daysInStage\n          assignedTo {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineInsights {\n    pipelineStats {\n      from\n      to\n      stages {\n        stage {\n          id\n          name\n          color\n          category\n          retiredAt\n        }\n        leadCount\n        totalValue\n        entered\n        advanced\n        conversionRate\n        averageDaysInStage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PipelineInsights {\n    pipelineStats {\n      from\n      to\n      stages {\n        stage {\n          id\n          name\n          color\n          category\n          retiredAt\n        }\n        leadCount\n        totalValue\n        entered\n        advanced\n        conversionRate\n        averageDaysInStage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePipelineStage($input: CreatePipelineStageInput!) {\n    createPipelineStage(input: $input) {\n      stage {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePipelineStage($input: CreatePipelineStageInput!) {\n    createPipelineStage(input: $input) {\n      stage {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePipelineStage($input: UpdatePipelineStageInput!) {\n    updatePipelineStage(input: $input) {\n      stage {\n        id\n        name\n        color\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePipelineStage($input: UpdatePipelineStageInput!) {\n    updatePipelineStage(input: $input) {\n      stage {\n        id\n        name\n        color\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderPipelineStages($input: ReorderPipelineStagesInput!) {\n    reorderPipelineStages(input: $input) {\n      stages {\n        id\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderPipelineStages($input: ReorderPipelineStagesInput!) {\n    reorderPipelineStages(input: $input) {\n      stages {\n        id\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetirePipelineStage($input: PipelineStageIdInput!) {\n    retirePipelineStage(input: $input) {\n      stage {\n        id\n        retiredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetirePipelineStage($input: PipelineStageIdInput!) {\n    retirePipelineStage(input: $input) {\n      stage {\n        id\n        retiredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineStages {\n    pipelineStages {\n      id\n      name\n      color\n      position\n      category\n      status\n    }\n  }\n"): (typeof documents)["\n  query PipelineStages {\n    pipelineStages {\n      id\n      name\n      color\n      position\n      category\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PipelineBoardEvents {\n    pipelineEvents {\n      type\n      stageId\n      previousStageId\n      lead {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PipelineBoardEvents {\n    pipelineEvents {\n      type\n      stageId\n      previousStageId\n      lead {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveLead($input: MoveLeadInput!) {\n    moveLead(input: $input) {\n      lead {\n        id\n        status\n        daysInStage\n        stage {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveLead($input: MoveLeadInput!) {\n    moveLead(input: $input) {\n      lead {\n        id\n        status\n        daysInStage\n        stage {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQueueViewer {\n    me {\n      id\n      role\n      teams {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyQueueViewer {\n    me {\n      id\n      role\n      teams {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQueue($ownerIds: [ID!]!, $queueTeamIds: [ID]) {\n    myLeads: leads(\n      first: 100\n      filter: { assignedToIds: $ownerIds, status: [NEW, CONTACTED, QUALIFIED] }\n      orderBy: { field: SCORE, direction: DESC }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...QueueLeadRow_lead\n        }\n      }\n    }\n    teamQueue: leads(\n      first: 25\n      filter: { unassigned: true, queueTeamIds: $queueTeamIds, status: [NEW, CONTACTED, QUALIFIED] }\n      orderBy: { field: SCORE, direction: DESC }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          queueTeam {\n            id\n            name\n          }\n          ...QueueLeadRow_lead\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyQueue($ownerIds: [ID!]!, $queueTeamIds: [ID]) {\n    myLeads: leads(\n      first: 100\n      filter: { assignedToIds: $ownerIds, status: [NEW, CONTACTED, QUALIFIED] }\n      orderBy: { field: SCORE, direction: DESC }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          ...QueueLeadRow_lead\n        }\n      }\n    }\n    teamQueue: leads(\n      first: 25\n      filter: { unassigned: true, queueTeamIds: $queueTeamIds, status: [NEW, CONTACTED, QUALIFIED] }\n      orderBy: { field: SCORE, direction: DESC }\n    ) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          queueTeam {\n            id\n            name\n          }\n          ...QueueLeadRow_lead\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueLeadRow_lead on Lead {\n    id\n    fullName\n    company\n    status\n    score\n    grade\n    createdAt\n  }\n"): (typeof documents)["\n  fragment QueueLeadRow_lead on Lead {\n    id\n    fullName\n    company\n    status\n    score\n    grade\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingAdmin {\n    me {\n      id\n      role\n    }\n    assignmentRules(first: 100) {\n      edges {\n        node {\n          id\n          name\n          strategy\n          priority\n          active\n          conditionMatch\n          respectWorkingHours\n          conditions {\n            field\n            operator\n            value\n          }\n          team {\n            id\n            name\n          }\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n    territories(first: 100) {\n      edges {\n        node {\n          id\n          name\n          priority\n          active\n          criteriaMatch\n          distribution\n          criteria {\n            field\n            operator\n            value\n          }\n          team {\n            id\n            name\n          }\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n    teams(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoutingAdmin {\n    me {\n      id\n      role\n    }\n    assignmentRules(first: 100) {\n      edges {\n        node {\n          id\n          name\n          strategy\n          priority\n          active\n          conditionMatch\n          respectWorkingHours\n          conditions {\n            field\n            operator\n            value\n          }\n          team {\n            id\n            name\n          }\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n    territories(first: 100) {\n      edges {\n        node {\n          id\n          name\n          priority\n          active\n          criteriaMatch\n          distribution\n          criteria {\n            field\n            operator\n            value\n          }\n          team {\n            id\n            name\n          }\n          user {\n            id\n            name\n          }\n        }\n      }\n    }\n    teams(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestAssignment($input: TestAssignmentInput!) {\n    testAssignment(input: $input) {\n      type\n      reason\n      rule {\n        id\n        name\n      }\n      user {\n        id\n        name\n      }\n      queueTeam {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestAssignment($input: TestAssignmentInput!) {\n    testAssignment(input: $input) {\n      type\n      reason\n      rule {\n        id\n        name\n      }\n      user {\n        id\n        name\n      }\n      queueTeam {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkloadTeams {\n    teams(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkloadTeams {\n    teams(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamWorkloadFields on TeamWorkload {\n    queued\n    team {\n      id\n      name\n    }\n    reps {\n      openLeads\n      assignedToday\n      capacity\n      available\n      working\n      slaMetPercent\n      slaBreaches\n      medianFirstContactMinutes\n      averageFirstContactMinutes\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TeamWorkloadFields on TeamWorkload {\n    queued\n    team {\n      id\n      name\n    }\n    reps {\n      openLeads\n      assignedToday\n      capacity\n      available\n      working\n      slaMetPercent\n      slaBreaches\n      medianFirstContactMinutes\n      averageFirstContactMinutes\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamWorkload($teamId: ID!) {\n    teamWorkload(teamId: $teamId) {\n      ...TeamWorkloadFields @unmask\n    }\n  }\n"): (typeof documents)["\n  query TeamWorkload($teamId: ID!) {\n    teamWorkload(teamId: $teamId) {\n      ...TeamWorkloadFields @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkloadChanged($teamId: ID!) {\n    workloadChanged(teamId: $teamId) {\n      ...TeamWorkloadFields @unmask\n    }\n  }\n"): (typeof documents)["\n  subscription WorkloadChanged($teamId: ID!) {\n    workloadChanged(teamId: $teamId) {\n      ...TeamWorkloadFields @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimLead($input: ClaimLeadInput!) {\n    claimLead(input: $input) {\n      lead {\n        id\n        assignedTo {\n          id\n          name\n        }\n        queueTeam {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimLead($input: ClaimLeadInput!) {\n    claimLead(input: $input) {\n      lead {\n        id\n        assignedTo {\n          id\n          name\n        }\n        queueTeam {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAvailability($input: UpdateSalesProfileInput!) {\n    updateSalesProfile(input: $input) {\n      profile {\n        available\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAvailability($input: UpdateSalesProfileInput!) {\n    updateSalesProfile(input: $input) {\n      profile {\n        available\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssignmentRule($input: CreateAssignmentRuleInput!) {\n    createAssignmentRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAssignmentRule($input: CreateAssignmentRuleInput!) {\n    createAssignmentRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAssignmentRule($input: UpdateAssignmentRuleInput!) {\n    updateAssignmentRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAssignmentRule($input: UpdateAssignmentRuleInput!) {\n    updateAssignmentRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAssignmentRule($input: DeleteAssignmentRuleInput!) {\n    deleteAssignmentRule(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAssignmentRule($input: DeleteAssignmentRuleInput!) {\n    deleteAssignmentRule(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderAssignmentRules($input: ReorderAssignmentRulesInput!) {\n    reorderAssignmentRules(input: $input) {\n      rules {\n        id\n        priority\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderAssignmentRules($input: ReorderAssignmentRulesInput!) {\n    reorderAssignmentRules(input: $input) {\n      rules {\n        id\n        priority\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTerritory($input: CreateTerritoryInput!) {\n    createTerritory(input: $input) {\n      territory {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTerritory($input: CreateTerritoryInput!) {\n    createTerritory(input: $input) {\n      territory {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTerritory($input: UpdateTerritoryInput!) {\n    updateTerritory(input: $input) {\n      territory {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTerritory($input: UpdateTerritoryInput!) {\n    updateTerritory(input: $input) {\n      territory {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTerritory($input: DeleteTerritoryInput!) {\n    deleteTerritory(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTerritory($input: DeleteTerritoryInput!) {\n    deleteTerritory(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyLeadAssigned {\n    leadAssigned(toMe: true) {\n      type\n      lead {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MyLeadAssigned {\n    leadAssigned(toMe: true) {\n      type\n      lead {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteScoringRule($input: DeleteScoringRuleInput!) {\n    deleteScoringRule(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteScoringRule($input: DeleteScoringRuleInput!) {\n    deleteScoringRule(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoringRunFields on ScoringRun {\n    id\n    status\n    reason\n    total\n    processed\n    changed\n    progress\n    error\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment ScoringRunFields on ScoringRun {\n    id\n    status\n    reason\n    total\n    processed\n    changed\n    progress\n    error\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestScoringRun {\n    scoringRuns(first: 1) {\n      edges {\n        node {\n          ...ScoringRunFields @unmask\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestScoringRun {\n    scoringRuns(first: 1) {\n      edges {\n        node {\n          ...ScoringRunFields @unmask\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ScoringRunUpdated {\n    scoringRunUpdated {\n      ...ScoringRunFields @unmask\n    }\n  }\n"): (typeof documents)["\n  subscription ScoringRunUpdated {\n    scoringRunUpdated {\n      ...ScoringRunFields @unmask\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescoreAllLeads {\n    rescoreLeads(input: {}) {\n      run {\n        ...ScoringRunFields @unmask\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RescoreAllLeads {\n    rescoreLeads(input: {}) {\n      run {\n        ...ScoringRunFields @unmask\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateScoringRule($input: CreateScoringRuleInput!) {\n    createScoringRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateScoringRule($input: CreateScoringRuleInput!) {\n    createScoringRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateScoringRule($input: UpdateScoringRuleInput!) {\n    updateScoringRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateScoringRule($input: UpdateScoringRuleInput!) {\n    updateScoringRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringImpact($input: ScoringImpactInput!) {\n    scoringImpact(input: $input) {\n      leadsEvaluated\n      scoresChanged\n      gradesChanged\n      gradeTransitions {\n        from\n        to\n        count\n      }\n      before {\n        average\n      }\n      after {\n        average\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoringImpact($input: ScoringImpactInput!) {\n    scoringImpact(input: $input) {\n      leadsEvaluated\n      scoresChanged\n      gradesChanged\n      gradeTransitions {\n        from\n        to\n        count\n      }\n      before {\n        average\n      }\n      after {\n        average\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulePreviewLeads {\n    leads(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          fullName\n          score\n          firstName\n          lastName\n          email\n          phone\n          jobTitle\n          company\n          industry\n          companySize\n          employees\n          annualRevenue\n          website\n          street\n          city\n          state\n          postalCode\n          country\n          source\n          campaign\n          utmSource\n          utmMedium\n          utmCampaign\n          utmTerm\n          utmContent\n          status\n          tags\n          emailOpens\n          emailClicks\n          websiteVisits\n          formSubmissions\n          lastEngagementAt\n          doNotCall\n          doNotEmail\n          preferredContactMethod\n          customFields\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RulePreviewLeads {\n    leads(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          fullName\n          score\n          firstName\n          lastName\n          email\n          phone\n          jobTitle\n          company\n          industry\n          companySize\n          employees\n          annualRevenue\n          website\n          street\n          city\n          state\n          postalCode\n          country\n          source\n          campaign\n          utmSource\n          utmMedium\n          utmCampaign\n          utmTerm\n          utmContent\n          status\n          tags\n          emailOpens\n          emailClicks\n          websiteVisits\n          formSubmissions\n          lastEngagementAt\n          doNotCall\n          doNotEmail\n          preferredContactMethod\n          customFields\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetScoringRuleActive($input: UpdateScoringRuleInput!) {\n    updateScoringRule(input: $input) {\n      rule {\n        id\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetScoringRuleActive($input: UpdateScoringRuleInput!) {\n    updateScoringRule(input: $input) {\n      rule {\n        id\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoringPage {\n    me {\n      id\n      role\n    }\n    scoreDistribution {\n      total\n      average\n      buckets {\n        from\n        to\n        count\n      }\n      grades {\n        grade\n        count\n      }\n    }\n    scoringSettings {\n      decayPointsPerWeek\n      categoryCaps {\n        category\n        cap\n      }\n      gradeThresholds {\n        A\n        B\n        C\n      }\n    }\n    scoringRules(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          category\n          field\n          operator\n          value\n          points\n          priority\n          exclusiveGroup\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoringPage {\n    me {\n      id\n      role\n    }\n    scoreDistribution {\n      total\n      average\n      buckets {\n        from\n        to\n        count\n      }\n      grades {\n        grade\n        count\n      }\n    }\n    scoringSettings {\n      decayPointsPerWeek\n      categoryCaps {\n        category\n        cap\n      }\n      gradeThresholds {\n        A\n        B\n        C\n      }\n    }\n    scoringRules(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          category\n          field\n          operator\n          value\n          points\n          priority\n          exclusiveGroup\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShell {\n    me {\n      id\n      role\n      organization {\n        id\n        name\n      }\n      ...UserMenu_user\n    }\n  }\n"): (typeof documents)["\n  query AppShell {\n    me {\n      id\n      role\n      organization {\n        id\n        name\n      }\n      ...UserMenu_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    role\n  }\n"): (typeof documents)["\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks {\n    myTasks(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          type\n          priority\n          dueAt\n          overdue\n          lead {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks {\n    myTasks(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          type\n          priority\n          dueAt\n          overdue\n          lead {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTask($input: CompleteTaskInput!) {\n    completeTask(input: $input) {\n      task {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskReminders {\n    taskReminders {\n      task {\n        id\n        title\n        dueAt\n        lead {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TaskReminders {\n    taskReminders {\n      task {\n        id\n        title\n        dueAt\n        lead {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;