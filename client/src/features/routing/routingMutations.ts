import { graphql } from "../../api/gql";

// The routing feature's mutations, in one place.

export const claimLeadMutation = graphql(`
  mutation ClaimLead($input: ClaimLeadInput!) {
    claimLead(input: $input) {
      lead {
        id
        assignedTo {
          id
          name
        }
        queueTeam {
          id
        }
      }
    }
  }
`);

export const updateAvailabilityMutation = graphql(`
  mutation UpdateAvailability($input: UpdateSalesProfileInput!) {
    updateSalesProfile(input: $input) {
      profile {
        available
        user {
          id
        }
      }
    }
  }
`);

export const createAssignmentRuleMutation = graphql(`
  mutation CreateAssignmentRule($input: CreateAssignmentRuleInput!) {
    createAssignmentRule(input: $input) {
      rule {
        id
      }
    }
  }
`);

export const updateAssignmentRuleMutation = graphql(`
  mutation UpdateAssignmentRule($input: UpdateAssignmentRuleInput!) {
    updateAssignmentRule(input: $input) {
      rule {
        id
      }
    }
  }
`);

export const deleteAssignmentRuleMutation = graphql(`
  mutation DeleteAssignmentRule($input: DeleteAssignmentRuleInput!) {
    deleteAssignmentRule(input: $input) {
      id
    }
  }
`);

export const reorderAssignmentRulesMutation = graphql(`
  mutation ReorderAssignmentRules($input: ReorderAssignmentRulesInput!) {
    reorderAssignmentRules(input: $input) {
      rules {
        id
        priority
      }
    }
  }
`);

export const createTerritoryMutation = graphql(`
  mutation CreateTerritory($input: CreateTerritoryInput!) {
    createTerritory(input: $input) {
      territory {
        id
      }
    }
  }
`);

export const updateTerritoryMutation = graphql(`
  mutation UpdateTerritory($input: UpdateTerritoryInput!) {
    updateTerritory(input: $input) {
      territory {
        id
      }
    }
  }
`);

export const deleteTerritoryMutation = graphql(`
  mutation DeleteTerritory($input: DeleteTerritoryInput!) {
    deleteTerritory(input: $input) {
      id
    }
  }
`);
