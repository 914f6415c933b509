// The profiles Gongkai ships (rules/profiles/*.ts hold their parameters).
export const PROFILE_IDS = ['national-2019', 'shanghai-putuo', 'suzhou-wujiang-2023'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];
export const DEFAULT_PROFILE: ProfileId = 'national-2019';

export function isProfileId(value: string): value is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(value);
}
