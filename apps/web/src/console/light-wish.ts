import { useState } from 'react';
import { App } from 'antd';
import { useMutation } from 'urql';
import { useLang } from '../shared/i18n';
import { refusalText } from '../shared/errors';
import { ClaimWishDoc } from '../shared/operations';

/** 点亮 a micro-wish for the unit: `light(needId)` claims it, `busy` is the wish in flight; `onLit` runs after success. */
export function useLightWish(unitId: string, onLit: (needId: string) => void) {
  const { t, lang } = useLang();
  const { message } = App.useApp();
  const [, claimWish] = useMutation(ClaimWishDoc);
  const [busy, setBusy] = useState<string | null>(null);
  const light = async (needId: string) => {
    setBusy(needId);
    const r = await claimWish({ needId, unitId });
    setBusy(null);
    if (r.error) message.error(refusalText(r.error, lang));
    else {
      message.success(t('心愿已点亮', 'Wish lit up'));
      onLit(needId);
    }
  };
  return { light, busy };
}
