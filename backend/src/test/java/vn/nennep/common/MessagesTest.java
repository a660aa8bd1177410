package vn.nennep.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "fr", "fr-FR,de;q=0.8", "!!!", "en;q=abc", "vi,en;q=0.5", "vi-VN", "*"})
    void prefersVietnameseUnlessEnglishIsAskedForFirst(String acceptLanguage) {
        assertEquals(Messages.VIETNAMESE, Messages.negotiate(acceptLanguage));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US,en;q=0.9", "EN-gb", "fr,en;q=0.5", "en;q=0.9,vi;q=0.5"})
    void picksEnglishWhenPreferred(String acceptLanguage) {
        assertEquals(Locale.ENGLISH, Messages.negotiate(acceptLanguage));
    }

    @Test
    void formatsVietnameseTexts() {
        assertEquals("phải nằm trong khoảng 1–200, nhận được 201",
                Messages.get(Messages.VIETNAMESE, "error.param.range", 201, 1, 200));
        assertEquals("Dữ liệu không hợp lệ", Messages.get(Messages.VIETNAMESE, "problem.validation.title"));
        assertEquals("mã \"NS-AL\" đã được dùng cho tổ chức khác",
                Messages.get(Messages.VIETNAMESE, "organization.code.taken", "NS-AL"));
    }

    @Test
    void formatsEnglishTexts() {
        assertEquals("must be between 1 and 200, got 201",
                Messages.get(Locale.ENGLISH, "error.param.range", 201, 1, 200));
        assertEquals("Invalid data", Messages.get(Locale.ENGLISH, "problem.validation.title"));
    }

    @Test
    void resolvesMessageArgumentsInTheSameLanguage() {
        UUID id = UUID.fromString("6b0e7b5e-4f0e-4d8a-9b43-0d3f0f7d2a10");
        assertEquals("Không tìm thấy khu/cụm có mã định danh " + id + ".",
                Messages.get(Messages.VIETNAMESE, "error.notFound", new MessageArg("resource.zone"), id));
        assertEquals(Messages.get(Locale.ENGLISH, "error.notFound", Messages.get(Locale.ENGLISH, "resource.member"), id),
                Messages.get(Locale.ENGLISH, "error.notFound", new MessageArg("resource.member"), id));
        assertEquals("No " + Messages.get(Locale.ENGLISH, "resource.member") + " with id " + id + ".",
                Messages.get(Locale.ENGLISH, "error.notFound", new MessageArg("resource.member"), id));
    }

    @Test
    void anUnknownKeyIsReturnedAsIs() {
        assertEquals("no.such.key", Messages.get(Messages.VIETNAMESE, "no.such.key"));
        assertEquals("no.such.key", Messages.get(Locale.ENGLISH, "no.such.key", 1, 2));
    }

    @Test
    void everyKeyHasAnEnglishText() throws IOException {
        assertEquals(new TreeSet<>(texts("messages").stringPropertyNames()),
                new TreeSet<>(texts("messages_en").stringPropertyNames()));
    }

    /**
     * Every text goes through MessageFormat, where a single quote starts a literal: "the criterion's maximum of {0}"
     * printed "the criterions maximum of {0}". An apostrophe is written twice.
     */
    @Test
    void everyApostropheIsPrintedAndEveryArgumentFilledIn() throws IOException {
        Object[] args = {10, 11, 12, 13, 14, 15, 16, 17};
        for (String bundle : List.of("messages", "messages_en")) {
            Properties texts = texts(bundle);
            Locale locale = bundle.endsWith("_en") ? Locale.ENGLISH : Messages.VIETNAMESE;
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                String printed = Messages.get(locale, key, args);
                assertEquals(pattern.chars().filter(c -> c == '\'').count() / (pattern.contains("''") ? 2 : 1),
                        printed.chars().filter(c -> c == '\'').count(), bundle + " " + key + " printed " + printed);
                assertFalse(printed.matches("(?s).*\\{\\d.*"), bundle + " " + key + " printed " + printed);
            }
        }
    }

    /** Issue 08 item 12: a date in any message of either language reads dd/MM/yyyy, as the web app writes it. */
    @Test
    void everyDateInEveryMessageIsWrittenDayMonthYear() throws IOException {
        Object[] dates = {LocalDate.of(2026, 12, 6), YearMonth.of(2026, 11),
            OffsetDateTime.of(2026, 12, 5, 23, 30, 0, 0, ZoneOffset.UTC), LocalDate.of(2025, 1, 9),
            LocalDate.of(2025, 1, 9), LocalDate.of(2025, 1, 9), LocalDate.of(2025, 1, 9), LocalDate.of(2025, 1, 9)};
        for (String bundle : List.of("messages", "messages_en")) {
            Locale locale = bundle.endsWith("_en") ? Locale.ENGLISH : Messages.VIETNAMESE;
            Properties texts = texts(bundle);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                Object[] args = new Object[dates.length];
                for (int i = 0; i < args.length; i++) { // a date wherever the text does not format a number
                    args[i] = pattern.contains("{" + i + ",") ? 1 : dates[i];
                }
                String printed = Messages.get(locale, key, args);
                for (String iso : List.of("2026-12-06", "2026-11", "2026-12-05", "2025-01-09")) {
                    assertFalse(printed.contains(iso), bundle + " " + key + " printed " + printed);
                }
            }
        }
        assertEquals("06/12/2026", Messages.written(LocalDate.of(2026, 12, 6)));
        assertEquals("11/2026", Messages.written(YearMonth.of(2026, 11)));
        // A moment is written as its day and time in Asia/Ho_Chi_Minh: 23:30 UTC on 5/12 is 06:30 on 6/12 there.
        assertEquals("06/12/2026 06:30", Messages.written(OffsetDateTime.of(2026, 12, 5, 23, 30, 0, 0, ZoneOffset.UTC)));
        assertEquals("must be between 1 and 200, got 06/12/2026",
                Messages.get(Locale.ENGLISH, "error.param.range", LocalDate.of(2026, 12, 6), 1, 200));
    }

    private static Properties texts(String bundle) throws IOException {
        Properties texts = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
