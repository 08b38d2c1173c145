import { useWorld } from '../support/suite';

describe('smoke', () => {
  const { t, w } = useWorld();

  it('lists zones to anyone', async () => {
    const d = await t.ok('{ zones { id name } }');
    expect(d.zones.map((z: { name: string }) => z.name)).toEqual(['建工片区', '梅园片区']);
  });

  it('me is the caller', async () => {
    const d = await t.ok('{ me { id displayName roles } }', {}, w.staff.token);
    expect(d.me).toEqual({ id: String(w.staff.id), displayName: '张社工', roles: ['COUNCIL_STAFF'] });
  });
});
