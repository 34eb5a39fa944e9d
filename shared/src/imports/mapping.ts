/**
 * Column mapping for CSV imports: which lead field each column of a file fills. Suggestions come from
 * Leadline's own names, common synonyms, Salesforce API names and report labels, and HubSpot labels;
 * anything else goes to a custom field, so no column of a file is lost by default.
 */

/** The lead fields an import can fill (besides custom fields). `externalId` is the source system's id. */
export const IMPORT_FIELDS = [
  "externalId",
  "firstName",
  "lastName",
  "email",
  "phone",
  "jobTitle",
  "company",
  "industry",
  "companySize",
  "employees",
  "annualRevenue",
  "dealValue",
  "website",
  "street",
  "city",
  "state",
  "postalCode",
  "country",
  "source",
  "campaign",
  "utmSource",
  "utmMedium",
  "utmCampaign",
  "utmTerm",
  "utmContent",
  "status",
  "lostReason",
  "tags",
  "doNotCall",
  "doNotEmail",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A column's target: a lead field, `custom.<key>` (a custom field), or `ignore`. */
export type ImportTarget = ImportField | `custom.${string}` | "ignore";
export const IGNORE_TARGET = "ignore";
export const CUSTOM_PREFIX = "custom.";

/** How a custom field's text is read: dates by the job's date format, numbers with thousands separators. */
export const CustomFieldType = { TEXT: "TEXT", NUMBER: "NUMBER", DATE: "DATE", BOOLEAN: "BOOLEAN" } as const;
export type CustomFieldType = (typeof CustomFieldType)[keyof typeof CustomFieldType];

export interface ColumnMapping {
  /** 0-based position of the column in the file (headers may repeat). */
  index: number;
  header: string;
  target: ImportTarget;
  /** For custom fields only; default TEXT. */
  type?: CustomFieldType;
}

/** How sure a suggestion is: the Leadline name, a known synonym or CRM label, or a custom field. */
export const MappingConfidence = {
  EXACT: "EXACT",
  SYNONYM: "SYNONYM",
  CUSTOM: "CUSTOM",
  NONE: "NONE",
} as const;
export type MappingConfidence = (typeof MappingConfidence)[keyof typeof MappingConfidence];

export interface SuggestedMapping extends ColumnMapping {
  confidence: MappingConfidence;
}

/** Lower-case letters and digits only: `First Name`, `first_name` and `FirstName` meet as `firstname`. */
export function headerKey(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

// Synonyms, Salesforce API names (FirstName, LeadSource, NumberOfEmployees...), Salesforce report labels
// (Lead ID, Lead Source, Zip/Postal Code...) and HubSpot labels (Record ID, Phone Number, State/Region...).
const SYNONYMS: Record<ImportField, string[]> = {
  externalId: ["id", "leadid", "recordid", "externalid", "prospectid", "contactid", "crmid", "sourceid"],
  firstName: ["first", "fname", "givenname", "forename", "firstname"],
  lastName: ["last", "lname", "surname", "familyname", "lastname"],
  email: ["emailaddress", "mail", "email1", "workemail", "businessemail", "primaryemail"],
  phone: [
    "phonenumber",
    "telephone",
    "tel",
    "phone1",
    "workphone",
    "businessphone",
    "mobile",
    "mobilephone",
    "mobilephonenumber",
    "cell",
    "cellphone",
  ],
  jobTitle: ["title", "position", "role", "jobrole", "designation"],
  company: [
    "companyname",
    "organization",
    "organisation",
    "account",
    "accountname",
    "companyaccount",
    "employer",
    "business",
  ],
  industry: ["sector", "vertical"],
  companySize: ["size", "companysizeband", "headcountband"],
  employees: ["numberofemployees", "noofemployees", "employeecount", "headcount", "employeesnumber"],
  annualRevenue: ["revenue", "annualrevenueusd"],
  dealValue: ["amount", "dealamount", "value", "opportunityamount", "expectedrevenue"],
  website: ["websiteurl", "url", "web", "site", "homepage", "domain", "companydomainname"],
  street: ["address", "streetaddress", "address1", "addressline1", "mailingstreet"],
  city: ["town", "mailingcity"],
  state: ["stateprovince", "stateregion", "province", "region", "county", "mailingstate"],
  postalCode: ["zip", "zipcode", "postcode", "zippostalcode", "postalzipcode", "mailingpostalcode"],
  country: ["countryregion", "nation", "mailingcountry"],
  source: ["leadsource", "originalsource", "channel", "sourcechannel", "leadchannel", "howdidyouhearaboutus"],
  campaign: ["campaignname", "campaignsource"],
  utmSource: [],
  utmMedium: [],
  utmCampaign: [],
  utmTerm: [],
  utmContent: [],
  status: ["leadstatus", "stage", "leadstage", "hsleadstatus"],
  lostReason: ["reason", "closedlostreason", "lossreason", "unqualifiedreason"],
  tags: ["tag", "labels", "label", "categories"],
  doNotCall: ["dnc", "donotphone"],
  doNotEmail: [
    "hasoptedoutofemail",
    "emailoptout",
    "optedoutofemail",
    "unsubscribed",
    "unsubscribedfromallemail",
  ],
};

const BY_KEY = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const key of SYNONYMS[field]) BY_KEY.set(key, field);

// CRM bookkeeping columns that mean nothing in Leadline (they would only clutter custom fields).
const IGNORED_KEYS = new Set([
  "isdeleted",
  "masterrecordid",
  "ownerid",
  "createdbyid",
  "lastmodifiedbyid",
  "systemmodstamp",
  "convertedaccountid",
  "convertedcontactid",
  "convertedopportunityid",
  "isunreadbyowner",
  "jigsawcontactid",
  "dandbcompanyid",
  "latitude",
  "longitude",
  "geocodeaccuracy",
]);

/** A custom field key from a header: lowerCamelCase letters and digits (`Lead Origin` -> `leadOrigin`). */
export function customKeyFromHeader(header: string): string {
  // Salesforce custom fields end in __c (ProductInterest__c): the suffix says nothing here.
  const words = header
    .replace(/__c$/i, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const key = words
    .map((word, i) =>
      i === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join("");
  return (key || "column").slice(0, 64);
}

/** The suggestion for one header, without regard to the other headers. */
export function suggestTarget(header: string): { target: ImportTarget; confidence: MappingConfidence } {
  const key = headerKey(header);
  const exact = IMPORT_FIELDS.find((field) => field.toLowerCase() === key);
  if (exact) return { target: exact, confidence: MappingConfidence.EXACT };
  const synonym = BY_KEY.get(key);
  if (synonym) return { target: synonym, confidence: MappingConfidence.SYNONYM };
  if (key === "" || IGNORED_KEYS.has(key))
    return { target: IGNORE_TARGET, confidence: MappingConfidence.NONE };
  return { target: `${CUSTOM_PREFIX}${customKeyFromHeader(header)}`, confidence: MappingConfidence.CUSTOM };
}

/**
 * Suggested targets for a file's headers. Each lead field is given to one column only: the best-ranked
 * one (an exact name beats a synonym; then the leftmost), the others become custom fields.
 */
export function suggestMapping(headers: readonly string[]): SuggestedMapping[] {
  const suggestions = headers.map((header, index) => ({ index, header, ...suggestTarget(header) }));
  const taken = new Map<string, SuggestedMapping>();
  const rank = (s: SuggestedMapping) => (s.confidence === MappingConfidence.EXACT ? 0 : 1);
  for (const suggestion of suggestions) {
    if (!isStandardField(suggestion.target)) continue;
    const holder = taken.get(suggestion.target);
    if (!holder || rank(suggestion) < rank(holder)) taken.set(suggestion.target, suggestion);
  }
  const usedKeys = new Set<string>();
  return suggestions.map((suggestion) => {
    if (isStandardField(suggestion.target) && taken.get(suggestion.target) !== suggestion) {
      return {
        ...suggestion,
        target: uniqueCustom(customKeyFromHeader(suggestion.header), usedKeys),
        confidence: MappingConfidence.CUSTOM,
      };
    }
    if (suggestion.target.startsWith(CUSTOM_PREFIX))
      return { ...suggestion, target: uniqueCustom(suggestion.target.slice(CUSTOM_PREFIX.length), usedKeys) };
    return suggestion;
  });
}

function uniqueCustom(key: string, used: Set<string>): `custom.${string}` {
  let candidate = key;
  for (let n = 2; used.has(candidate); n++) candidate = `${key}${n}`;
  used.add(candidate);
  return `${CUSTOM_PREFIX}${candidate}`;
}

export function isStandardField(target: string): target is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(target);
}

/** Checks a mapping against the file's headers: every problem named (for BAD_USER_INPUT). */
export function mappingErrors(mapping: readonly ColumnMapping[], columnCount: number): string[] {
  const errors: string[] = [];
  const fields = new Set<string>();
  for (const column of mapping) {
    if (!Number.isInteger(column.index) || column.index < 0 || column.index >= columnCount)
      errors.push(`column ${column.index} is not in the file`);
    if (column.target === IGNORE_TARGET) continue;
    if (column.target.startsWith(CUSTOM_PREFIX)) {
      if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(column.target.slice(CUSTOM_PREFIX.length)))
        errors.push(`${column.header}: a custom field key is letters, digits and _ (up to 64)`);
    } else if (!isStandardField(column.target))
      errors.push(`${column.header}: ${column.target} is not a lead field`);
    if (fields.has(column.target)) errors.push(`${column.target} is mapped from two columns`);
    fields.add(column.target);
  }
  return errors;
}
