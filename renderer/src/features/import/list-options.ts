// The app's own values of a list field with their Finnish names, for the selects of the
// defaults and of the unknown values.
import { funders, grantTypes, projectScopes, projectStatuses, responsibilityAreas } from '../../../../shared/domain/project';
import type { ImportListField } from '../../../../shared/domain/register-import';
import type { ProjectLabels } from '../projects/labels';

export function listOptions(field: ImportListField, labels: ProjectLabels): { value: string; label: string }[] {
  switch (field) {
    case 'area': return responsibilityAreas.map((value) => ({ value, label: labels.area(value) }));
    case 'funder': return funders.map((value) => ({ value, label: labels.funder(value) }));
    case 'grantType': return grantTypes.map((value) => ({ value, label: labels.grantType(value) }));
    case 'scope': return projectScopes.map((value) => ({ value, label: labels.scope(value) }));
    case 'status': return projectStatuses.map((value) => ({ value, label: labels.status(value) }));
  }
}
