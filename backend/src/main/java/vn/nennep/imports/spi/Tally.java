package vn.nennep.imports.spi;

import java.util.List;
import java.util.Locale;
import vn.nennep.common.ProblemException;
import vn.nennep.common.ProblemException.FieldViolation;

/** What a {@link RowHandler} reports of each row to the import's tally: written, unchanged, or why it failed. */
public interface Tally {

    /** The language of the import's messages (the request's Accept-Language). */
    Locale locale();

    /** False (and the row failed) when the external id is missing, too long or came earlier in this file. */
    boolean firstTime(long row, String externalId);

    void created();

    void updated();

    void unchanged();

    /** A rule's refusal: its field errors, or its detail for the row as a whole (403, 404, 409 without fields). */
    void fail(long row, ProblemException e);

    void fail(long row, List<FieldViolation> violations);

    /** A row failed with errors already worded (binding, references). */
    void failMessages(long row, List<ImportError> errors);
}
