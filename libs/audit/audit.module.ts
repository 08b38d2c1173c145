import { Module } from '@nestjs/common';
import { OrgModule } from '@app/org/org.module';
import { AuditRecorder } from './audit.recorder';
import { AuditExportController, AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** 审计日志: the recorder (every audited mutation, in its own transaction; wired into the schema by the api's GraphQL options) and the reading side. */
@Module({
  imports: [OrgModule],
  controllers: [AuditExportController],
  providers: [AuditService, AuditResolver, AuditRecorder],
  exports: [AuditRecorder],
})
export class AuditModule {}
