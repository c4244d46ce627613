// Organisation profile: the facts that repeat on every document an office issues, so a new
// document starts pre-filled. Field names and rules are the core model's own.
import { z } from 'zod';
import { vanBanSchema } from '../core/model/van-ban.ts';

const idSchema = z.string().min(1).max(64);

export const profileFieldsSchema = vanBanSchema.pick({
  coQuanChuQuan: true,
  coQuanBanHanh: true,
  maCoQuan: true,
  diaDanh: true,
  chuKy: true,
  kinhGui: true,
  noiNhan: true,
});

export const profileSchema = profileFieldsSchema.extend({
  id: idSchema,
  /** The name the user picks the profile by, e.g. "UBND xã Hương Long". */
  ten: z.string().max(200).default(''),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});

export type ProfileRecord = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileFieldsSchema> & { id?: string; ten?: string };
