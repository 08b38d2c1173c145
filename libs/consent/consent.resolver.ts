import { Args, Field, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Principal } from '@app/common/request-context';
import { CurrentUser, Public, SignedIn } from '@app/common/access';
import { User } from '@app/auth/models/user.model';
import { ConsentService } from './consent.service';
import { PRIVACY_POLICY, SUMMARY_EN, TERMS_VERSION, USER_AGREEMENT } from './terms';

@ObjectType({ description: '用户协议 and 隐私政策 in force' })
export class LegalTerms {
  @Field() version: string;
  @Field() userAgreement: string;
  @Field() privacyPolicy: string;
  @Field({ description: 'a short English summary' }) summaryEn: string;
}

@ObjectType({ description: 'a version of the terms the person accepted' })
export class Consent {
  @Field() version: string;
  @Field() acceptedAt: Date;
  @Field({ description: 'whether this is the version in force (false: ask again)' }) current: boolean;
}

@Resolver()
export class ConsentResolver {
  constructor(private readonly consents: ConsentService) {}

  @Public()
  @Query(() => LegalTerms)
  legalTerms(): LegalTerms {
    return { version: TERMS_VERSION, userAgreement: USER_AGREEMENT, privacyPolicy: PRIVACY_POLICY, summaryEn: SUMMARY_EN };
  }

  @SignedIn()
  @Mutation(() => Consent, { description: 'the caller accepts the 用户协议 and 隐私政策 of this version (the version in force)' })
  async acceptTerms(@CurrentUser() viewer: Principal, @Args('version') version: string): Promise<Consent> {
    const c = await this.consents.accept(viewer.id, version);
    return { version: c.version, acceptedAt: c.acceptedAt, current: c.version === TERMS_VERSION };
  }
}

@Resolver(() => User)
export class UserConsentResolver {
  constructor(private readonly consents: ConsentService) {}

  @ResolveField(() => Consent, { nullable: true, description: 'the terms the person last accepted: only for the person themself (null for others)' })
  async consent(@Parent() user: User, @CurrentUser() viewer: Principal | null): Promise<Consent | null> {
    if (!viewer || viewer.id !== Number(user.id)) return null;
    const c = await this.consents.latest(viewer.id);
    return c ? { version: c.version, acceptedAt: c.acceptedAt, current: c.version === TERMS_VERSION } : null;
  }
}
