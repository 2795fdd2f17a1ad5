import type { DatasetIndex } from '../../core/dataset/index-dataset';
import type { UiLang } from '../../core/i18n';
import { SourceCitation } from './SourceCitation';

export interface SourceListProps {
  sourceIds: string[];
  index: DatasetIndex;
  lang: UiLang;
}

/** The sources a fact rests on, compact, one per line. */
export function SourceList({ sourceIds, index, lang }: SourceListProps) {
  if (sourceIds.length === 0) return null;
  return (
    <ul class="kp-sources">
      {sourceIds.map((id) => (
        <li key={id}>
          <SourceCitation source={index.source(id)} lang={lang} />
        </li>
      ))}
    </ul>
  );
}
