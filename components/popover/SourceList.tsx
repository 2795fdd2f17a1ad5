import type { DatasetIndex } from '../../core/dataset/index-dataset';
import type { UiLang } from '../../core/i18n';
import { SourceCitation } from './SourceCitation';

export interface SourceListProps {
  sourceIds: string[];
  index: DatasetIndex;
  lang: UiLang;
}

/** One source by id, with its publisher's type from the registry. */
export function CitationById({ id, index, lang }: { id: string; index: DatasetIndex; lang: UiLang }) {
  const source = index.source(id);
  return (
    <SourceCitation source={source} publisher={source && index.publisher(source.publisher)} lang={lang} />
  );
}

/** The sources a fact rests on, compact, one per line. */
export function SourceList({ sourceIds, index, lang }: SourceListProps) {
  if (sourceIds.length === 0) return null;
  return (
    <ul class="kp-sources">
      {sourceIds.map((id) => (
        <li key={id}>
          <CitationById id={id} index={index} lang={lang} />
        </li>
      ))}
    </ul>
  );
}
