package vn.nennep.reviews;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A report's CSV read back, and the check that it says what the JSON says, row by row and column by column. */
final class ReviewCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewCsv() {
    }

    /** The rows (header first) of {@code path} as CSV, a file named {@code filename}, starting with a BOM. */
    static List<List<String>> read(RequestSpecification request, String path, Map<String, ?> params,
            String filename) {
        Response csv = request.accept("text/csv").queryParams(params).get(path);
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("filename=\"" + filename + "\""));
        byte[] bytes = csv.asByteArray();
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3), path + " starts with a byte order mark");
        try {
            MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                    .readerFor(List.class).readValues(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
            return it.readAll();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The CSV's header is {@code columns} and each line is the JSON item of the same place: plain values as text
     * (null empty), nested counts as their JSON text.
     */
    static void assertSame(List<String> columns, List<Map<String, Object>> items, List<List<String>> csv) {
        assertEquals(columns, csv.get(0));
        assertEquals(items.size(), csv.size() - 1, "one line per item");
        for (int i = 0; i < items.size(); i++) {
            for (int c = 0; c < columns.size(); c++) {
                Object value = items.get(i).get(columns.get(c));
                String cell = csv.get(i + 1).get(c);
                if (value instanceof Map<?, ?> map) {
                    try {
                        assertEquals(map, JSON.readValue(cell, Map.class), columns.get(c) + " of line " + (i + 1));
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                } else {
                    assertEquals(value == null ? "" : String.valueOf(value), cell, columns.get(c) + " of line "
                            + (i + 1));
                }
            }
        }
    }
}
