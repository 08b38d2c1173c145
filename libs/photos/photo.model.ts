import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PhotoEntity } from './photos.entities';

@ObjectType({ description: 'an uploaded image (POST /uploads): resized, EXIF removed; served only to those who may see its record' })
export class Photo {
  @Field(() => ID) id: string;
  @Field({ description: 'the image, at most 2048 px on its longer side' }) url: string;
  @Field({ description: 'a thumbnail, at most 400 px' }) thumbUrl: string;
}

export const photoUrl = (id: string) => `/photos/${id}`;
export const thumbUrl = (id: string) => `/photos/${id}/thumb`;

export const toPhoto = (p: Pick<PhotoEntity, 'id'>): Photo => ({ id: p.id, url: photoUrl(p.id), thumbUrl: thumbUrl(p.id) });
