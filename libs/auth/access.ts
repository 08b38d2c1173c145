/** Moved to libs/common/access.ts (auth and org both use it; neither depends on the other for it). */
export * from '@app/common/access';
