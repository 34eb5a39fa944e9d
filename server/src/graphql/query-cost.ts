import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { MAX_PAGE_SIZE } from "./connection.js";

/**
 * An operation's estimated cost: every field costs 1, and whatever a list field selects counts once per
 * item it may return (its `first`, given or default). `leads(first: 50) { edges { node { id name } } }`
 * costs 1 + 50 × (1 + 1 + 2) = 201. Also refuses any `first` above the largest page.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;

  const costOf = (selectionSet: SelectionSetNode, type: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const on = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && on && isCompositeType(on)) total += costOf(fragment.selectionSet, on);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (on && isCompositeType(on)) total += costOf(selection.selectionSet, on);
        continue;
      }
      if (selection.name.value.startsWith("__")) continue; // __typename, introspection
      const field =
        isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
      if (!field) continue;
      let items = 1;
      const firstArg = field.args.find((arg) => arg.name === "first");
      if (firstArg) {
        const node = selection.arguments?.find((arg) => arg.name.value === "first");
        const given = node ? valueFromAST(node.value, firstArg.type, variables) : undefined;
        const first = given ?? firstArg.defaultValue;
        if (typeof first === "number") {
          if (first > MAX_PAGE_SIZE)
            throw new GraphQLError(`first must be between 1 and ${MAX_PAGE_SIZE}`, {
              extensions: { code: "BAD_USER_INPUT", field: "first", http: { status: 400 } },
            });
          items = Math.max(1, first);
        }
      }
      const named = getNamedType(field.type);
      const children =
        selection.selectionSet && isCompositeType(named) ? costOf(selection.selectionSet, named) : 0;
      total += 1 + items * children;
    }
    return total;
  };
  return costOf(operation.selectionSet, root);
}
