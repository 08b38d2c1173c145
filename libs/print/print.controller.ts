import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Env } from '@config/env';
import type { Principal } from '@app/common/request-context';
import { CurrentUser, Public } from '@app/common/access';
import { publicOrigin } from '@app/common/public-origin';
import { PRINT_CSS, PRINT_JS } from './print.assets';
import { PrintRefusal, PrintService, refusalPage } from './print.service';

/** Printable pages (A4): GET /print/projects/:id (公示) and /print/surveys/:id (入户访问记录表). */
@Controller('print')
export class PrintController {
  constructor(
    private readonly print: PrintService,
    private readonly env: Env,
  ) {}

  /** Where the QR codes lead: PUBLIC_URL, or the address this page was asked for. */
  private origin(req: FastifyRequest): string {
    return publicOrigin(this.env, req);
  }

  @Public()
  @Get('print.css')
  css(@Res() reply: FastifyReply) {
    void reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(PRINT_CSS);
  }

  @Public()
  @Get('print.js')
  js(@Res() reply: FastifyReply) {
    void reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(PRINT_JS);
  }

  @Public()
  @Get('projects/:id')
  async project(@Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply, @CurrentUser() viewer: Principal | null) {
    await this.send(reply, () => this.print.projectNotice(viewer, this.id(id), this.origin(req)));
  }

  @Public()
  @Get('surveys/:id')
  async survey(@Param('id') id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply, @CurrentUser() viewer: Principal | null) {
    await this.send(reply, () => this.print.visitSheet(viewer, this.id(id), this.origin(req)));
  }

  private id(raw: string): number {
    if (!/^\d{1,10}$/.test(raw)) throw new PrintRefusal(404, '页面不存在 (no such page)');
    return Number(raw);
  }

  private async send(reply: FastifyReply, render: () => Promise<string>) {
    let html: string;
    let status = 200;
    try {
      html = await render();
    } catch (e) {
      if (!(e instanceof PrintRefusal)) throw e;
      status = e.status;
      html = refusalPage(e);
    }
    void reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  }
}
