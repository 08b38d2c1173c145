import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString } from 'class-validator';

@ArgsType()
export class ZoneStatsArgs {
  @Field(() => ID) @IsString() zoneId: string;
  @Field(() => Date, { nullable: true, description: 'period start, inclusive (needs and projects created from then)' })
  @IsOptional()
  @IsDate({ message: 'from: 请输入有效的时间 (not a valid date-time)' })
  from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'period end, inclusive' })
  @IsOptional()
  @IsDate({ message: 'to: 请输入有效的时间 (not a valid date-time)' })
  to?: Date | null;
}
