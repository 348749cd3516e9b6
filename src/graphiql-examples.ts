/**
 * The operations GraphiQL opens with: the questions researchers ask of the seed. The first tab runs
 * as it is; the others show the main ways in.
 */

const whoSucceededWhom = `# Keir Starmer succeeded Jeremy Corbyn as Leader of the Labour Party.
# Which sources say so, and in which words? Press ▶ (or Ctrl-Enter) to run.
query WhoSucceededWhom {
  relations(filter: { types: [SUCCEEDED] }) {
    totalCount
    edges {
      node {
        subject { name }
        object { name }
        context { name }
        validFrom
        evidence {
          quote
          source { title publisher publishedAt url }
        }
      }
    }
  }
}
`;

const whoLedLabour = `# Who led Labour on a given day? Change asOf and run again: the leadership changed on 2020-04-04.
query WhoLedLabour($asOf: Date = "2020-01-01") {
  entity(key: "labour-party") {
    name
    relations(types: [LEADS], direction: IN, asOf: $asOf) {
      edges { node { subject { name } validFrom validTo } }
    }
  }
}
`;

const officeHolder = `# Who held an office on a day?
query FirstMinister($asOf: Date = "2021-05-07") {
  entity(key: "first-minister-of-scotland") {
    name
    ... on Office { holder(asOf: $asOf) { name } }
  }
}
`;

const whatDidTheArticleSay = `# Everything one source asserts, with its words.
query WhatTheArticleSays {
  source(key: "ap-2021-05-07-hartlepool") {
    title
    publisher
    publishedAt
    relations(first: 50) {
      totalCount
      edges { node { type subject { name } object { name } evidence { quote } } }
    }
  }
}
`;

const search = `# Search names and aliases; typos and accents are forgiven.
query Search {
  search(query: "sturgon", first: 5) {
    totalCount
    edges { node { key name kind description } }
  }
}
`;

const howConnected = `# How is Nicola Sturgeon connected to Keir Starmer, and who says so?
query HowConnected {
  paths(from: "nicola-sturgeon", to: "keir-starmer", maxHops: 4, first: 3) {
    length
    entities { name }
    relations { type evidence { quote source { title } } }
  }
}
`;

const curatorAssertsAFact = `# Curators: writing needs an API key with the curator scope. Open Headers (below the editor) and add
#   "Authorization": "Bearer <your key>"
# to the JSON there.
# A mutation runs in one transaction, checks its input against the knowledge model, reports every
# problem at once and, when refused, writes nothing. As it stands this one is refused: the seed already
# records the fact, and the error names it. Change it to record something new. Docs → Mutation lists all.
mutation CuratorAssertsAFact {
  assertRelation(input: {
    type: SPOKESPERSON_FOR
    subject: "steve-reed"
    object: "labour-party"
    validFrom: "2020-04-06"
    validTo: "2021-11-30"
    evidence: [{ source: "ap-2021-05-07-hartlepool", quote: "Steve Reed, Labour's communities spokesman" }]
  }) {
    key
    evidence { quote start end source { title } }
    audit { createdBy createdAt }
  }
}
`;

export const DEFAULT_QUERY = whoSucceededWhom;

export const EXAMPLE_TABS = [whoSucceededWhom, whoLedLabour, officeHolder, whatDidTheArticleSay, search, howConnected, curatorAssertsAFact].map(
  (query) => ({ query }),
);
