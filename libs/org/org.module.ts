import { Module } from '@nestjs/common';
import { BuildingResolver, CommunityResolver, MemberUnitResolver, ZoneResolver } from './org.resolver';
import { OrgService } from './org.service';

@Module({
  providers: [OrgService, ZoneResolver, CommunityResolver, BuildingResolver, MemberUnitResolver],
  exports: [OrgService],
})
export class OrgModule {}
