package vn.nennep.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query's text read from a {@code .sql} resource beside the class that owns it, with named slots ({@code {{name}}})
 * filled explicitly: a shared fragment at a marked place, or a value known per call (an {@code order by}). Filling a
 * slot the text does not have fails, and so does {@link #complete()} while a slot is left, so that a misspelt or
 * forgotten fragment stops the application at start-up rather than reaching PostgreSQL.
 *
 * <p>The file's leading {@code --} lines say what the query is and why it has its shape; they are not sent.
 */
public record SqlText(String name, String text) {

    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z]+)}}");

    /** {@code file} in {@code owner}'s package, without its leading comment lines and its final newline. */
    public static SqlText load(Class<?> owner, String file) {
        String name = owner.getPackageName().replace('.', '/') + "/" + file;
        try (InputStream in = owner.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no SQL resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            while (text.startsWith("--")) {
                int end = text.indexOf('\n');
                text = end < 0 ? "" : text.substring(end + 1);
            }
            return new SqlText(name, text.stripTrailing());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable SQL resource " + name, e);
        }
    }

    /** The slots not filled yet, in order of first appearance. */
    public Set<String> slots() {
        Set<String> slots = new LinkedHashSet<>();
        Matcher matcher = SLOT.matcher(text);
        while (matcher.find()) {
            slots.add(matcher.group(1));
        }
        return slots;
    }

    /** This text with every {@code {{slot}}} replaced by {@code value}; the slot must be there. */
    public SqlText fill(String slot, String value) {
        String marker = "{{" + slot + "}}";
        if (!text.contains(marker)) {
            throw new IllegalStateException(name + " has no slot " + marker);
        }
        return new SqlText(name, text.replace(marker, value));
    }

    /** {@link #fill(String, String)} with a fragment's complete text. */
    public SqlText fill(String slot, SqlText fragment) {
        return fill(slot, fragment.complete());
    }

    /** The text to run; fails while a slot is left. */
    public String complete() {
        Set<String> left = slots();
        if (!left.isEmpty()) {
            throw new IllegalStateException(name + " still has slots " + left);
        }
        return text;
    }

    /** Fails unless exactly {@code expected} are left: a query with a per-call slot, checked once at start-up. */
    public SqlText leaving(String... expected) {
        if (!slots().equals(new LinkedHashSet<>(List.of(expected)))) {
            throw new IllegalStateException(name + " has slots " + slots() + ", expected " + List.of(expected));
        }
        return this;
    }
}
