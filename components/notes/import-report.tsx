import type { ImportReport } from '@/core/notes/messages';
import type { NotesStrings } from './notes-strings';

/** What an import did: counts, and every refused item with its reason. */
export function ImportReportView({ report, strings }: { report: ImportReport; strings: NotesStrings }) {
  return (
    <div class="import-report">
      <p>
        {strings.imported(report.imported.length)}
        {report.skipped.length > 0 && ` ${strings.skipped(report.skipped.length)}`}
      </p>
      {report.rejected.length > 0 && (
        <>
          <p>{strings.rejected(report.rejected.length)}</p>
          <ul>
            {report.rejected.map((item) => (
              <li key={item.index}>{strings.rejectedItem(item.index, item.reason)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
