// Deterministic synthetic projects for benchmarks (a seeded PRNG, so every run sees the same data).
import { funders, grantTypes, projectScopes, projectStatuses, responsibilityAreas } from '../../shared/domain/project';
import type { ProjectInput } from '../../shared/domain/project';

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const words = ['lukuinto', 'päiväkoti', 'oppimisen', 'tuki', 'harrastaminen', 'kielikylpy', 'digitaalinen', 'hyvinvointi', 'osallisuus', 'ohjaus', 'tasa-arvo', 'laatu', 'öljy', 'äidinkieli', 'yhteistyö', 'verkosto'];

export function syntheticProjects(count: number, seed = 42): ProjectInput[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const day = (fromYear: number) => {
    const date = new Date(Date.UTC(fromYear, 0, 1 + Math.floor(random() * 1460)));
    return date.toISOString().slice(0, 10);
  };
  return Array.from({ length: count }, (_, index) => {
    const start = random() < 0.05 ? null : day(2019);
    const end = start === null || random() < 0.1 ? null : day(Number(start.slice(0, 4)) + 1);
    return {
      nameFi: `${pick(words)} ${pick(words)} ${String(index)}`,
      nameSv: '', area: pick(responsibilityAreas), funder: pick(funders), grantType: pick(grantTypes), callName: `${pick(words)} haku`,
      grantedCents: random() < 0.05 ? null : Math.floor(random() * 50_000_000), ownShareKind: 'percent', ownShareValue: Math.floor(random() * 3000),
      totalBudgetCents: random() < 0.05 ? null : Math.floor(random() * 60_000_000), startDate: start, endDate: end, partnership: random() < 0.3,
      scope: pick(projectScopes), partners: random() < 0.3 ? ['Kannus', 'Kruunupyy'] : [], responsiblePerson: `Henkilö ${String(index % 50)}`,
      coordinator: '', status: pick(projectStatuses), decisionNumber: '', decisionDate: null, reportDueDate: null, description: `${pick(words)} ${pick(words)}`,
    };
  });
}
