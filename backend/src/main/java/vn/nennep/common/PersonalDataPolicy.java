package vn.nennep.common;

/**
 * Whether the caller of the current request may read personal names. Implemented by the access rules (a bean of the
 * auth feature), asked by {@link PersonalDataModule} whenever a response carries a {@link PersonalData} value.
 */
public interface PersonalDataPolicy {

    boolean mayReadNames();
}
