import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isIntrospectionType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from "graphql";

/** Something in the schema that carries a description: a type, field, argument, input field or enum value. */
export interface DescribableElement {
  description?: string | null;
}

/**
 * Every describable element of Leadline's own API, by schema coordinate: "Lead", "Lead.score",
 * "Mutation.createLead(input)", "LeadStatus.NEW", "CreateLeadInput.email". GraphQL's built-ins are left out.
 */
export function* schemaElements(schema: GraphQLSchema): Generator<[string, DescribableElement]> {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    yield [type.name, type];
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        yield [`${type.name}.${field.name}`, field];
        for (const arg of field.args) yield [`${type.name}.${field.name}(${arg.name})`, arg];
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) yield [`${type.name}.${field.name}`, field];
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) yield [`${type.name}.${value.name}`, value];
    }
  }
}

/**
 * Gives every element without a description the one `descriptions` holds for its coordinate; a description
 * written on a decorator wins. Returns the entries that went unused (their element is gone, or already
 * described), so a test can keep the table free of dead text.
 */
export function describeSchema(schema: GraphQLSchema, descriptions: ReadonlyMap<string, string>): string[] {
  const unused = new Set(descriptions.keys());
  const shadowed: string[] = [];
  for (const [coordinate, element] of schemaElements(schema)) {
    const description = descriptions.get(coordinate);
    if (description === undefined) continue;
    unused.delete(coordinate);
    if (element.description) shadowed.push(`${coordinate} (described by its decorator)`);
    else element.description = description;
  }
  return [...[...unused].map((coordinate) => `${coordinate} (not in the schema)`), ...shadowed];
}
