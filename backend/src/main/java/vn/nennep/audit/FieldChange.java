package vn.nennep.audit;

/** One field's change, named as in the API; values are JSON scalars (ids, enums and dates as strings) or lists. */
public record FieldChange(String field, Object from, Object to) {
}
