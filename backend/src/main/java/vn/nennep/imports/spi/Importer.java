package vn.nennep.imports.spi;

/**
 * The import door: a resource that {@code POST /imports/{resource}} writes, implemented by its feature as a CDI bean
 * in the feature's own package. The engine ({@code vn.nennep.imports}) reads the file, streams and tallies its rows and
 * hands them a chunk at a time to the importer's {@link RowHandler}, in the import's transaction; it names no feature,
 * so a new resource is one new importer.
 */
public interface Importer {

    /** The resource's name, CSV columns and template. */
    ImportFormat format();

    /** A handler for one import: it may keep what it read (branches, references) from one chunk to the next. */
    RowHandler handler();
}
