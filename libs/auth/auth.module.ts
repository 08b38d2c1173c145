import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { Env } from '@config/env';
import { OrgModule } from '@app/org/org.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoggingSmsSender, SmsSender } from './sms.sender';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Global()
@Module({
  imports: [
    OrgModule,
    JwtModule.registerAsync({
      inject: [Env],
      useFactory: (env: Env) => ({ secret: env.JWT_SECRET, signOptions: { expiresIn: env.JWT_EXPIRES_IN as `${number}h` } }),
    }),
  ],
  providers: [
    AuthService,
    UsersService,
    AuthResolver,
    UsersResolver,
    LoggingSmsSender,
    { provide: SmsSender, useExisting: LoggingSmsSender },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, UsersService, SmsSender, LoggingSmsSender],
})
export class AuthModule {}
