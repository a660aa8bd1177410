package vn.nennep.audit;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.nennep.common.PersonalValue;

/** States of a resource as field maps, and the changes between two of them. Pure functions. */
public final class HistoryDiff {

    private HistoryDiff() {
    }

    /** A state from alternating names and values, the values rendered as JSON scalars (or lists of them). */
    public static Map<String, Object> state(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate");
        }
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            state.put((String) namesAndValues[i], render(namesAndValues[i + 1]));
        }
        return state;
    }

    /** A value that names a person: as it is to whoever may read names, withheld (null) from the others. */
    public static PersonalValue personal(Object value) {
        return personal(value, null);
    }

    /**
     * A value that names a person, and what the others see instead ({@code withheld}: the same text without the
     * names); null when there is no value. See {@link vn.nennep.common.PersonalData}.
     */
    public static PersonalValue personal(Object value, Object withheld) {
        return value == null ? null : new PersonalValue(render(value), render(withheld));
    }

    /** A list of records as lines of text, for a state's field values; null when there is no list. */
    public static <T> List<String> lines(List<T> items, Function<T, String> line) {
        return items == null ? null : items.stream().map(line).toList();
    }

    /** Ids, enums and dates as their text; numbers, booleans and text as they are; collections element by element. */
    static Object render(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof PersonalValue) {
            return value;
        }
        if (value instanceof UUID || value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(HistoryDiff::render).toList();
        }
        throw new IllegalArgumentException("no JSON rendering for " + value.getClass().getSimpleName());
    }

    /**
     * The fields whose values differ between {@code before} and {@code after}, in the order of {@code after} then of
     * {@code before}; a field missing from a state is null there, and an empty list is the same as null.
     */
    public static List<FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object from = before.get(field);
            Object to = after.get(field);
            if (!same(from, to)) {
                changes.add(new FieldChange(field, from, to));
            }
        }
        return changes;
    }

    private static boolean same(Object a, Object b) {
        return Objects.equals(a, b) || (isNothing(a) && isNothing(b));
    }

    private static boolean isNothing(Object value) {
        return value == null || value instanceof Collection<?> values && values.isEmpty()
                || value instanceof PersonalValue personal && isNothing(personal.full());
    }
}
