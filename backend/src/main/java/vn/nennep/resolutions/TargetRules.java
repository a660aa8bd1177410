package vn.nennep.resolutions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import vn.nennep.common.Messages;
import vn.nennep.common.Text;
import vn.nennep.meetings.MeetingKind;

/**
 * How a meeting is judged against a resolution's targets: pure functions, no database. This is the specification
 * the SQL evaluation of stored meetings must agree with.
 *
 * <ul>
 * <li>For each per-meeting metric the most specific matching target wins: one with a theme over one with a meeting
 * kind over one for all meetings. A theme matches when the meeting's theme contains it, ignoring case and Vietnamese
 * diacritics exactly as the database's {@code nennep_fold} does.</li>
 * <li>A tiered target's requirement is the tier holding the branch's members on the roll, half-open
 * {@code [minMembers, maxMembers)}.</li>
 * <li>Attendance rate = present ÷ (members − exempt) × 100, compared exactly (85.0 passes "≥ 85"); not evaluated
 * when no member is required to attend.</li>
 * <li>Duration: a regular and a thematic meeting held together must reach the target's combined threshold.</li>
 * </ul>
 */
public final class TargetRules {

    /** The per-meeting metrics, in the order evaluations are listed. */
    public static final List<Metric> MEETING_METRICS =
            List.of(Metric.ATTENDANCE_RATE, Metric.OPINION_COUNT, Metric.DURATION_MINUTES);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetRules() {
    }

    /** A tier of branch size, half-open {@code [minMembers, maxMembers)}; a null maximum has no bound. */
    public record Tier(int minMembers, Integer maxMembers, BigDecimal threshold) {
        public boolean covers(int members) {
            return members >= minMembers && (maxMembers == null || members < maxMembers);
        }

        Phrase range() {
            return maxMembers == null ? new Phrase("target.tier.unbounded", minMembers)
                    : new Phrase("target.tier.bounded", minMembers, maxMembers);
        }
    }

    /** A target as the rules see it: either a threshold or tiers. */
    public record Spec(UUID id, Metric metric, Comparison comparator, BigDecimal threshold, List<Tier> tiers,
            MeetingKind meetingKind, String theme, BigDecimal combinedThreshold) {

        /** Theme (2) over meeting kind (1) over all meetings (0). */
        public int specificity() {
            return theme != null ? 2 : meetingKind != null ? 1 : 0;
        }
    }

    /**
     * What a meeting record says: its kind and theme, members on the roll, exempt, present, opinions and duration
     * (null when the record does not say), and whether it was a regular and a thematic meeting held together.
     */
    public record MeetingFacts(MeetingKind kind, String theme, int members, int exempt, int present, Integer opinions,
            Integer durationMinutes, boolean combined) {
    }

    /** One target's verdict: required, actual (null when the record has no figure), passed, and why. */
    public record Evaluation(UUID targetId, Metric metric, BigDecimal required, BigDecimal actual, boolean passed,
            Phrase why) {

        public String reason() {
            return why.in(Messages.VIETNAMESE);
        }

        public String reason(Locale locale) {
            return why.in(locale);
        }
    }

    /** An indicator's value against its threshold: {@code percent} of it (null when the threshold is 0), achieved. */
    public record Progress(BigDecimal required, BigDecimal actual, BigDecimal percent, boolean achieved) {
    }

    /** The meeting against every per-meeting metric that a target of {@code targets} applies to. */
    public static List<Evaluation> evaluate(MeetingFacts meeting, List<Spec> targets) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (Metric metric : MEETING_METRICS) {
            mostSpecific(metric, meeting, targets).flatMap(t -> evaluate(meeting, t)).ifPresent(evaluations::add);
        }
        return evaluations;
    }

    /** Of the targets for {@code metric} that apply to the meeting, the most specific (the first on a tie). */
    public static Optional<Spec> mostSpecific(Metric metric, MeetingFacts meeting, List<Spec> targets) {
        return targets.stream()
                .filter(t -> t.metric() == metric && applies(t, meeting))
                .max(Comparator.comparingInt(Spec::specificity)
                        .thenComparing(t -> -targets.indexOf(t)));
    }

    /** Whether the target's meeting kind and theme (when it has them) fit the meeting. */
    public static boolean applies(Spec target, MeetingFacts meeting) {
        if (target.meetingKind() != null && target.meetingKind() != meeting.kind()) {
            return false;
        }
        return target.theme() == null
                || meeting.theme() != null && Text.fold(meeting.theme()).contains(Text.fold(target.theme()));
    }

    /** What the target requires of this meeting: the threshold, the tier for its size, or the combined threshold. */
    public static Optional<BigDecimal> required(Spec target, MeetingFacts meeting) {
        if (target.tiers() != null) {
            return tierFor(target, meeting.members()).map(Tier::threshold);
        }
        if (target.metric() == Metric.DURATION_MINUTES && meeting.combined() && target.combinedThreshold() != null) {
            return Optional.of(target.combinedThreshold());
        }
        return Optional.ofNullable(target.threshold());
    }

    /** Present ÷ (members − exempt) × 100, to two decimals for display; empty when nobody had to attend. */
    public static Optional<BigDecimal> attendanceRate(int members, int exempt, int present) {
        int required = members - exempt;
        if (required <= 0) {
            return Optional.empty();
        }
        return Optional.of(plain(BigDecimal.valueOf(present).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(required), 2, RoundingMode.HALF_UP)));
    }

    /** One meeting against one target; empty when the target cannot judge it (no one required to attend, no tier). */
    public static Optional<Evaluation> evaluate(MeetingFacts meeting, Spec target) {
        Optional<BigDecimal> required = required(target, meeting);
        if (required.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal need = required.get();
        Phrase scope = scope(target, meeting);
        return switch (target.metric()) {
            case ATTENDANCE_RATE -> {
                int mustAttend = meeting.members() - meeting.exempt();
                if (mustAttend <= 0) {
                    yield Optional.empty();
                }
                // Exactly, without rounding: present × 100 against required × (members − exempt).
                BigDecimal present = BigDecimal.valueOf(meeting.present()).multiply(HUNDRED);
                boolean passed = target.comparator().passes(present, need.multiply(BigDecimal.valueOf(mustAttend)));
                BigDecimal rate = attendanceRate(meeting.members(), meeting.exempt(), meeting.present()).orElseThrow();
                Phrase actual = new Phrase("target.actual.ATTENDANCE_RATE", rate, meeting.present(), mustAttend);
                yield Optional.of(verdict(target, need, rate, passed, actual, scope));
            }
            case OPINION_COUNT -> Optional.of(count(target, need, meeting.opinions(), scope));
            case DURATION_MINUTES -> Optional.of(count(target, need, meeting.durationMinutes(), scope));
            default -> Optional.empty();
        };
    }

    /** A branch's quarter against a THEMATIC_PER_QUARTER target: thematic meetings held in it. */
    public static Evaluation quarter(Spec target, int thematicMeetings) {
        BigDecimal actual = BigDecimal.valueOf(thematicMeetings);
        return verdict(target, target.threshold(), actual, target.comparator().passes(actual, target.threshold()),
                new Phrase("target.actual.THEMATIC_PER_QUARTER", thematicMeetings), new Phrase("target.scope.quarter"));
    }

    /**
     * A verdict reached elsewhere (the SQL evaluation of stored meetings, which must agree with {@link #evaluate}),
     * worded as {@link #evaluate} and {@link #quarter} word it: {@code actual} is the rate, the count, the minutes, or
     * the thematic meetings held in the quarter; null when the record has no figure.
     */
    public static Evaluation explain(Spec target, MeetingFacts meeting, BigDecimal required, BigDecimal actual,
            boolean passed) {
        BigDecimal need = plain(required);
        BigDecimal shown = actual == null ? null : plain(actual);
        if (target.metric() == Metric.THEMATIC_PER_QUARTER) {
            return verdict(target, need, shown, passed,
                    new Phrase("target.actual.THEMATIC_PER_QUARTER", shown == null ? 0 : shown.intValue()),
                    new Phrase("target.scope.quarter"));
        }
        Phrase actualPhrase;
        if (shown == null) {
            actualPhrase = new Phrase("target.actual.missing");
        } else if (target.metric() == Metric.ATTENDANCE_RATE) {
            actualPhrase = new Phrase("target.actual.ATTENDANCE_RATE", shown, meeting.present(),
                    meeting.members() - meeting.exempt());
        } else {
            actualPhrase = new Phrase("target.actual." + target.metric(), shown.intValue());
        }
        return verdict(target, need, shown, passed, actualPhrase, scope(target, meeting));
    }

    /** A reported value against an indicator's threshold: 35 of 40 is 87.5 %, not achieved. */
    public static Progress progress(Spec target, BigDecimal value) {
        BigDecimal required = target.threshold();
        BigDecimal percent = required.signum() == 0 ? null
                : plain(value.multiply(HUNDRED).divide(required, 2, RoundingMode.HALF_UP));
        return new Progress(required, value, percent, target.comparator().passes(value, required));
    }

    /** Without trailing zeros, never in exponent form: 85.00 → 85, 87.50 → 87.5, 100.00 → 100. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Optional<Tier> tierFor(Spec target, int members) {
        return target.tiers().stream().filter(t -> t.covers(members)).findFirst();
    }

    private static Evaluation count(Spec target, BigDecimal need, Integer figure, Phrase scope) {
        if (figure == null) {
            return verdict(target, need, null, false, new Phrase("target.actual.missing"), scope);
        }
        BigDecimal actual = BigDecimal.valueOf(figure);
        Phrase phrase = new Phrase("target.actual." + target.metric(), figure);
        return verdict(target, need, actual, target.comparator().passes(actual, need), phrase, scope);
    }

    private static Evaluation verdict(Spec target, BigDecimal required, BigDecimal actual, boolean passed,
            Phrase actualPhrase, Phrase scope) {
        Phrase requirement = new Phrase("target.requirement." + target.comparator(),
                new Phrase("target.quantity." + target.metric(), required));
        Phrase why = new Phrase("target.reason", new Phrase(passed ? "target.verdict.passed" : "target.verdict.failed"),
                actualPhrase, requirement, scope);
        return new Evaluation(target.id(), target.metric(), required, actual, passed, why);
    }

    /** Which meetings the chosen requirement is for, as the reason says it. */
    private static Phrase scope(Spec target, MeetingFacts meeting) {
        if (target.theme() != null) {
            return new Phrase("target.scope.theme", target.theme());
        }
        if (target.tiers() != null) {
            return new Phrase("target.scope.tier", meeting.members(),
                    tierFor(target, meeting.members()).orElseThrow().range());
        }
        if (target.metric() == Metric.DURATION_MINUTES && meeting.combined() && target.combinedThreshold() != null) {
            return new Phrase("target.scope.combined");
        }
        if (target.meetingKind() != null) {
            return new Phrase("target.scope." + target.meetingKind());
        }
        return new Phrase("target.scope.all");
    }
}
