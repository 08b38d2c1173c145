import { EntitySubscriberInterface, EventSubscriber, InsertEvent, ObjectLiteral, UpdateEvent } from 'typeorm';
import { NeedEntity } from '@app/needs/needs.entities';
import { ProjectEntity } from '@app/projects/projects.entities';
import { searchTokens } from './search-text';

/** Which text of each searchable entity is indexed: its title and its body. */
const SEARCHABLE: { target: Function; body: string }[] = [
  { target: NeedEntity, body: 'content' },
  { target: ProjectEntity, body: 'description' },
];

/**
 * Fills `searchTokens` whenever a need or a project is written through TypeORM (save, insert,
 * update with both title and body), so every way of writing one keeps it findable. An update
 * that changes only one of title/body must pass both (updateMyNeed does).
 */
@EventSubscriber()
export class SearchTokensSubscriber implements EntitySubscriberInterface {
  private fill(entity: ObjectLiteral | undefined, target: Function | string | undefined): void {
    if (!entity) return;
    const s = SEARCHABLE.find((x) => x.target === target);
    if (!s) return;
    const title = entity.title;
    const body = entity[s.body];
    if (typeof title === 'string' && typeof body === 'string') entity.searchTokens = searchTokens(title, body);
  }

  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    this.fill(event.entity, event.metadata.target);
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    this.fill(event.entity, event.metadata.target);
  }
}
