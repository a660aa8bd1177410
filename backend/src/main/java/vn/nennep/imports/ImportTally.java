package vn.nennep.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.nennep.common.Messages;
import vn.nennep.common.ProblemException;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.imports.spi.ImportError;
import vn.nennep.imports.spi.Tally;

/** What an import has done so far: counts, each failed row's errors (localized), the external ids already seen. */
final class ImportTally implements Tally {

    final Locale locale;
    long total;
    long created;
    long updated;
    long unchanged;
    long failed;
    final List<ImportError> errors = new ArrayList<>();
    private final SeenKeys seen = new SeenKeys();
    /** A CSV file's columns: each field's path ({@code vote.inFavour}) to its header as the file wrote it. */
    private Map<String, String> columns = Map.of();

    ImportTally(Locale locale) {
        this.locale = locale;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public void created() {
        created++;
    }

    @Override
    public void updated() {
        updated++;
    }

    @Override
    public void unchanged() {
        unchanged++;
    }

    @Override
    public boolean firstTime(long row, String externalId) {
        if (externalId == null) {
            fail(row, List.of(new FieldViolation("externalId", "import.externalId.required")));
            return false;
        }
        if (externalId.length() > 100) {
            fail(row, List.of(new FieldViolation("externalId", "import.externalId.tooLong")));
            return false;
        }
        if (!seen.add(externalId)) {
            fail(row, List.of(new FieldViolation("externalId", "import.externalId.duplicate", externalId)));
            return false;
        }
        return true;
    }

    void columns(Map<String, String> columns) {
        this.columns = columns;
    }

    @Override
    public void fail(long row, List<FieldViolation> violations) {
        failed++;
        for (FieldViolation v : violations) {
            add(new ImportError(row, v.field(), Messages.get(locale, v.key(), v.args())));
        }
    }

    @Override
    public void failMessages(long row, List<ImportError> already) {
        failed++;
        already.forEach(this::add);
    }

    private void add(ImportError e) {
        errors.add(e.column() != null ? e : new ImportError(e.row(), e.field(), columnOf(e.field()), e.message()));
    }

    /**
     * The column a field came from: its own, or the other way of naming the same record ({@code branchId} refused
     * when the file gave {@code branchExternalId}, and the reverse); null when no column of the file holds it.
     */
    String columnOf(String field) {
        if (field == null || columns.isEmpty()) {
            return null;
        }
        String column = columns.get(field);
        if (column == null && field.endsWith("ExternalId")) {
            column = columns.get(field.substring(0, field.length() - "ExternalId".length()) + "Id");
        } else if (column == null && field.endsWith("Id")) {
            column = columns.get(field.substring(0, field.length() - "Id".length()) + "ExternalId");
        }
        return column;
    }

    @Override
    public void fail(long row, ProblemException e) {
        if (!e.violations().isEmpty()) {
            fail(row, e.violations());
        } else {
            failed++;
            add(new ImportError(row, null, Messages.get(locale, e.detailKey(), e.detailArgs())));
        }
    }
}
