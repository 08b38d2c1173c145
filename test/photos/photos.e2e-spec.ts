import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { In } from 'typeorm';
import { PhotoEntity } from '@app/photos/photos.entities';
import { PhotosService } from '@app/photos/photos.service';
import { firstError, useApp } from '../support/suite';
import { buildWorld, World } from '../support/world';
import { ACCEPT } from '../needs/needs-helpers';
import { fetchPhoto, jpegWithGps, photoId, png, upload } from './photo-helpers';

const dir = mkdtempSync(join(tmpdir(), 'gr-photos-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SUBMIT = `mutation($input: SubmitNeedInput!) { submitNeed(input: $input) { id status photos { id url thumbUrl } } }`;
const NEED = `query($id: ID!) { need(id: $id) { id status photos { id url thumbUrl } history { action note } project { id title } } }`;
const UPDATE = `mutation($id: ID!, $title: String, $photoIds: [ID!]) { updateMyNeed(needId: $id, title: $title, photoIds: $photoIds) { id title photos { id } } }`;

describe('photos: upload checked by content, EXIF removed, attached by their uploader, served by the record\'s rules', () => {
  const { t } = useApp({ PHOTO_DIR: dir });
  let w: World;
  beforeAll(async () => {
    w = await buildWorld(t);
  });
  const needInput = (over: Record<string, unknown> = {}) => ({ zoneId: String(w.zoneId), kind: 'MICRO_WISH', title: '电梯坏了', content: '5号楼电梯停了三天,老人上下楼困难', ...over });

  it('a phone JPEG with GPS comes back resized, with a thumbnail and without any EXIF', async () => {
    const original = await jpegWithGps(3000, 2000);
    const before = await sharp(original).metadata();
    expect(before.exif?.toString('latin1')).toContain('TestPhone'); // the input really carries EXIF (GPS IFD included)
    expect(before.exif!.length).toBeGreaterThan(100);

    const r = await upload(t, w.residents[0].token, original, 'IMG_0001.jpg');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ url: `/photos/${r.body.id}`, thumbUrl: `/photos/${r.body.id}/thumb`, width: 2048, height: 1365 });

    const full = await fetchPhoto(t, r.body.url, w.residents[0].token);
    expect(full.status).toBe(200);
    expect(full.type).toBe('image/jpeg');
    const meta = await sharp(full.body).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 2048, height: 1365 });
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(full.body.includes(Buffer.from('TestPhone'))).toBe(false);
    expect(full.body.includes(Buffer.from('GPS'))).toBe(false);

    const thumb = await fetchPhoto(t, r.body.thumbUrl, w.residents[0].token);
    const tm = await sharp(thumb.body).metadata();
    expect(Math.max(tm.width!, tm.height!)).toBe(400);
    expect(tm.exif).toBeUndefined();
  });

  it('type is told by content: a text file named .jpg is refused, a PNG named .txt is accepted', async () => {
    const text = await upload(t, w.residents[0].token, Buffer.from('这不是图片,只是一段文字。\n'.repeat(20)), 'lift.jpg', 'image/jpeg');
    expect(text.status).toBe(400);
    expect(text.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'photoType' });
    // JPEG magic bytes followed by garbage: sharp cannot read it
    const fake = await upload(t, w.residents[0].token, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 7)]), 'x.jpg');
    expect(fake.status).toBe(400);
    expect(fake.body.reason).toBe('photoType');
    const svg = await upload(t, w.residents[0].token, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'a.png', 'image/png');
    expect(svg.status).toBe(400);
    const ok = await upload(t, w.residents[0].token, await png(), 'notes.txt', 'text/plain');
    expect(ok.status).toBe(201);
    const got = await fetchPhoto(t, ok.body.url, w.residents[0].token);
    expect(got.type).toBe('image/png');
  });

  it('refuses a request without a file, an anonymous upload, and a file over 10 MB', async () => {
    expect((await t.http.post('/uploads').set('authorization', `Bearer ${w.residents[0].token}`).send({})).body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'photoMissing' });
    const anon = await upload(t, null, await png());
    expect(anon.status).toBe(401);
    const big = Buffer.concat([await png(), Buffer.alloc(10 * 1024 * 1024 + 10)]);
    const r = await upload(t, w.residents[0].token, big, 'big.png', 'image/png');
    expect(r.status).toBe(400);
    expect(r.body.reason).toBe('photoTooLarge');
  });

  it('an unattached photo is its uploader\'s alone; attached to a need it follows the need\'s visibility', async () => {
    const me = w.residents[0];
    const id = await photoId(t, me.token, await jpegWithGps());
    const url = `/photos/${id}`;
    expect((await fetchPhoto(t, url, me.token)).status).toBe(200);
    expect((await fetchPhoto(t, url, w.residents[1].token)).status).toBe(404);
    expect((await fetchPhoto(t, url, w.staff.token)).status).toBe(404);
    expect((await fetchPhoto(t, url)).status).toBe(404);
    expect((await fetchPhoto(t, '/photos/nosuchphoto123')).status).toBe(404);

    const d = await t.ok(SUBMIT, { input: needInput({ photoIds: [id] }) }, me.token);
    expect(d.submitNeed.photos).toEqual([{ id, url, thumbUrl: `${url}/thumb` }]);
    const needId = d.submitNeed.id;
    // SUBMITTED: the author and the zone's staff
    expect((await fetchPhoto(t, url, w.staff.token)).status).toBe(200);
    expect((await fetchPhoto(t, `${url}/thumb`, w.staff.token)).status).toBe(200);
    expect((await fetchPhoto(t, url, w.otherStaff.token)).status).toBe(404);
    expect((await fetchPhoto(t, url, w.residents[1].token)).status).toBe(404);
    expect((await fetchPhoto(t, url)).status).toBe(404);
    expect((await t.ok(NEED, { id: needId }, w.staff.token)).need.photos.map((p: { id: string }) => p.id)).toEqual([id]);
    // accepted: public, like the need
    await t.ok(ACCEPT, { id: needId, c: 'COMMUNITY_AFFAIRS' }, w.staff.token);
    expect((await fetchPhoto(t, url)).status).toBe(200);
    expect((await t.ok(NEED, { id: needId })).need.photos).toHaveLength(1);
  });

  it('photoIds take only the caller\'s own, unattached photos, at most 9, with a clear error', async () => {
    const mine = await photoId(t, w.residents[0].token);
    const e = await firstError(t, SUBMIT, { input: needInput({ photoIds: [mine] }) }, w.residents[1].token);
    expect(e.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'photoNotYours', field: 'photoIds' });
    expect(e.message).toContain(mine);
    // nothing was written: the need went with the refused photo
    expect((await t.ok(`{ myNeeds { totalCount } }`, {}, w.residents[1].token)).myNeeds.totalCount).toBe(0);

    await t.ok(SUBMIT, { input: needInput({ photoIds: [mine] }) }, w.residents[0].token);
    const again = await firstError(t, SUBMIT, { input: needInput({ title: '另一个', photoIds: [mine] }) }, w.residents[0].token);
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'photoInUse' });

    const ten: string[] = [];
    for (let i = 0; i < 10; i++) ten.push(await photoId(t, w.residents[2].token));
    const many = await firstError(t, SUBMIT, { input: needInput({ photoIds: ten }) }, w.residents[2].token);
    expect(many.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'tooManyPhotos', field: 'photoIds' });
    const nine = await t.ok(SUBMIT, { input: needInput({ photoIds: ten.slice(0, 9) }) }, w.residents[2].token);
    expect(nine.submitNeed.photos.map((p: { id: string }) => p.id)).toEqual(ten.slice(0, 9));
    expect((await firstError(t, SUBMIT, { input: needInput({ photoIds: ['nosuchphoto123'] }) }, w.residents[2].token)).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('updateMyNeed replaces the photos and its history says so; a dropped photo is the uploader\'s alone again', async () => {
    const me = w.worker;
    const [a, b] = [await photoId(t, me.token), await photoId(t, me.token)];
    const needId = (await t.ok(SUBMIT, { input: needInput({ photoIds: [a] }) }, me.token)).submitNeed.id;
    const d = await t.ok(UPDATE, { id: needId, photoIds: [b] }, me.token);
    expect(d.updateMyNeed.photos).toEqual([{ id: b }]);
    const n = await t.ok(NEED, { id: needId }, me.token);
    expect(n.need.history.find((h: { action: string }) => h.action === 'edit').note).toContain('图片:1 → 1 张');
    expect((await fetchPhoto(t, `/photos/${a}`, w.staff.token)).status).toBe(404);
    expect((await fetchPhoto(t, `/photos/${b}`, w.staff.token)).status).toBe(200);
    const other = await photoId(t, w.residents[0].token);
    expect((await firstError(t, UPDATE, { id: needId, photoIds: [other] }, me.token)).extensions?.reason).toBe('photoNotYours');
  });

  it('the daily purge removes uploads no record took, files and all; attached ones stay', async () => {
    const me = w.residents[2];
    const loose = await photoId(t, me.token);
    const kept = await photoId(t, me.token);
    const fresh = await photoId(t, me.token);
    await t.ok(SUBMIT, { input: needInput({ title: '留下的图片', photoIds: [kept] }) }, me.token);
    const old = new Date(Date.now() - 3 * 86_400_000);
    await t.db.getRepository(PhotoEntity).update({ id: In([loose, kept]) }, { createdAt: old });
    const photos = t.app.get(PhotosService);
    const row = await t.db.getRepository(PhotoEntity).findOneByOrFail({ id: loose });
    expect(await photos.storage.get(row.storageKey)).not.toBeNull();
    expect(await photos.purgeUnattached(new Date(Date.now() - 2 * 86_400_000))).toBeGreaterThanOrEqual(1);
    expect(await t.db.getRepository(PhotoEntity).findOneBy({ id: loose })).toBeNull();
    expect(await photos.storage.get(row.storageKey)).toBeNull();
    expect(await photos.storage.get(row.thumbKey)).toBeNull();
    expect((await fetchPhoto(t, `/photos/${kept}`, me.token)).status).toBe(200);
    expect((await fetchPhoto(t, `/photos/${fresh}`, me.token)).status).toBe(200);
  });

  it('uploads are rate-limited per person', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 62; i++) statuses.push((await upload(t, w.residents[1].token, Buffer.from('x'), 'x.jpg')).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  });
});
