package vn.nennep.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a machine client may do: read its subtree, import into it, and see member names. */
public enum ApiScope {
    READ("read"), IMPORT("import"), PERSONAL_DATA("personal-data");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    @JsonCreator
    public static ApiScope of(String value) {
        for (ApiScope scope : values()) {
            if (scope.value.equals(value)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope " + value);
    }

    @Override
    public String toString() {
        return value;
    }
}
