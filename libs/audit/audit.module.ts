import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { OrgModule } from '@app/org/org.module';
import { AuditRecorder } from './audit.recorder';
import { AuditExportController, AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** 审计日志: the recorder (every audited mutation, in its own transaction) and the reading side. */
@Module({
  imports: [OrgModule],
  controllers: [AuditExportController],
  providers: [AuditService, AuditResolver, { provide: APP_INTERCEPTOR, useClass: AuditRecorder }],
})
export class AuditModule {}
