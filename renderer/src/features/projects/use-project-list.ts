import { useCallback, useEffect, useRef, useState } from 'react';
import { takeProjectList } from '../../app/prefetch';
import type { ProjectListResult, ProjectQueryInput } from '../../../../shared/domain/project';
import type { AppError } from '../../../../shared/ipc/define';

interface ProjectList {
  result: ProjectListResult | null;
  error: AppError | null;
  reload: () => void;
}

/** The register's rows and totals for a query; a late answer to an older query is ignored. */
export function useProjectList(query: ProjectQueryInput): ProjectList {
  const [result, setResult] = useState<ProjectListResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const key = JSON.stringify(query);

  useEffect(() => {
    latest.current += 1;
    const ticket = latest.current;
    void takeProjectList(JSON.parse(key) as ProjectQueryInput).then((envelope) => {
      if (ticket !== latest.current) return;
      if (envelope.ok) {
        setResult(envelope.value);
        setError(null);
      } else setError(envelope.error);
    });
  }, [key, generation]);

  const reload = useCallback(() => { setGeneration((value) => value + 1); }, []);
  return { result, error, reload };
}
