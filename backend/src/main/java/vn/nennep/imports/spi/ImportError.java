package vn.nennep.imports.spi;

/**
 * One problem of one data row (1-based) of an import; {@code field} null for the row as a whole. {@code column}: the
 * header of the CSV column the field came from, as the file wrote it (null for JSON input or when no column holds it).
 */
public record ImportError(long row, String field, String column, String message) {

    /** An error whose column the engine finds from its field. */
    public ImportError(long row, String field, String message) {
        this(row, field, null, message);
    }
}
