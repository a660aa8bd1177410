package vn.nennep.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.nennep.imports.spi.ImportColumns;

/**
 * Reads the rows of an import body one at a time, never the whole body: a JSON array (a token stream, each element
 * bound on its own), NDJSON (one value after another) or CSV (a header row, Vietnamese aliases mapped to the API's
 * names by {@link ImportHeaders}; {@code a.b} headers fill nested objects; empty cells are absent fields). Bytes that
 * are not UTF-8, a value cut short or an unclosed quote are a {@link BrokenFile} naming the data row reached.
 */
abstract class RowReader implements AutoCloseable {

    enum Format { JSON, NDJSON, CSV }

    /** The next row, or null at the end. */
    abstract ObjectNode next();

    /** The 1-based number of the last row returned. */
    abstract long row();

    /** Each field's path ({@code vote.inFavour}) to the header of its column as the file wrote it; none but in CSV. */
    Map<String, String> columns() {
        return Map.of();
    }

    @Override
    public abstract void close() throws IOException;

    static RowReader open(Format format, InputStream body, ObjectMapper json, ImportColumns resource) {
        try {
            return switch (format) {
                case JSON -> new JsonArray(json, body);
                case NDJSON -> new Ndjson(json, body);
                case CSV -> new Csv(body, resource);
            };
        } catch (IOException e) {
            throw BrokenFile.of(e, 1);
        }
    }

    private static final class JsonArray extends RowReader {
        private final ObjectMapper json;
        private final JsonParser parser;
        private long row;
        private boolean started;

        JsonArray(ObjectMapper json, InputStream body) throws IOException {
            this.json = json;
            this.parser = json.getFactory().createParser(body);
        }

        @Override
        ObjectNode next() {
            try {
                if (!started) {
                    started = true;
                    JsonToken first = parser.nextToken();
                    if (first == null) {
                        throw new BrokenFile("import.file.empty", 1);
                    }
                    if (first != JsonToken.START_ARRAY) {
                        throw new BrokenFile("import.file.notArray", 1);
                    }
                }
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    if (parser.nextToken() != null) {
                        throw new BrokenFile("import.file.trailing", row + 1);
                    }
                    return null;
                }
                if (token == null) {
                    throw new BrokenFile("import.file.truncated", row + 1);
                }
                JsonNode node = json.readTree(parser);
                row++;
                return object(node, row);
            } catch (IOException e) {
                throw BrokenFile.of(e, row + 1);
            }
        }

        @Override
        long row() {
            return row;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    private static final class Ndjson extends RowReader {
        private final ObjectMapper json;
        private final JsonParser parser;
        private long row;

        Ndjson(ObjectMapper json, InputStream body) throws IOException {
            this.json = json;
            this.parser = json.getFactory().createParser(body);
        }

        @Override
        ObjectNode next() {
            try {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return null;
                }
                JsonNode node = json.readTree(parser);
                row++;
                return object(node, row);
            } catch (IOException e) {
                throw BrokenFile.of(e, row + 1);
            }
        }

        @Override
        long row() {
            return row;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    private static ObjectNode object(JsonNode node, long row) {
        if (node == null || node.isMissingNode()) {
            throw new BrokenFile("import.file.truncated", row);
        }
        if (!node.isObject()) {
            throw new BrokenFile("import.file.notObject", row);
        }
        return (ObjectNode) node;
    }

    private static final class Csv extends RowReader {
        private static final CsvMapper CSV = new CsvMapper();
        private final MappingIterator<String[]> rows;
        private final String[][] paths;
        private final Map<String, String> columns = new HashMap<>();
        private long row;

        Csv(InputStream body, ImportColumns resource) throws IOException {
            // Bytes that are not UTF-8 become U+FFFD here and are refused with the row they are on (a decoder that
            // reported them would do so a whole buffer ahead of the row being read).
            Reader reader = new InputStreamReader(withoutBom(body), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
            rows = CSV.readerForArrayOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                    .readValues(reader);
            String[] header;
            try {
                header = rows.hasNextValue() ? rows.nextValue() : null;
            } catch (IOException | RuntimeException e) {
                throw BrokenFile.of(e, 0);
            }
            if (header == null) {
                throw new BrokenFile("import.file.empty", 0);
            }
            for (String name : header) {
                if (name != null && name.indexOf('\uFFFD') >= 0) {
                    throw new BrokenFile("import.file.encoding", 0);
                }
            }
            paths = ImportHeaders.paths(resource, header);
            for (int i = 0; i < paths.length; i++) {
                if (paths[i] != null) {
                    columns.putIfAbsent(String.join(".", paths[i]), header[i].trim());
                }
            }
            java.util.Set<String> present = columns.keySet();
            List<vn.nennep.common.ProblemException.FieldViolation> missing = new ArrayList<>();
            for (String column : resource.required()) {
                if (!present.contains(column)) {
                    missing.add(new vn.nennep.common.ProblemException.FieldViolation(column,
                            "import.csv.missingColumn"));
                }
            }
            if (!missing.isEmpty()) {
                throw new vn.nennep.common.Unprocessable(missing);
            }
        }

        @Override
        ObjectNode next() {
            try {
                if (!rows.hasNextValue()) {
                    return null;
                }
                String[] cells = rows.nextValue();
                row++;
                if (cells.length == 1 && cells[0].isBlank()) {
                    return next();
                }
                if (cells.length > paths.length) {
                    throw new BrokenFile("import.csv.tooManyCells", row, cells.length, paths.length);
                }
                ObjectNode node = JsonNodeFactory.instance.objectNode();
                for (int i = 0; i < cells.length; i++) {
                    String cell = cells[i];
                    if (cell != null && cell.indexOf('\uFFFD') >= 0) {
                        throw new BrokenFile("import.file.encoding", row);
                    }
                    if (cell == null || cell.isEmpty() || paths[i] == null) {
                        continue;
                    }
                    ObjectNode target = node;
                    String[] path = paths[i];
                    for (int p = 0; p < path.length - 1; p++) {
                        JsonNode child = target.get(path[p]);
                        target = child instanceof ObjectNode o ? o : target.putObject(path[p]);
                    }
                    target.put(path[path.length - 1], cell);
                }
                return node;
            } catch (IOException | RuntimeException e) {
                if (e instanceof BrokenFile broken) {
                    throw broken;
                }
                throw BrokenFile.of(e, row + 1);
            }
        }

        @Override
        long row() {
            return row;
        }

        @Override
        Map<String, String> columns() {
            return columns;
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }

    /** UTF-8's byte order mark, when the file starts with one, is not part of the first header. */
    static InputStream withoutBom(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] first = new byte[3];
        int n = pushback.readNBytes(first, 0, 3);
        if (!(n == 3 && (first[0] & 0xFF) == 0xEF && (first[1] & 0xFF) == 0xBB && (first[2] & 0xFF) == 0xBF)) {
            pushback.unread(first, 0, n);
        }
        return pushback;
    }

    static boolean isEncoding(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException
                    || t instanceof JsonProcessingException && String.valueOf(t.getMessage()).contains("UTF-8")) {
                return true;
            }
        }
        return false;
    }

}
