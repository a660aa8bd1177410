package vn.nennep.common;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localized texts from {@code i18n/messages}: Vietnamese by default, English when the client prefers it. Dates among
 * the arguments are written here, the same way in both languages, as the web app writes them: a day as dd/MM/yyyy, a
 * moment as its local day and time in Asia/Ho_Chi_Minh (dd/MM/yyyy HH:mm), a month as MM/yyyy; never ISO-8601.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private Messages() {
    }

    /** The supported locale the client prefers in its Accept-Language header; Vietnamese when none matches. */
    public static Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? VIETNAMESE : match;
        } catch (IllegalArgumentException malformed) {
            return VIETNAMESE;
        }
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        Object[] resolved = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = args[i] instanceof MessageArg arg ? get(locale, arg.key()) : written(args[i]);
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }

    /** A date, moment or month as a message shows it (dd/MM/yyyy, dd/MM/yyyy HH:mm local, MM/yyyy); else as is. */
    public static Object written(Object arg) {
        if (arg instanceof LocalDate day) {
            return DAY.format(day);
        }
        if (arg instanceof YearMonth month) {
            return MONTH.format(month);
        }
        if (arg instanceof OffsetDateTime moment) {
            return MOMENT.format(moment.atZoneSameInstant(Time.LOCAL));
        }
        if (arg instanceof ZonedDateTime moment) {
            return MOMENT.format(moment.withZoneSameInstant(Time.LOCAL));
        }
        if (arg instanceof Instant moment) {
            return MOMENT.format(moment.atZone(Time.LOCAL));
        }
        if (arg instanceof LocalDateTime moment) {
            return MOMENT.format(moment);
        }
        return arg;
    }
}
