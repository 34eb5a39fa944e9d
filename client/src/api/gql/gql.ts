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
    "\n  query CaptureLogPage {\n    captureEvents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          channel\n          outcome\n          reason\n          sourceKey\n          leadId\n          payload\n        }\n      }\n    }\n  }\n": typeof types.CaptureLogPageDocument,
    "\n  query FormsPage {\n    forms(first: 50) {\n      edges {\n        node {\n          id\n          name\n          embedPath\n          thankYouUrl\n        }\n      }\n    }\n  }\n": typeof types.FormsPageDocument,
    "\n  query DuplicatesPage {\n    duplicateClusters(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          reasons\n          leads {\n            id\n            fullName\n            firstName\n            lastName\n            email\n            phone\n            company\n            jobTitle\n            source\n            updatedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.DuplicatesPageDocument,
    "\n  query FindDuplicates($input: FindDuplicatesInput!) {\n    findDuplicates(input: $input) {\n      reason\n      similarity\n      lead {\n        id\n        fullName\n        email\n        company\n      }\n    }\n  }\n": typeof types.FindDuplicatesDocument,
    "\n  mutation MergeLeads($input: MergeLeadsInput!) {\n    mergeLeads(input: $input) {\n      merge {\n        id\n        undoableUntil\n      }\n      master {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.MergeLeadsDocument,
    "\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      merge {\n        id\n        undoneAt\n      }\n    }\n  }\n": typeof types.UndoMergeDocument,
    "\n  fragment LeadHeader_lead on Lead {\n    fullName\n    company\n    jobTitle\n    status\n    email\n    phone\n    source\n    createdAt\n    score\n    grade\n    assignedTo {\n      id\n      name\n    }\n  }\n": typeof types.LeadHeader_LeadFragmentDoc,
    "\n  query LeadPage($id: ID!) {\n    lead(id: $id) {\n      id\n      ...LeadHeader_lead\n      ...ScoreBreakdown_lead\n      ...ScoreHistory_lead\n    }\n  }\n": typeof types.LeadPageDocument,
    "\n  fragment ScoreBreakdown_lead on Lead {\n    score\n    scoreBreakdown {\n      ruleId\n      name\n      category\n      points\n      field\n      operator\n      matchedValue\n    }\n  }\n": typeof types.ScoreBreakdown_LeadFragmentDoc,
    "\n  fragment ScoreHistory_lead on Lead {\n    scoreHistory(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          score\n          previousScore\n          delta\n          reason\n          grade\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ScoreHistory_LeadFragmentDoc,
    "\n  subscription LeadPageEvents {\n    leadEvents {\n      type\n      lead {\n        id\n      }\n    }\n  }\n": typeof types.LeadPageEventsDocument,
    "\n  fragment LeadRow_lead on Lead {\n    id\n    fullName\n    company\n    email\n    status\n    score\n    grade\n    source\n    createdAt\n    assignedTo {\n      id\n      name\n    }\n  }\n": typeof types.LeadRow_LeadFragmentDoc,
    "\n  query LeadsPage($filter: LeadFilter, $search: String, $orderBy: LeadOrder, $first: Int, $after: String) {\n    leads(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          ...LeadRow_lead\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.LeadsPageDocument,
    "\n  mutation NewLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      outcome\n      lead {\n        id\n      }\n      duplicates {\n        reason\n        similarity\n        lead {\n          id\n          fullName\n          email\n          company\n        }\n      }\n    }\n  }\n": typeof types.NewLeadDocument,
    "\n  query OwnerFilter {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OwnerFilterDocument,
    "\n  subscription LeadEvents {\n    leadEvents {\n      type\n      lead {\n        id\n      }\n    }\n  }\n": typeof types.LeadEventsDocument,
    "\n  mutation DeleteScoringRule($input: DeleteScoringRuleInput!) {\n    deleteScoringRule(input: $input) {\n      id\n    }\n  }\n": typeof types.DeleteScoringRuleDocument,
    "\n  mutation CreateScoringRule($input: CreateScoringRuleInput!) {\n    createScoringRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": typeof types.CreateScoringRuleDocument,
    "\n  mutation UpdateScoringRule($input: UpdateScoringRuleInput!) {\n    updateScoringRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": typeof types.UpdateScoringRuleDocument,
    "\n  query ScoringImpact($input: ScoringImpactInput!) {\n    scoringImpact(input: $input) {\n      leadsEvaluated\n      scoresChanged\n      gradesChanged\n      gradeTransitions {\n        from\n        to\n        count\n      }\n      before {\n        average\n      }\n      after {\n        average\n      }\n    }\n  }\n": typeof types.ScoringImpactDocument,
    "\n  query RulePreviewLeads {\n    leads(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          fullName\n          score\n          firstName\n          lastName\n          email\n          phone\n          jobTitle\n          company\n          industry\n          companySize\n          employees\n          annualRevenue\n          website\n          street\n          city\n          state\n          postalCode\n          country\n          source\n          campaign\n          utmSource\n          utmMedium\n          utmCampaign\n          utmTerm\n          utmContent\n          status\n          tags\n          emailOpens\n          emailClicks\n          websiteVisits\n          formSubmissions\n          lastEngagementAt\n          doNotCall\n          doNotEmail\n          preferredContactMethod\n          customFields\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.RulePreviewLeadsDocument,
    "\n  mutation SetScoringRuleActive($input: UpdateScoringRuleInput!) {\n    updateScoringRule(input: $input) {\n      rule {\n        id\n        active\n      }\n    }\n  }\n": typeof types.SetScoringRuleActiveDocument,
    "\n  query ScoringPage {\n    me {\n      id\n      role\n    }\n    scoreDistribution {\n      total\n      average\n      buckets {\n        from\n        to\n        count\n      }\n      grades {\n        grade\n        count\n      }\n    }\n    scoringSettings {\n      categoryCaps {\n        category\n        cap\n      }\n      gradeThresholds {\n        A\n        B\n        C\n      }\n    }\n    scoringRules(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          category\n          field\n          operator\n          value\n          points\n          priority\n          exclusiveGroup\n          active\n        }\n      }\n    }\n  }\n": typeof types.ScoringPageDocument,
    "\n  query AppShell {\n    me {\n      id\n      organization {\n        id\n        name\n      }\n      ...UserMenu_user\n    }\n  }\n": typeof types.AppShellDocument,
    "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    role\n  }\n": typeof types.UserMenu_UserFragmentDoc,
};
const documents: Documents = {
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.LoginDocument,
    "\n  query CaptureLogPage {\n    captureEvents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          channel\n          outcome\n          reason\n          sourceKey\n          leadId\n          payload\n        }\n      }\n    }\n  }\n": types.CaptureLogPageDocument,
    "\n  query FormsPage {\n    forms(first: 50) {\n      edges {\n        node {\n          id\n          name\n          embedPath\n          thankYouUrl\n        }\n      }\n    }\n  }\n": types.FormsPageDocument,
    "\n  query DuplicatesPage {\n    duplicateClusters(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          reasons\n          leads {\n            id\n            fullName\n            firstName\n            lastName\n            email\n            phone\n            company\n            jobTitle\n            source\n            updatedAt\n          }\n        }\n      }\n    }\n  }\n": types.DuplicatesPageDocument,
    "\n  query FindDuplicates($input: FindDuplicatesInput!) {\n    findDuplicates(input: $input) {\n      reason\n      similarity\n      lead {\n        id\n        fullName\n        email\n        company\n      }\n    }\n  }\n": types.FindDuplicatesDocument,
    "\n  mutation MergeLeads($input: MergeLeadsInput!) {\n    mergeLeads(input: $input) {\n      merge {\n        id\n        undoableUntil\n      }\n      master {\n        id\n        fullName\n      }\n    }\n  }\n": types.MergeLeadsDocument,
    "\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      merge {\n        id\n        undoneAt\n      }\n    }\n  }\n": types.UndoMergeDocument,
    "\n  fragment LeadHeader_lead on Lead {\n    fullName\n    company\n    jobTitle\n    status\n    email\n    phone\n    source\n    createdAt\n    score\n    grade\n    assignedTo {\n      id\n      name\n    }\n  }\n": types.LeadHeader_LeadFragmentDoc,
    "\n  query LeadPage($id: ID!) {\n    lead(id: $id) {\n      id\n      ...LeadHeader_lead\n      ...ScoreBreakdown_lead\n      ...ScoreHistory_lead\n    }\n  }\n": types.LeadPageDocument,
    "\n  fragment ScoreBreakdown_lead on Lead {\n    score\n    scoreBreakdown {\n      ruleId\n      name\n      category\n      points\n      field\n      operator\n      matchedValue\n    }\n  }\n": types.ScoreBreakdown_LeadFragmentDoc,
    "\n  fragment ScoreHistory_lead on Lead {\n    scoreHistory(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          score\n          previousScore\n          delta\n          reason\n          grade\n          createdAt\n        }\n      }\n    }\n  }\n": types.ScoreHistory_LeadFragmentDoc,
    "\n  subscription LeadPageEvents {\n    leadEvents {\n      type\n      lead {\n        id\n      }\n    }\n  }\n": types.LeadPageEventsDocument,
    "\n  fragment LeadRow_lead on Lead {\n    id\n    fullName\n    company\n    email\n    status\n    score\n    grade\n    source\n    createdAt\n    assignedTo {\n      id\n      name\n    }\n  }\n": types.LeadRow_LeadFragmentDoc,
    "\n  query LeadsPage($filter: LeadFilter, $search: String, $orderBy: LeadOrder, $first: Int, $after: String) {\n    leads(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          ...LeadRow_lead\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.LeadsPageDocument,
    "\n  mutation NewLead($input: CreateLeadInput!) {\n    createLead(input: $input) {\n      outcome\n      lead {\n        id\n      }\n      duplicates {\n        reason\n        similarity\n        lead {\n          id\n          fullName\n          email\n          company\n        }\n      }\n    }\n  }\n": types.NewLeadDocument,
    "\n  query OwnerFilter {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OwnerFilterDocument,
    "\n  subscription LeadEvents {\n    leadEvents {\n      type\n      lead {\n        id\n      }\n    }\n  }\n": types.LeadEventsDocument,
    "\n  mutation DeleteScoringRule($input: DeleteScoringRuleInput!) {\n    deleteScoringRule(input: $input) {\n      id\n    }\n  }\n": types.DeleteScoringRuleDocument,
    "\n  mutation CreateScoringRule($input: CreateScoringRuleInput!) {\n    createScoringRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": types.CreateScoringRuleDocument,
    "\n  mutation UpdateScoringRule($input: UpdateScoringRuleInput!) {\n    updateScoringRule(input: $input) {\n      rule {\n        id\n      }\n    }\n  }\n": types.UpdateScoringRuleDocument,
    "\n  query ScoringImpact($input: ScoringImpactInput!) {\n    scoringImpact(input: $input) {\n      leadsEvaluated\n      scoresChanged\n      gradesChanged\n      gradeTransitions {\n        from\n        to\n        count\n      }\n      before {\n        average\n      }\n      after {\n        average\n      }\n    }\n  }\n": types.ScoringImpactDocument,
    "\n  query RulePreviewLeads {\n    leads(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          fullName\n          score\n          firstName\n          lastName\n          email\n          phone\n          jobTitle\n          company\n          industry\n          companySize\n          employees\n          annualRevenue\n          website\n          street\n          city\n          state\n          postalCode\n          country\n          source\n          campaign\n          utmSource\n          utmMedium\n          utmCampaign\n          utmTerm\n          utmContent\n          status\n          tags\n          emailOpens\n          emailClicks\n          websiteVisits\n          formSubmissions\n          lastEngagementAt\n          doNotCall\n          doNotEmail\n          preferredContactMethod\n          customFields\n          createdAt\n        }\n      }\n    }\n  }\n": types.RulePreviewLeadsDocument,
    "\n  mutation SetScoringRuleActive($input: UpdateScoringRuleInput!) {\n    updateScoringRule(input: $input) {\n      rule {\n        id\n        active\n      }\n    }\n  }\n": types.SetScoringRuleActiveDocument,
    "\n  query ScoringPage {\n    me {\n      id\n      role\n    }\n    scoreDistribution {\n      total\n      average\n      buckets {\n        from\n        to\n        count\n      }\n      grades {\n        grade\n        count\n      }\n    }\n    scoringSettings {\n      categoryCaps {\n        category\n        cap\n      }\n      gradeThresholds {\n        A\n        B\n        C\n      }\n    }\n    scoringRules(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          category\n          field\n          operator\n          value\n          points\n          priority\n          exclusiveGroup\n          active\n        }\n      }\n    }\n  }\n": types.ScoringPageDocument,
    "\n  query AppShell {\n    me {\n      id\n      organization {\n        id\n        name\n      }\n      ...UserMenu_user\n    }\n  }\n": types.AppShellDocument,
    "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    role\n  }\n": types.UserMenu_UserFragmentDoc,
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
export function graphql(source: "\n  query CaptureLogPage {\n    captureEvents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          channel\n          outcome\n          reason\n          sourceKey\n          leadId\n          payload\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaptureLogPage {\n    captureEvents(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          channel\n          outcome\n          reason\n          sourceKey\n          leadId\n          payload\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormsPage {\n    forms(first: 50) {\n      edges {\n        node {\n          id\n          name\n          embedPath\n          thankYouUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FormsPage {\n    forms(first: 50) {\n      edges {\n        node {\n          id\n          name\n          embedPath\n          thankYouUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicatesPage {\n    duplicateClusters(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          reasons\n          leads {\n            id\n            fullName\n            firstName\n            lastName\n            email\n            phone\n            company\n            jobTitle\n            source\n            updatedAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DuplicatesPage {\n    duplicateClusters(first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          reasons\n          leads {\n            id\n            fullName\n            firstName\n            lastName\n            email\n            phone\n            company\n            jobTitle\n            source\n            updatedAt\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment LeadHeader_lead on Lead {\n    fullName\n    company\n    jobTitle\n    status\n    email\n    phone\n    source\n    createdAt\n    score\n    grade\n    assignedTo {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LeadHeader_lead on Lead {\n    fullName\n    company\n    jobTitle\n    status\n    email\n    phone\n    source\n    createdAt\n    score\n    grade\n    assignedTo {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadPage($id: ID!) {\n    lead(id: $id) {\n      id\n      ...LeadHeader_lead\n      ...ScoreBreakdown_lead\n      ...ScoreHistory_lead\n    }\n  }\n"): (typeof documents)["\n  query LeadPage($id: ID!) {\n    lead(id: $id) {\n      id\n      ...LeadHeader_lead\n      ...ScoreBreakdown_lead\n      ...ScoreHistory_lead\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation DeleteScoringRule($input: DeleteScoringRuleInput!) {\n    deleteScoringRule(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteScoringRule($input: DeleteScoringRuleInput!) {\n    deleteScoringRule(input: $input) {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  query ScoringPage {\n    me {\n      id\n      role\n    }\n    scoreDistribution {\n      total\n      average\n      buckets {\n        from\n        to\n        count\n      }\n      grades {\n        grade\n        count\n      }\n    }\n    scoringSettings {\n      categoryCaps {\n        category\n        cap\n      }\n      gradeThresholds {\n        A\n        B\n        C\n      }\n    }\n    scoringRules(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          category\n          field\n          operator\n          value\n          points\n          priority\n          exclusiveGroup\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoringPage {\n    me {\n      id\n      role\n    }\n    scoreDistribution {\n      total\n      average\n      buckets {\n        from\n        to\n        count\n      }\n      grades {\n        grade\n        count\n      }\n    }\n    scoringSettings {\n      categoryCaps {\n        category\n        cap\n      }\n      gradeThresholds {\n        A\n        B\n        C\n      }\n    }\n    scoringRules(first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          category\n          field\n          operator\n          value\n          points\n          priority\n          exclusiveGroup\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShell {\n    me {\n      id\n      organization {\n        id\n        name\n      }\n      ...UserMenu_user\n    }\n  }\n"): (typeof documents)["\n  query AppShell {\n    me {\n      id\n      organization {\n        id\n        name\n      }\n      ...UserMenu_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    role\n  }\n"): (typeof documents)["\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    role\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;