import { EntitySubscriberInterface, EventSubscriber, InsertEvent, ObjectLiteral, UpdateEvent } from 'typeorm';
import { searchTokens } from './search-text';
import { searchableBody } from './searchable';

/**
 * Fills `searchTokens` whenever an entity marked @Searchable (a project; needs have their postings, libs/needs/need-search.ts) is written through TypeORM (save, insert,
 * update with both title and body), so every way of writing one keeps it findable. An update
 * that changes only one of title/body must pass both.
 */
@EventSubscriber()
export class SearchTokensSubscriber implements EntitySubscriberInterface {
  private fill(entity: ObjectLiteral | undefined, target: Function | string | undefined): void {
    if (!entity) return;
    const column = searchableBody(target);
    if (!column) return;
    const title = entity.title;
    const body = entity[column];
    if (typeof title === 'string' && typeof body === 'string') entity.searchTokens = searchTokens(title, body);
  }

  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    this.fill(event.entity, event.metadata.target);
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    this.fill(event.entity, event.metadata.target);
  }
}
