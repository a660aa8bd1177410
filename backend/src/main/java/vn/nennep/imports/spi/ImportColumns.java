package vn.nennep.imports.spi;

import java.util.List;
import java.util.Map;

/**
 * A resource's CSV columns. {@code names}: the API's own field names ({@code vote.inFavour} fills a nested object), so
 * that "EXTERNAL_ID" or "external id" finds {@code externalId}; {@code aliases}: Vietnamese headers, already in the
 * compared form (lower case, no diacritics, letters and digits only: "chibomangoai"), to the field they name;
 * {@code required}: the columns a CSV cannot do without (a missing one refuses the file).
 */
public record ImportColumns(List<String> names, Map<String, String> aliases, List<String> required) {
}
