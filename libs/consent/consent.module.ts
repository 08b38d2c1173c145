import { Module } from '@nestjs/common';
import { ConsentResolver, UserConsentResolver } from './consent.resolver';
import { ConsentService } from './consent.service';

/** 用户协议 and 隐私政策: the texts, and who accepted which version when. */
@Module({
  providers: [ConsentService, ConsentResolver, UserConsentResolver],
  exports: [ConsentService],
})
export class ConsentModule {}
