package vn.nennep.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.nennep.imports.spi.ImportColumns;

/**
 * CSV headers: the API's field names, or their Vietnamese aliases, compared ignoring case, diacritics, spaces and
 * punctuation ("Mã ngoài", "ma ngoai" and "MÃ_NGOÀI" are all {@code externalId}). A header that is neither is kept
 * as written, and the row's binding reports it like an unknown JSON field. Each resource's names and aliases are its
 * importer's ({@link ImportColumns}).
 */
final class ImportHeaders {

    private static final Map<String, String> COMMON = Map.of(
            "mangoai", "externalId", "madinhdanhngoai", "externalId");

    private ImportHeaders() {
    }

    /** Each header's path in the row object ({@code vote.inFavour} is {@code ["vote", "inFavour"]}). */
    static String[][] paths(ImportColumns columns, String[] headers) {
        Map<String, String> known = new HashMap<>();
        columns.names().forEach(name -> known.put(key(name), name));
        COMMON.forEach(known::put);
        known.putAll(columns.aliases());
        String[][] paths = new String[headers.length][];
        for (int i = 0; i < headers.length; i++) {
            String header = headers[i] == null ? "" : headers[i].trim();
            if (header.isEmpty()) {
                continue;
            }
            String name = known.getOrDefault(key(header), header);
            paths[i] = name.split("\\.");
        }
        return paths;
    }

    /** Lower case, no diacritics (đ as d), letters and digits only. */
    static String key(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]", "");
    }
}
