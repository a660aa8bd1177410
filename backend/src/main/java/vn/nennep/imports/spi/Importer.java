package vn.nennep.imports.spi;

/**
 * The import door: a resource that {@code POST /imports/{resource}} writes, implemented by its feature as a CDI bean
 * in the feature's own package. The engine ({@code vn.nennep.imports}) reads the file, streams and tallies its rows and
 * hands them a chunk at a time to the importer's {@link RowHandler}, in the import's transaction; it names no feature,
 * so a new resource is one new importer.
 */
public interface Importer {

    /** The path segment of {@code POST /imports/{resource}} and of its template ({@code meetings}). */
    String resource();

    /** The CSV columns of the resource: the API's names, their Vietnamese aliases, the ones a file cannot lack. */
    ImportColumns columns();

    /** The CSV file a user starts from (GET /imports/{resource}/template). */
    ImportTemplate template();

    /** A handler for one import: it may keep what it read (branches, references) from one chunk to the next. */
    RowHandler handler();
}
