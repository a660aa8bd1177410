package vn.nennep.demo;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * What the newcomer reads while the demo district loads at the first start (tens of seconds): a line as each part
 * begins, and every few seconds within the meeting records, the long part, how many are written. Counts only, never
 * a name from the data.
 */
final class DemoProgress {

    /**
     * The parts of the load, each with the share of the whole (in %) it starts at, from first starts on a busy 2-core
     * machine: 2 s, 5.5 s (Nam Sách's six bcrypt hashes), 0.7 s, 11 s, 2 s and 10.5 s (Triệu Sơn: its tree 0.6 s,
     * five hashes, its studies and inspections, some 40 % more than the part took without them on a quiet machine,
     * 3.7 s against 2.6 s, and the commit of the whole load).
     */
    enum Part {
        DISTRICT(0, "tổ chức đảng, đảng viên", "the party tree, members"),
        ACCOUNTS(6, "tài khoản", "accounts"),
        CONFERENCES(24, "hội nghị chuyên đề, nghị quyết", "conferences, resolutions"),
        MEETINGS(26, "biên bản sinh hoạt", "meeting records"),
        RECOMMENDATIONS(61, "giao ban, kiến nghị", "briefings, recommendations"),
        TRIEU_SON(67, "huyện Triệu Sơn: tổ chức đảng, tài khoản, học tập nghị quyết, kiểm tra",
                "the Triệu Sơn district: party tree, accounts, studies, inspections");

        final int startsAt;
        final String vietnamese;
        final String english;

        Part(int startsAt, String vietnamese, String english) {
            this.startsAt = startsAt;
            this.vietnamese = vietnamese;
            this.english = english;
        }

        int endsAt() {
            return ordinal() + 1 < values().length ? values()[ordinal() + 1].startsAt : 100;
        }
    }

    static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final NumberFormat VIETNAMESE_COUNT = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"));
    private static final NumberFormat ENGLISH_COUNT = NumberFormat.getIntegerInstance(Locale.ENGLISH);

    private final Consumer<String> out;
    private final LongSupplier clock;
    private long lastLine;

    DemoProgress(Consumer<String> out, LongSupplier clock) {
        this.out = out;
        this.clock = clock;
    }

    /** Says nothing (the tests that load parts of the demo by themselves). */
    static DemoProgress silent() {
        return new DemoProgress(line -> { }, System::nanoTime);
    }

    /** A part begins: always a line. */
    void begin(Part part) {
        print(part.startsAt, part.vietnamese, part.english);
    }

    /** {@code done} of {@code total} records of the part are written: a line if the last was a while ago. */
    void written(Part part, int done, int total) {
        if (clock.getAsLong() - lastLine < EVERY_NANOS || total <= 0) {
            return;
        }
        int percent = part.startsAt + (int) ((long) (part.endsAt() - part.startsAt) * done / total);
        print(percent, part.vietnamese + " " + count(VIETNAMESE_COUNT, done) + "/" + count(VIETNAMESE_COUNT, total),
                part.english + " " + count(ENGLISH_COUNT, done) + "/" + count(ENGLISH_COUNT, total));
    }

    private void print(int percent, String vietnamese, String english) {
        lastLine = clock.getAsLong();
        out.accept("Đang tạo dữ liệu mẫu: " + percent + " % (" + vietnamese + ")… | Loading the demo data: " + percent
                + "% (" + english + ")…");
    }

    private static String count(NumberFormat format, int value) {
        synchronized (format) {
            return format.format(value);
        }
    }
}
