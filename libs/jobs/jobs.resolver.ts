import { Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { GlobalAdmin } from '@app/common/access';
import { OutboxRelay } from './outbox.relay';

@ObjectType()
export class FailedJob {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'Waiting and failed background jobs (ADMIN)' })
export class JobQueueStatus {
  @Field(() => GraphQLJSONObject, { description: 'counts by state: outbox rows and, with Redis, Bull' }) counts: Record<string, number>;
  @Field(() => [FailedJob]) failed: FailedJob[];
}

@Resolver()
export class JobsResolver {
  constructor(private readonly relay: OutboxRelay) {}

  @GlobalAdmin()
  @Query(() => JobQueueStatus)
  async jobQueue(): Promise<JobQueueStatus> {
    const [counts, failed] = await Promise.all([this.relay.counts(), this.relay.failedJobs()]);
    return { counts, failed: failed.map((f) => ({ ...f, id: String(f.id) })) };
  }
}
