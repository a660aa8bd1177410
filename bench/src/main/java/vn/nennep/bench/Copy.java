package vn.nennep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** Rows streamed into one table with {@code COPY ... FROM STDIN} (text format), a row at a time. */
final class Copy implements AutoCloseable {

    private final PGCopyOutputStream out;
    private final StringBuilder row = new StringBuilder(8192);
    private boolean first = true;
    private long rows;

    Copy(Connection connection, String table, String columns) throws SQLException {
        out = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "COPY " + table + " (" + columns + ") FROM STDIN", 1 << 20);
    }

    /** A value, escaped for the text format; null is NULL. */
    Copy add(Object value) {
        separate();
        if (value == null) {
            row.append("\\N");
            return this;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return this;
    }

    void end() throws IOException {
        row.append('\n');
        out.write(row.toString().getBytes(StandardCharsets.UTF_8));
        row.setLength(0);
        first = true;
        rows++;
    }

    long rows() {
        return rows;
    }

    private void separate() {
        if (!first) {
            row.append('\t');
        }
        first = false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** {@code text} as a JSON string literal. */
    static String json(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
