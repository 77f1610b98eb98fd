/** A problem with the reader's file in words: `file › row 4 › lat › "abc" is not a number`. */
import type { T } from '../i18n/index.ts';
import type { UserProblem } from './types.ts';

export function formatUserProblem(p: UserProblem, t: T): string {
  const where =
    p.where.kind === 'file'
      ? ''
      : p.where.kind === 'row'
        ? t('userdata.where.row', { row: p.where.row })
        : p.where.label
          ? t('userdata.where.featureNamed', { index: p.where.index, label: p.where.label })
          : t('userdata.where.feature', { index: p.where.index });
  const message = t(`userdata.problem.${p.code}`, p.params ?? {});
  return [p.file, where, p.field, message].filter(Boolean).join(' › ');
}
