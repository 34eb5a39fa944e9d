import { Faker, en } from "@faker-js/faker";

/** Who submits one capture request. */
export interface BenchPerson {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  company: string;
}

const AREA_CODES = ["212", "312", "415", "617", "206", "303", "512", "404", "213", "702"];
const FREE_MAIL = ["gmail.com", "outlook.com", "yahoo.com"];

/**
 * A new person for every request, as a campaign's visitors are: their own name, company and phone.
 * When every request carried the same name, company and phone, each lead was a duplicate of all the
 * bench's earlier ones (and, by phone, of about a hundred seeded leads: the seed's phones are the 500
 * fictional 555-01xx numbers): the background duplicate check stored pairs for every lead, as no real
 * campaign's leads would make it.
 * Phones avoid 555: no captured person shares one with a seeded lead. `run` keeps emails unique.
 */
export function benchPeople(seed: number, run: string): () => BenchPerson {
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  let sequence = 0;
  return () => {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const company = faker.company.name();
    const business = faker.datatype.boolean();
    const domain = business
      ? `${company.toLowerCase().replace(/[^a-z0-9]+/g, "")}.example`
      : faker.helpers.arrayElement(FREE_MAIL);
    const local = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "");
    const exchange = faker.number.int({ min: 200, max: 998 });
    return {
      firstName,
      lastName,
      company,
      email: `${local}.${run}-${sequence++}@${domain}`,
      phone: `+1 ${faker.helpers.arrayElement(AREA_CODES)} ${exchange === 555 ? 556 : exchange} ${faker.string.numeric(4)}`,
    };
  };
}

/** The capture API's request body for `person` (the seed spec's shape, every section filled in). */
export function capturePayload(campaignId: string, person: BenchPerson) {
  return {
    campaign_id: campaignId,
    source: "website",
    contact: person,
    lead_details: {
      service_interest: "consulting",
      urgency: "high",
      message: "Load test",
      budget_range: "10k",
    },
    tracking: { visitor_id: "v-1", utm_source: "google", utm_medium: "cpc", utm_content: "banner-a" },
    form_metadata: { form_type: "contact", consent_given: true },
  };
}
