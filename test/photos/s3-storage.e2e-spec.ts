import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AddressInfo } from 'node:net';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import { PHOTO_STORAGE, S3Storage } from '@app/photos/photo-storage';
import { startApp, TestApp } from '../support/harness';
import { buildWorld, World } from '../support/world';
import { fetchPhoto, jpegWithGps, upload } from './photo-helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver');

const BUCKET = 'gr-photos';

/**
 * The S3 driver against a local S3-compatible server (s3rver, on disk in a temporary directory):
 * the same calls MinIO, OSS and COS answer in production.
 */
describe('photo storage on S3-compatible object storage (s3rver)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-s3rver-'));
  let server: { run(): Promise<AddressInfo>; close(): Promise<void> };
  let endpoint: string;
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
    const addr = await server.run();
    endpoint = `http://127.0.0.1:${addr.port}`;
    t = await startApp({
      PHOTO_STORAGE: 's3',
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_PREFIX: 'test/',
    });
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the driver puts, gets and deletes objects; a missing key is null', async () => {
    const storage = new S3Storage({ bucket: BUCKET, endpoint, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix: 'unit/' });
    await storage.put('photos/a.png', Buffer.from('hello'), 'image/png');
    expect((await storage.get('photos/a.png'))?.toString()).toBe('hello');
    const head = await storage.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'unit/photos/a.png' }));
    expect(head.ContentType).toBe('image/png');
    expect(await storage.get('photos/missing.png')).toBeNull();
    await storage.delete('photos/a.png');
    expect(await storage.get('photos/a.png')).toBeNull();
    await expect(storage.put('../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow(/invalid storage key/);
  });

  it('an upload lands in the bucket without EXIF and is served from it to those who may see it', async () => {
    expect(t.app.get<S3Storage>(PHOTO_STORAGE).kind).toBe('s3');
    const r = await upload(t, w.residents[0].token, await jpegWithGps(1200, 900), 'IMG_2001.jpg');
    expect(r.status).toBe(201);
    const listed = await new S3Storage({ bucket: BUCKET, endpoint, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix: '' }).client.send(
      new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'test/photos/' }),
    );
    const keys = (listed.Contents ?? []).map((o) => o.Key);
    expect(keys).toEqual(expect.arrayContaining([`test/photos/${r.body.id}.jpg`, `test/photos/${r.body.id}.thumb.jpg`]));

    const got = await fetchPhoto(t, r.body.url, w.residents[0].token);
    expect(got.status).toBe(200);
    const meta = await sharp(got.body).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 900 });
    expect(meta.exif).toBeUndefined();
    expect((await fetchPhoto(t, r.body.url, w.residents[1].token)).status).toBe(404);
  });
});
