package vn.nennep.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.nennep.imports.spi.ImportTemplate;

/**
 * The CSV file a user starts from (GET /imports/{resource}/template): the Vietnamese headers the resource's importer
 * accepts and one example row that imports cleanly once the records it names exist ({@link ImportTemplate}).
 */
final class ImportTemplates {

    /** The file's suggested name and its bytes (UTF-8 with a byte order mark, as every CSV of the API). */
    record Template(String filename, byte[] csv) {
    }

    private ImportTemplates() {
    }

    static Template of(ImportTemplate template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        for (List<String> row : List.of(template.headers(), template.example())) {
            out.writeBytes((String.join(",", row.stream().map(ImportTemplates::cell).toList()) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new Template(template.name() + ".csv", out.toByteArray());
    }

    /** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
    private static String cell(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
