// The kinds of issuer (发布机关) the regulation distinguishes: their deadlines and powers differ.
// Its own module so that the project and the local requirement profile can both use it.
import { z } from 'zod';

export const ISSUER_LEVELS = ['department', 'government', 'township', 'other'] as const;
export const IssuerLevelSchema = z.enum(ISSUER_LEVELS);
export type IssuerLevel = z.infer<typeof IssuerLevelSchema>;
export const ISSUER_LEVEL_LABELS: Readonly<Record<IssuerLevel, string>> = {
  department: '部门',
  government: '县级以上人民政府',
  township: '乡镇街道',
  other: '其他',
};
