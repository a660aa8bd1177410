package vn.nennep.resolutions;

import java.util.Arrays;
import java.util.Locale;
import vn.nennep.common.Messages;

/**
 * A message key with arguments that may themselves be phrases, rendered in one language when needed: rules stay pure
 * and never pick a language.
 */
public record Phrase(String key, Object... args) {

    public String in(Locale locale) {
        Object[] resolved = Arrays.stream(args).map(a -> a instanceof Phrase p ? p.in(locale) : a).toArray();
        return Messages.get(locale, key, resolved);
    }

    @Override
    public String toString() {
        return in(Messages.VIETNAMESE);
    }
}
