package vn.nennep.common;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A value that names a person inside a generic structure (a history entry's field values): written as {@code full}
 * to whoever may read names, else as {@code withheld} (null, or the same text without the names). Records compare by
 * both, so that two states differ exactly when what a name reader sees differs.
 */
@JsonSerialize(using = PersonalDataModule.ValueSerializer.class)
public record PersonalValue(Object full, Object withheld) {
}
