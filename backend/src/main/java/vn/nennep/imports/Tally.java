package vn.nennep.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.nennep.common.Messages;
import vn.nennep.common.ProblemException;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.imports.ImportResult.ImportError;

/** What an import has done so far: counts, each failed row's errors (localized), the external ids already seen. */
final class Tally {

    final Locale locale;
    long total;
    long created;
    long updated;
    long unchanged;
    long failed;
    final List<ImportError> errors = new ArrayList<>();
    private final SeenKeys seen = new SeenKeys();

    Tally(Locale locale) {
        this.locale = locale;
    }

    /** False (and the row failed) when the external id is missing or came earlier in this file. */
    boolean firstTime(long row, String externalId) {
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

    void fail(long row, List<FieldViolation> violations) {
        failed++;
        for (FieldViolation v : violations) {
            errors.add(new ImportError(row, v.field(), Messages.get(locale, v.key(), v.args())));
        }
    }

    void failMessages(long row, List<ImportError> already) {
        failed++;
        errors.addAll(already);
    }

    /** A rule's refusal: its field errors, or its detail for the row as a whole (403, 404, 409 without fields). */
    void fail(long row, ProblemException e) {
        if (!e.violations().isEmpty()) {
            fail(row, e.violations());
        } else {
            failed++;
            errors.add(new ImportError(row, null, Messages.get(locale, e.detailKey(), e.detailArgs())));
        }
    }
}
