package vn.nennep.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a response property that names a person (a member, a guest, a speaker, an assignee, an account holder) or
 * says something personal about one (an absence's reason). Whoever may not read names ({@link PersonalDataPolicy})
 * gets the same shape with the value withheld: {@code null}, or for a list of names, when {@link #label} is set,
 * a neutral label per element ("Khách mời 1", "Khách mời 2") so that their number and order stay readable. The
 * decision is taken in one place, when the response is written ({@link PersonalDataModule}): JSON and CSV alike.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface PersonalData {

    /** The message key of an element's neutral label (argument {0}: its position from 1); empty for null. */
    String label() default "";
}
