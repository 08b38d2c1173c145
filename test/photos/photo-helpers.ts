import sharp from 'sharp';
import { TestApp } from '../support/harness';

/** A JPEG as a phone writes it: camera make, time and GPS position in its EXIF. */
export async function jpegWithGps(width = 800, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'X1', DateTime: '2026:11:30 09:15:00' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 2400/100', GPSLongitudeRef: 'E', GPSLongitude: '121/1 30/1 1200/100' },
    })
    .toBuffer();
}

export async function png(width = 64, height = 64): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 0, g: 120, b: 200, alpha: 0.5 } } }).png().toBuffer();
}

export interface Uploaded {
  status: number;
  body: { id: string; url: string; thumbUrl: string; width: number; height: number; code?: string; reason?: string; message?: string };
}

export async function upload(t: TestApp, token: string | null, bytes: Buffer, filename = 'photo.jpg', contentType = 'image/jpeg'): Promise<Uploaded> {
  const req = t.http.post('/uploads');
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req.attach('file', bytes, { filename, contentType });
  return { status: res.status, body: res.body };
}

/** Uploads and returns the new photo's id (the upload must succeed). */
export async function photoId(t: TestApp, token: string, bytes?: Buffer): Promise<string> {
  const r = await upload(t, token, bytes ?? (await png()), 'p.png', 'image/png');
  if (r.status !== 201) throw new Error(`upload refused: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.id;
}

/** GET a photo's url as this person (null: anonymous); the status and the bytes. */
export async function fetchPhoto(t: TestApp, url: string, token: string | null = null): Promise<{ status: number; type: string; body: Buffer }> {
  const req = t.http.get(url).buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req;
  return { status: res.status, type: String(res.headers['content-type'] ?? ''), body: res.body as Buffer };
}
