import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { DEV_JWT_SECRET, Env } from '@config/env';
import { OrgModule } from '@app/org/org.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoggingSmsSender, SmsSender, WebhookSmsSender } from './sms.sender';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';
import { AccountsService } from './accounts.service';
import { PersonalDataService } from './personal-data.service';
import { PrincipalCache } from './principal-cache';

@Global()
@Module({
  imports: [
    OrgModule,
    JwtModule.registerAsync({
      inject: [Env],
      // the secret as a KeyObject made once: given a string, jsonwebtoken first tries it as a PEM
      // public/private key on every verify and sign (a thrown parse, ~2.5 ms of CPU per request)
      useFactory: (env: Env) => {
        const key = createSecretKey(Buffer.from(env.JWT_SECRET ?? DEV_JWT_SECRET));
        return { secretOrKeyProvider: () => key, signOptions: { expiresIn: env.JWT_EXPIRES_IN as `${number}h` } };
      },
    }),
  ],
  providers: [
    AuthService,
    AccountsService,
    PersonalDataService,
    PrincipalCache,
    UsersService,
    AuthResolver,
    UsersResolver,
    LoggingSmsSender,
    WebhookSmsSender,
    { provide: SmsSender, inject: [Env, LoggingSmsSender, WebhookSmsSender], useFactory: (env: Env, log: LoggingSmsSender, hook: WebhookSmsSender) => (env.SMS_WEBHOOK_URL ? hook : log) },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, UsersService, AccountsService, PrincipalCache, SmsSender, LoggingSmsSender],
})
export class AuthModule {}
