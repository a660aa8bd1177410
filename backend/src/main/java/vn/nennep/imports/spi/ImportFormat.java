package vn.nennep.imports.spi;

/**
 * What a file of one resource looks like: the path segment of {@code POST /imports/{resource}} ({@code meetings}),
 * its CSV columns, and the template a user starts from ({@code GET /imports/{resource}/template}).
 */
public record ImportFormat(String resource, ImportColumns columns, ImportTemplate template) {
}
