import { useRef, useState } from 'react';
import { Button } from 'antd';
import { reasonText, type ReasonParams } from '@reasons';
import { useLang } from './i18n';
import { fmtTime } from './format';
import { sessionHeaders, type Area } from './session-store';

/** A photo as the api hands it out (POST /uploads, or a record's `photos`). */
export interface PhotoLike {
  id: string;
  url: string;
  thumbUrl: string;
}

/** The most photos one need, progress report or completion carries (the api's MAX_PHOTOS). */
export const MAX_PHOTOS = 9;

/**
 * Sends one image to POST /uploads with this app's session. The api decides the type from the
 * bytes, shrinks it and removes EXIF (GPS); a refusal comes back with its reason.
 */
export async function uploadPhoto(area: Area, file: File, lang: 'zh' | 'en'): Promise<PhotoLike> {
  const body = new FormData();
  body.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch('/uploads', { method: 'POST', body, headers: sessionHeaders(area), credentials: 'same-origin' });
  } catch {
    throw new Error(lang === 'zh' ? '网络连接失败，请检查网络后重试' : 'Network error, please retry');
  }
  const json = (await res.json().catch(() => ({}))) as Partial<PhotoLike> & { reason?: string; params?: ReasonParams; message?: string };
  if (res.ok && json.id && json.url && json.thumbUrl) return { id: json.id, url: json.url, thumbUrl: json.thumbUrl };
  const text = json.reason ? reasonText(json.reason, json.params ?? {}, lang) : null;
  throw new Error(text || (lang === 'zh' ? '图片上传失败' : 'The upload failed'));
}

/**
 * 添加图片: choose up to 9 images; each is uploaded at once and shown as a thumbnail that can be
 * removed. The form sends the ids (`photoIds`) with its mutation.
 */
export function PhotoPicker({ area, value, onChange, max = MAX_PHOTOS, testId = 'photo' }: { area: Area; value: PhotoLike[]; onChange: (next: PhotoLike[]) => void; max?: number; testId?: string }) {
  const { t, lang } = useLang();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const current = useRef(value);
  current.current = value;

  const pick = async (files: FileList | null) => {
    if (!files?.length) return;
    setError(null);
    const room = max - current.current.length;
    const chosen = Array.from(files).slice(0, Math.max(0, room));
    if (files.length > room) setError(t(`最多 ${max} 张图片`, `At most ${max} photos`));
    setBusy((n) => n + chosen.length);
    for (const file of chosen) {
      try {
        const photo = await uploadPhoto(area, file, lang);
        current.current = [...current.current, photo];
        onChange(current.current);
      } catch (e) {
        setError(`${file.name}：${(e as Error).message}`);
      } finally {
        setBusy((n) => n - 1);
      }
    }
    if (input.current) input.current.value = '';
  };

  return (
    <div className="gr-photo-picker" data-testid={`${testId}-picker`}>
      <div className="gr-photo-grid">
        {value.map((p, i) => (
          <div className="gr-photo-cell" key={p.id}>
            <img src={p.thumbUrl} alt={t(`图片 ${i + 1}`, `Photo ${i + 1}`)} data-testid={`${testId}-thumb`} />
            <button
              type="button"
              className="gr-photo-remove"
              aria-label={t(`移除图片 ${i + 1}`, `Remove photo ${i + 1}`)}
              onClick={() => onChange(value.filter((x) => x.id !== p.id))}
            >
              ×
            </button>
          </div>
        ))}
        {value.length < max && (
          <Button className="gr-photo-add" onClick={() => input.current?.click()} loading={busy > 0} data-testid={`${testId}-add`}>
            {busy > 0 ? t('上传中', 'Uploading') : t('添加图片', 'Add photos')}
          </Button>
        )}
      </div>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple
        hidden
        aria-label={t('选择图片', 'Choose photos')}
        data-testid={`${testId}-input`}
        onChange={(e) => void pick(e.target.files)}
      />
      <div className="gr-muted" style={{ fontSize: 12 }}>
        {t(`最多 ${max} 张，JPEG/PNG/WebP，每张不超过 10 MB；位置等拍摄信息会被去除`, `Up to ${max}, JPEG/PNG/WebP, 10 MB each; location and camera data are removed`)}
      </div>
      {error && (
        <div role="alert" style={{ color: '#cf1322' }} data-testid={`${testId}-error`}>
          {error}
        </div>
      )}
    </div>
  );
}

/** A row of thumbnails; each opens the full image. */
export function PhotoStrip({ photos, label, testId = 'photo-strip' }: { photos: PhotoLike[]; label?: string; testId?: string }) {
  const { t } = useLang();
  if (!photos.length) return null;
  return (
    <div className="gr-photo-grid" data-testid={testId} aria-label={label ?? t('图片', 'Photos')}>
      {photos.map((p, i) => (
        <a key={p.id} href={p.url} target="_blank" rel="noopener noreferrer" className="gr-photo-cell">
          <img src={p.thumbUrl} alt={`${label ?? t('图片', 'Photo')} ${i + 1}`} loading="lazy" />
        </a>
      ))}
    </div>
  );
}

export interface PhotoEvent {
  key: string;
  at: string;
  title: string;
  detail?: string | null;
  photos: PhotoLike[];
}

/**
 * 图片台账: a project's photos in time order — the source needs' photos, then each progress
 * report's (a corrected report also shows the photos of the version it replaced).
 */
export function PhotoTimeline({ events }: { events: PhotoEvent[] }) {
  const { t } = useLang();
  const withPhotos = events.filter((e) => e.photos.length).sort((a, b) => a.at.localeCompare(b.at));
  if (!withPhotos.length) return <div className="gr-muted" data-testid="photo-timeline-empty">{t('暂无图片', 'No photos yet')}</div>;
  return (
    <ol className="gr-photo-timeline" data-testid="photo-timeline">
      {withPhotos.map((e) => (
        <li key={e.key}>
          <div>
            <b>{e.title}</b> <span className="gr-muted">{fmtTime(e.at)}</span>
          </div>
          {e.detail && <div className="gr-muted" style={{ fontSize: 12 }}>{e.detail}</div>}
          <PhotoStrip photos={e.photos} label={e.title} testId="photo-timeline-strip" />
        </li>
      ))}
    </ol>
  );
}

/** The photo timeline's entries for a project as the api returns it. */
export function projectPhotoEvents(
  p: {
    sourceNeeds?: { id: string; title: string; createdAt?: string | null; photos?: PhotoLike[] | null }[] | null;
    progress?: { id: string; at: string; percent: number; note: string; unit: { name: string }; photos?: PhotoLike[] | null; revisions?: { replacedAt: string; percent: number; photos?: PhotoLike[] | null }[] | null }[] | null;
  },
  t: (zh: string, en: string) => string,
): PhotoEvent[] {
  const events: PhotoEvent[] = [];
  for (const n of p.sourceNeeds ?? []) {
    events.push({ key: `n${n.id}`, at: n.createdAt ?? '', title: t(`需求：${n.title}`, `Need: ${n.title}`), photos: n.photos ?? [] });
  }
  for (const r of p.progress ?? []) {
    events.push({ key: `r${r.id}`, at: r.at, title: t(`${r.unit.name} 进度 ${r.percent}%`, `${r.unit.name} progress ${r.percent}%`), detail: r.note, photos: r.photos ?? [] });
    for (const [i, v] of (r.revisions ?? []).entries()) {
      events.push({ key: `r${r.id}v${i}`, at: v.replacedAt, title: t(`${r.unit.name} 更正前的图片（原 ${v.percent}%）`, `${r.unit.name} photos before a correction (was ${v.percent}%)`), photos: v.photos ?? [] });
    }
  }
  return events;
}
