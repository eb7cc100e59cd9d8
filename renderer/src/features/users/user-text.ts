// How a user's role reads: "Esittelijä", "Valmistelija, varaesittelijä".
import type { TFunction } from 'i18next';
import type { Person } from '../../../../shared/domain/item';

export function userRoleText(person: Pick<Person, 'role' | 'deputyPresenter'>, t: TFunction): string {
  const role = person.role === null ? '' : t(`review.role.${person.role}`);
  if (!person.deputyPresenter) return role;
  return role === '' ? t('review.users.deputyPresenter') : `${role}, ${t('review.users.deputyShort')}`;
}
