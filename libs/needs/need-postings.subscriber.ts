import { EntitySubscriberInterface, EventSubscriber, InsertEvent, UpdateEvent } from 'typeorm';
import { syncNeedPostings } from './need-search';
import { NeedEntity } from './needs.entities';

/**
 * Writes a need's search postings (need_search_postings) in the transaction that inserts it, and
 * after a save() of a whole need. Updates through a query builder carry no id: the writers that
 * change what postings hold (moveNeed: status; updateMyNeed: title and content) call
 * syncNeedPostings themselves. Needs are never deleted (an erased account keeps its needs).
 */
@EventSubscriber()
export class NeedPostingsSubscriber implements EntitySubscriberInterface<NeedEntity> {
  listenTo() {
    return NeedEntity;
  }

  async afterInsert(event: InsertEvent<NeedEntity>): Promise<void> {
    const id = Number(event.entity?.id);
    if (id) await syncNeedPostings(event.manager, [id], { fresh: true });
  }

  async afterUpdate(event: UpdateEvent<NeedEntity>): Promise<void> {
    const id = Number(event.entity?.id);
    if (id) await syncNeedPostings(event.manager, [id]);
  }
}
