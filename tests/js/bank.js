// Shared test data for the practice-engine tests (not a test file: node --test skips it).
"use strict";

// The exam's four domains and their weights, as data/exam.yaml gives them.
const DOMAINS = [
  { id: 1, weight: 34 }, { id: 2, weight: 26 }, { id: 3, weight: 22 }, { id: 4, weight: 18 },
];

// A made-up bank: perDomain[d] questions in domain d + 1, each keyed to one of four options.
function bank(perDomain) {
  const out = [];
  perDomain.forEach((n, d) => {
    for (let i = 0; i < n; i++) {
      out.push({ id: `${d + 1}.1-${String(i).padStart(3, "0")}`, task: `${d + 1}.1`, domain: d + 1,
        skills: [`${d + 1}.1.1`], choices: ["a", "b", "c", "d"], answer: [i % 4] });
    }
  });
  return out;
}

module.exports = { DOMAINS, bank };
