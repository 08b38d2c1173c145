import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { NeedCategory } from '@app/common/enums';

@ObjectType({ description: 'one category the platform suggests for a need' })
export class CategorySuggestion {
  @Field(() => NeedCategory) category: NeedCategory;
  @Field(() => Float, { description: 'calibrated probability, 0..1: shown 0.9, right about 9 times in 10' }) confidence: number;
  @Field(() => [String], { description: 'the words of the need that weighed most toward this category, strongest first' }) because: string[];
}

@ObjectType({ description: 'how many staff decisions had this first suggestion and this decided category' })
export class ConfusionCell {
  @Field(() => NeedCategory) suggested: NeedCategory;
  @Field(() => NeedCategory) decided: NeedCategory;
  @Field(() => Int) count: number;
}

@ObjectType({ description: '分类准确率: the suggestion against the zone\'s last 500 staff decisions (accept, merge)' })
export class ClassifierReport {
  @Field(() => Int, { description: 'staff decisions counted (those on needs with a stored suggestion)' }) decisions: number;
  @Field(() => Float, { description: 'share where staff chose the first suggestion, 0..1' }) top1Rate: number;
  @Field(() => Float, { description: 'share where staff chose one of the first two suggestions, 0..1' }) top2Rate: number;
  @Field(() => [ConfusionCell], { description: 'non-empty cells, in glossary order of suggested then decided' }) confusion: ConfusionCell[];
}
