import { Role } from '@app/common/glossary';
import type { Principal } from '@app/common/request-context';
import type { UserEntity } from './auth.entities';
import { UsersService, toUser } from './users.service';

const person = toUser(
  { id: 7, phone: '13812345678', displayName: '王小明', username: null, passwordHash: null, communityId: 1, buildingId: null, unitId: null, isPartyMember: false, specialties: [], willingCategories: null, active: true, tokenVersion: 0, anonymizedAt: null, createdAt: new Date() } as UserEntity,
  [Role.RESIDENT],
);
const viewer = (id: number, ...grants: [string, number | null][]): Principal => ({
  id,
  displayName: 'x',
  unitId: null,
  isPartyMember: false,
  grants: grants.map(([role, zoneId]) => ({ role, zoneId })),
});

describe('UsersService masking of other people', () => {
  it.each([
    ['a resident', viewer(8, [Role.RESIDENT, null])],
    ['an office worker', viewer(8, [Role.WHITE_COLLAR, null])],
    ['a board member', viewer(8, [Role.BOARD_MEMBER, 1])],
    ['a party committee member', viewer(8, [Role.PARTY_COMMITTEE, 1])],
    ['a unit admin', viewer(8, [Role.UNIT_ADMIN, 1])],
  ])('masks name and phone for %s viewing someone else', (_, v) => {
    expect(UsersService.displayNameFor(v, person)).toBe('王**');
    expect(UsersService.phoneFor(v, person)).toBe('138****5678');
  });

  it('shows them whole to the person themself', () => {
    const self = viewer(7, [Role.RESIDENT, null]);
    expect(UsersService.displayNameFor(self, person)).toBe('王小明');
    expect(UsersService.phoneFor(self, person)).toBe('13812345678');
  });

  it.each([
    ['council staff', viewer(9, [Role.COUNCIL_STAFF, 1])],
    ['an admin', viewer(9, [Role.ADMIN, null])],
    ['a resident who is also council staff', viewer(9, [Role.RESIDENT, null], [Role.COUNCIL_STAFF, 1])],
  ])('shows them whole to %s of the record\'s zone', (_, v) => {
    const onRecordOfZone1 = { ...person, contextZoneId: 1 };
    expect(UsersService.displayNameFor(v, onRecordOfZone1)).toBe('王小明');
    expect(UsersService.phoneFor(v, onRecordOfZone1)).toBe('13812345678');
  });

  it('masks them for council staff of another zone, and where no zone is known', () => {
    const staffOfZone2 = viewer(9, [Role.COUNCIL_STAFF, 2]);
    expect(UsersService.phoneFor(staffOfZone2, { ...person, contextZoneId: 1 })).toBe('138****5678');
    expect(UsersService.displayNameFor(staffOfZone2, { ...person, contextZoneId: 1 })).toBe('王**');
    expect(UsersService.phoneFor(viewer(9, [Role.COUNCIL_STAFF, 1]), person)).toBe('138****5678');
  });

  it('gives an anonymous caller no phone and a masked name', () => {
    expect(UsersService.phoneFor(null, person)).toBeNull();
    expect(UsersService.displayNameFor(null, person)).toBe('王**');
  });

  it('gives null for a person without a phone, whoever asks', () => {
    const staffUser = { ...person, rawPhone: null };
    expect(UsersService.phoneFor(viewer(8, [Role.RESIDENT, null]), staffUser)).toBeNull();
    expect(UsersService.phoneFor(viewer(9, [Role.COUNCIL_STAFF, 1]), staffUser)).toBeNull();
  });
});
