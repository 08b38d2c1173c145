import '@fastify/multipart';
import { Controller, Get, HttpCode, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '@app/common/errors';
import type { Principal } from '@app/common/request-context';
import { CurrentUser, Public, SignedIn } from '@app/common/access';
import { AuthService } from '@app/auth/auth.service';
import { SESSION_AREAS, SESSION_HEADER } from '@app/auth/session-cookie';
import { AppErrorHttpFilter } from '@app/common/app-error-http.filter';
import { PhotoAccess } from './photo-access';
import { photoUrl, thumbUrl } from './photo.model';
import type { PhotoEntity } from './photos.entities';
import { MAX_UPLOAD_BYTES, PhotosService } from './photos.service';

/**
 * POST /uploads (multipart, field "file"): a signed-in person uploads one image and gets its id
 * to attach with a mutation. GET /photos/:id and /photos/:id/thumb serve it to those who may see
 * its record (unattached: its uploader only); everyone else gets 404, as for a missing photo.
 */
@Controller()
@UseFilters(AppErrorHttpFilter)
export class PhotosController {
  constructor(
    private readonly photos: PhotosService,
    private readonly access: PhotoAccess,
    private readonly auth: AuthService,
  ) {}

  @SignedIn()
  @Post('uploads')
  @HttpCode(201)
  async upload(@Req() req: FastifyRequest, @CurrentUser() viewer: Principal) {
    await this.photos.countUpload(viewer);
    if (!req.isMultipart()) throw new AppError('BAD_USER_INPUT', 'photoMissing', { field: 'file' });
    let bytes: Buffer;
    try {
      const file = await req.file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
      if (!file || file.fieldname !== 'file') throw new AppError('BAD_USER_INPUT', 'photoMissing', { field: 'file' });
      bytes = await file.toBuffer();
    } catch (e) {
      if (e instanceof AppError) throw e;
      const code = (e as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('BAD_USER_INPUT', 'photoTooLarge', { maxMb: MAX_UPLOAD_BYTES / 1024 / 1024, field: 'file' });
      throw new AppError('BAD_USER_INPUT', 'photoMissing', { field: 'file' });
    }
    const p = await this.photos.upload(viewer, bytes);
    return { id: p.id, url: photoUrl(p.id), thumbUrl: thumbUrl(p.id), width: p.width, height: p.height, mime: p.mime };
  }

  @Public()
  @Get('photos/:id')
  async full(@Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply, @CurrentUser() viewer: Principal | null) {
    await this.send(id, 'full', req, reply, viewer);
  }

  @Public()
  @Get('photos/:id/thumb')
  async thumb(@Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply, @CurrentUser() viewer: Principal | null) {
    await this.send(id, 'thumb', req, reply, viewer);
  }

  private async send(id: string, size: 'full' | 'thumb', req: FastifyRequest, reply: FastifyReply, viewer: Principal | null) {
    const photo = await this.photos.find(id);
    const bytes = photo && (await this.mayView(photo, req, viewer)) ? await this.photos.storage.get(size === 'full' ? photo.storageKey : photo.thumbKey) : null;
    if (!photo || !bytes) {
      void reply.status(404).header('cache-control', 'no-store').send({ statusCode: 404, code: 'NOT_FOUND', reason: 'notFound', message: '没有找到图片 (photo not found)' });
      return;
    }
    void reply
      .status(200)
      .type(photo.mime)
      .header('cache-control', 'private, max-age=3600')
      .header('content-disposition', `inline; filename="${photo.id}${size === 'thumb' ? '-thumb' : ''}.${photo.mime.split('/')[1].replace('jpeg', 'jpg')}"`)
      .send(bytes);
  }

  /**
   * The bearer token or the app session named in X-GR-Session, as everywhere; and since an <img>
   * cannot send that header, either app's session cookie too. Reading an image changes nothing,
   * and a SameSite=Strict cookie never comes with another site's request, so this opens no CSRF.
   */
  private async mayView(photo: PhotoEntity, req: FastifyRequest, viewer: Principal | null): Promise<boolean> {
    if (await this.access.canSee(viewer, photo)) return true;
    if (req.headers.authorization) return false;
    for (const area of SESSION_AREAS) {
      const viaCookie = { headers: { ...req.headers, [SESSION_HEADER]: area }, cookies: (req as unknown as { cookies?: Record<string, string> }).cookies, protocol: req.protocol };
      const p = await this.auth.principalOf(viaCookie).catch(() => null);
      if (p && p.id !== viewer?.id && (await this.access.canSee(p, photo))) return true;
    }
    return false;
  }
}
