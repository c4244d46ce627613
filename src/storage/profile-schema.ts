// Organisation profile: the facts that repeat on every document an office issues, so a new
// document starts pre-filled. Field names and rules are the core model's own.
import * as z from 'zod/mini';
import { vanBanFields } from '../core/model/van-ban.ts';

const idSchema = z.string().check(z.minLength(1), z.maxLength(64));

export const profileFieldsSchema = z.pick(vanBanFields, {
  coQuanChuQuan: true,
  coQuanBanHanh: true,
  maCoQuan: true,
  diaDanh: true,
  chuKy: true,
  kinhGui: true,
  noiNhan: true,
});

export const profileSchema = z.extend(profileFieldsSchema, {
  id: idSchema,
  /** The name the user picks the profile by, e.g. "UBND xã Hương Long". */
  ten: z._default(z.string().check(z.maxLength(200)), ''),
  createdAt: z.int().check(z.gte(0)),
  updatedAt: z.int().check(z.gte(0)),
});

export type ProfileRecord = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileFieldsSchema> & { id?: string; ten?: string };
